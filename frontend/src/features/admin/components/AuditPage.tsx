import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { AdminLayout } from './AdminLayout';
import { adminApi, type AuditEntry, type AuditFilters, type AuditVerification } from '../api/adminApi';
import { ACTION_LABELS, adminErrorMessage } from '../labels';
import { formatDateTime } from '../../../lib/parisTime';
import { ErrorMessage } from '../../../components/ErrorMessage';

/** A datetime-local value (Paris time as typed) as an ISO instant; empty stays empty. */
function toInstant(local: string): string | undefined {
  return local ? new Date(local).toISOString() : undefined;
}

/** The audit log: who did what, when, from where, on which report; and its integrity check. */
export function AuditPage() {
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
    <AdminLayout title="Journal d’audit">
      <form className="admin-form filters" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor="audit-report">Signalement (identifiant)</label>
          <input id="audit-report" value={reportId} onChange={(e) => setReportId(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-user">Utilisateur</label>
          <input id="audit-user" value={user} onChange={(e) => setUser(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-from">Du</label>
          <input id="audit-from" type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">Au</label>
          <input id="audit-to" type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <button type="submit">Rechercher</button>
      </form>

      <section aria-labelledby="integrity-title" className="admin-form">
        <h2 id="integrity-title">Intégrité</h2>
        <p>Chaque ligne contient l’empreinte de la précédente : une ligne modifiée ou supprimée rompt la chaîne.</p>
        <button type="button" onClick={() => void verify()}>
          Vérifier l’intégrité du journal
        </button>
        {verification && (
          <p role="status" className={verification.intact ? 'notice' : 'error'}>
            {verification.intact
              ? `Journal intègre : ${verification.checked} lignes vérifiées (dernière : n° ${verification.headSeq ?? '—'}).`
              : `Journal altéré à la ligne n° ${verification.brokenAt} : ${verification.problem}`}
          </p>
        )}
      </section>

      <ErrorMessage message={error} />
      {entries === null ? (
        <p className="loading">Chargement du journal…</p>
      ) : entries.length === 0 ? (
        <p className="empty">Aucune entrée pour ces critères</p>
      ) : (
        <div className="table-scroll">
          <table className="queue">
            <caption className="visually-hidden">Entrées du journal d’audit, les plus récentes d’abord</caption>
            <thead>
              <tr>
                <th scope="col">N°</th>
                <th scope="col">Date</th>
                <th scope="col">Qui</th>
                <th scope="col">Action</th>
                <th scope="col">Signalement</th>
                <th scope="col">Adresse</th>
                <th scope="col">Détails</th>
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
                  <td>{ACTION_LABELS[entry.action] ?? entry.action}</td>
                  <td className="mono">{entry.reportId ?? '—'}</td>
                  <td>{entry.sourceAddress ?? '—'}</td>
                  <td className="mono">{entry.details === '{}' ? '—' : entry.details}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
