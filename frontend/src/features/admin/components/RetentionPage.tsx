import { useState } from 'react';
import { AdminLayout } from './AdminLayout';
import { adminApi, type RetentionResult } from '../api/adminApi';
import { adminErrorMessage } from '../labels';
import { formatDateTime } from '../../../lib/parisTime';
import { ErrorMessage } from '../../../components/ErrorMessage';

const STATUS_LABELS: Record<string, string> = {
  CLOSED: 'Clos (sans suite ou doublon)',
  MERGED: 'Fusionné (même annonce)',
  ACTIONED: 'Traité (contact ou orientation)',
  NEW: 'Nouveau',
  IN_REVIEW: 'En cours d’examen',
  ESCALATED: 'Escaladé',
};

const status = (code: string) => STATUS_LABELS[code] ?? code;

const DAYS = /^P(?:(\d+)D)?(?:T(\d+)H)?/;

/** "PT2160H" → "90 jours". */
function days(duration: string): string {
  const match = DAYS.exec(duration);
  if (!match) return duration;
  const total = Number(match[1] ?? 0) + Math.floor(Number(match[2] ?? 0) / 24);
  return `${total} jours`;
}

function Result({ result }: { result: RetentionResult }) {
  return (
    <section aria-labelledby="retention-result" className="admin-form">
      <h2 id="retention-result">
        {result.dryRun ? 'Simulation' : 'Application'} du {formatDateTime(result.ranAt)}
      </h2>
      <ul>
        {result.rules.map((rule) => (
          <li key={`${rule.action}-${rule.status}`}>
            {status(rule.status)} depuis plus de {days(rule.after)} :{' '}
            {rule.count} signalement(s) {rule.action === 'PURGE' ? 'supprimé(s)' : 'anonymisé(s)'}
            {result.dryRun ? ' (à faire)' : ''}
          </li>
        ))}
      </ul>
      {Object.keys(result.keptUnchanged).length > 0 && (
        <p>
          Conservés car non traités ou en cours, sans changement depuis plus de {days(result.keptOlderThan)} :{' '}
          {Object.entries(result.keptUnchanged)
            .map(([code, count]) => `${status(code)} : ${count}`)
            .join(', ')}
        </p>
      )}
    </section>
  );
}

/** Retention: what the policy would do now (dry run), and applying it on demand. */
export function RetentionPage() {
  const [result, setResult] = useState<RetentionResult | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<RetentionResult>) {
    setError(null);
    try {
      setResult(await action());
    } catch (failure) {
      setError(adminErrorMessage(failure));
    }
  }

  return (
    <AdminLayout title="Conservation des signalements">
      <p>
        La règle s’applique chaque nuit. Les signalements non traités ne sont jamais supprimés. La simulation
        ne modifie rien.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void run(adminApi.retentionDryRun)}>
          Simuler
        </button>
        <label htmlFor="confirm-run">
          <input
            id="confirm-run"
            type="checkbox"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          Je confirme la suppression définitive
        </label>
        <button type="button" disabled={!confirmed} onClick={() => void run(adminApi.retentionRun)}>
          Appliquer maintenant
        </button>
      </div>
      <ErrorMessage message={error} />
      {result && <Result result={result} />}
    </AdminLayout>
  );
}
