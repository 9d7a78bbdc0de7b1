import { useState } from 'react';
import { Link } from 'react-router';
import type { LinkedReport } from '../../../lib/api/types';
import { reportApi } from '../api/reportApi';
import { statusLabel } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { useTranslation } from '../../../lib/i18n';

/** A phone number or handle, with the other reports that show it, on request. */
export function ContactLookup({ contact, reportId }: { contact: string; reportId: string }) {
  const { t } = useTranslation();
  const [reports, setReports] = useState<LinkedReport[] | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState(false);

  async function toggle() {
    const next = !open;
    setOpen(next);
    if (next && reports === null) {
      try {
        const answer = await reportApi.contactReports(contact);
        setReports(answer.reports.filter((report) => report.id !== reportId));
        setError(false);
      } catch {
        setError(true);
      }
    }
  }

  return (
    <>
      <span className="contact">{contact}</span>{' '}
      <button
        type="button"
        className="plain-button small-button"
        aria-expanded={open}
        onClick={() => void toggle()}
      >
        {t('report.lookup.others')}
        <span className="visually-hidden">{t('report.lookup.of', { contact })}</span>
      </button>
      {open && (
        <div className="contact-reports">
          {error ? (
            <p className="error">{t('report.lookup.failed')}</p>
          ) : reports === null ? (
            <p className="loading">{t('report.lookup.searching')}</p>
          ) : reports.length === 0 ? (
            <p className="empty">{t('report.lookup.none')}</p>
          ) : (
            <ul>
              {reports.map((report) => (
                <li key={report.id}>
                  <Link to={`/signalements/${report.id}`}>
                    <PriorityBadge priority={report.priority} />{' '}
                    <span className="visually-hidden">{t('report.lookup.report')}</span>
                    {t('report.lookup.number', { id: report.id.slice(0, 8) })}
                  </Link>{' '}
                  — {statusLabel(report.status)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
