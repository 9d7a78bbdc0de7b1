import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { AdminLayout } from './AdminLayout';
import { adminApi, type AuditEntry, type AuditFilters, type AuditVerification } from '../api/adminApi';
import { actionLabel, adminErrorMessage } from '../labels';
import { addressLabel, detailPairs } from '../auditText';
import { useTranslation } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/parisTime';
import { ErrorMessage } from '../../../components/ErrorMessage';

/** A datetime-local value (Paris time as typed) as an ISO instant; empty stays empty. */
function toInstant(local: string): string | undefined {
  return local ? new Date(local).toISOString() : undefined;
}

/** An entry's details as « clé : valeur » lines, or a dash when there are none. */
function Details({ details }: { details: string | null | undefined }) {
  const { t } = useTranslation();
  const pairs = detailPairs(details);
  if (pairs.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="audit-details">
      {pairs.map((pair) => (
        <li key={pair.key}>
          {pair.label ? `${pair.label} : ` : ''}
          {pair.value}
        </li>
      ))}
    </ul>
  );
}

/** The audit log: who did what, when, from where, on which report; and its integrity check. */
export function AuditPage() {
  const { t } = useTranslation();
  const [reportId, setReportId] = useState('');
  const [user, setUser] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<string | null>(null);

  const search = useCallback(
    async (filters: AuditFilters) => {
      try {
        setEntries((await adminApi.audit(filters)).items);
        setError(null);
      } catch (failure) {
        setError(adminErrorMessage(failure));
      }
    },
    [],
  );

  useEffect(() => {
    void search({});
  }, [search]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void search({
      reportId: reportId.trim() || undefined,
      user: user.trim() || undefined,
      from: toInstant(from),
      to: toInstant(to),
    });
  }

  async function verify() {
    try {
      setVerification(await adminApi.verifyAudit());
    } catch (failure) {
      setError(adminErrorMessage(failure));
    }
  }

  return (
    <AdminLayout title={t('admin.audit.title')}>
      <form className="admin-form filters" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor="audit-report">{t('admin.audit.reportId')}</label>
          <input id="audit-report" value={reportId} onChange={(e) => setReportId(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-user">{t('admin.audit.user')}</label>
          <input id="audit-user" value={user} onChange={(e) => setUser(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t('admin.audit.from')}</label>
          <input id="audit-from" type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('admin.audit.to')}</label>
          <input id="audit-to" type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <button type="submit">{t('common.search')}</button>
      </form>

      <section aria-labelledby="integrity-title" className="admin-form">
        <h2 id="integrity-title">{t('admin.audit.integrityTitle')}</h2>
        <p>{t('admin.audit.integrityExplained')}</p>
        <button type="button" onClick={() => void verify()}>
          {t('admin.audit.verify')}
        </button>
        {verification && (
          <p role="status" className={verification.intact ? 'notice' : 'error'}>
            {verification.intact
              ? t('admin.audit.intact', { checked: verification.checked, head: verification.headSeq ?? t('common.none') })
              : t('admin.audit.broken', { brokenAt: verification.brokenAt, problem: verification.problem })}
          </p>
        )}
      </section>

      <ErrorMessage message={error} />
      {entries === null ? (
        <p className="loading">{t('admin.audit.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="empty">{t('admin.audit.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="queue">
            <caption className="visually-hidden">{t('admin.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.columns.seq')}</th>
                <th scope="col">{t('admin.audit.columns.at')}</th>
                <th scope="col">{t('admin.audit.columns.actor')}</th>
                <th scope="col">{t('admin.audit.columns.action')}</th>
                <th scope="col">{t('admin.audit.columns.report')}</th>
                <th scope="col">{t('admin.audit.columns.address')}</th>
                <th scope="col">{t('admin.audit.columns.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.seq}>
                  <td className="numeric">{entry.seq}</td>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>{actionLabel(entry.action)}</td>
                  <td className="mono">{entry.reportId ?? t('common.none')}</td>
                  <td>{addressLabel(entry.sourceAddress)}</td>
                  <td>
                    <Details details={entry.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
