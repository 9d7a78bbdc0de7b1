import { useState } from 'react';
import { Link } from 'react-router';
import type { LinkedReport } from '../../../lib/api/types';
import { reportApi } from '../api/reportApi';
import { statusLabel } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';

/** A phone number or handle, with the other reports that show it, on request. */
export function ContactLookup({ contact, reportId }: { contact: string; reportId: string }) {
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
        Autres signalements<span className="visually-hidden"> de {contact}</span>
      </button>
      {open && (
        <div className="contact-reports">
          {error ? (
            <p className="error">La recherche a échoué.</p>
          ) : reports === null ? (
            <p className="loading">Recherche…</p>
          ) : reports.length === 0 ? (
            <p className="empty">Aucun autre signalement avec ce contact.</p>
          ) : (
            <ul>
              {reports.map((report) => (
                <li key={report.id}>
                  <Link to={`/signalements/${report.id}`}>
                    <PriorityBadge priority={report.priority} />{' '}
                    <span className="visually-hidden">signalement </span>n° {report.id.slice(0, 8)}
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
