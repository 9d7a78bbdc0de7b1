import { useEffect, useState } from 'react';
import { AdminLayout } from './AdminLayout';
import { adminApi, type RetentionPolicy, type RetentionResult } from '../api/adminApi';
import { adminErrorMessage } from '../labels';
import { formatDateTime } from '../../../lib/parisTime';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { i18n, t, useTranslation } from '../../../lib/i18n';

/** A status as the retention rules name it; a code this version does not know is shown as is. */
function status(code: string): string {
  const key = `admin.retention.status.${code}`;
  return i18n.exists(key) ? t(key) : code;
}

const DAYS = /^P(?:(\d+)D)?(?:T(\d+)H)?/;

/** "PT2160H" → « 90 jours ». */
function days(duration: string): string {
  const match = DAYS.exec(duration);
  if (!match) return duration;
  return t('admin.retention.days', { count: Number(match[1] ?? 0) + Math.floor(Number(match[2] ?? 0) / 24) });
}

/** The policy in force (the server's configuration), shown before anything is simulated. */
function Policy({ policy }: { policy: RetentionPolicy }) {
  const { t } = useTranslation();
  const purge = Object.entries(policy.purgeAfter ?? {});
  const anonymise = Object.entries(policy.anonymiseAfter ?? {});
  return (
    <section aria-labelledby="retention-policy" className="admin-form">
      <h2 id="retention-policy">{t('admin.retention.policyTitle')}</h2>
      {purge.length + anonymise.length === 0 ? (
        <p>{t('admin.retention.noRule')}</p>
      ) : (
        <ul>
          {purge.map(([code, after]) => (
            <li key={`purge-${code}`}>{t('admin.retention.purgeRule', { status: status(code), days: days(after) })}</li>
          ))}
          {anonymise.map(([code, after]) => (
            <li key={`anonymise-${code}`}>
              {t('admin.retention.anonymiseRule', { status: status(code), days: days(after) })}
            </li>
          ))}
        </ul>
      )}
      <p>
        {t('admin.retention.schedule', {
          state: t(policy.enabled ? 'admin.retention.scheduleOn' : 'admin.retention.scheduleOff'),
        })}{' '}
        {policy.openReportNotice && t('admin.retention.openNotice', { days: days(policy.openReportNotice) })}
      </p>
    </section>
  );
}

function Result({ result }: { result: RetentionResult }) {
  const { t } = useTranslation();
  // A dry run says what would happen (conditional), a run what was done: never « (à faire) ».
  const verb = (action: string) =>
    result.dryRun
      ? action === 'PURGE'
        ? 'admin.retention.wouldPurge'
        : 'admin.retention.wouldAnonymise'
      : action === 'PURGE'
        ? 'admin.retention.purged'
        : 'admin.retention.anonymised';
  return (
    <section aria-labelledby="retention-result" className="admin-form">
      <h2 id="retention-result">
        {t(result.dryRun ? 'admin.retention.simulationOf' : 'admin.retention.runOf', {
          at: formatDateTime(result.ranAt),
        })}
      </h2>
      <ul>
        {result.rules.map((rule) => (
          <li key={`${rule.action}-${rule.status}`}>
            {t(verb(rule.action), { status: status(rule.status), days: days(rule.after), count: rule.count })}
          </li>
        ))}
      </ul>
      {Object.keys(result.keptUnchanged).length > 0 && (
        <p>
          {t('admin.retention.kept', {
            days: days(result.keptOlderThan),
            list: Object.entries(result.keptUnchanged)
              .map(([code, count]) => `${status(code)} : ${count}`)
              .join(', '),
          })}
        </p>
      )}
    </section>
  );
}

/** Retention: the policy in force, what it would do now (dry run), and applying it on demand. */
export function RetentionPage() {
  const { t } = useTranslation();
  const [policy, setPolicy] = useState<RetentionPolicy | null>(null);
  const [result, setResult] = useState<RetentionResult | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    adminApi.retentionPolicy().then(setPolicy, (failure: unknown) => setError(adminErrorMessage(failure)));
  }, []);

  async function run(action: () => Promise<RetentionResult>) {
    setError(null);
    try {
      setResult(await action());
    } catch (failure) {
      setError(adminErrorMessage(failure));
    }
  }

  return (
    <AdminLayout title={t('admin.retention.title')}>
      <p>{t('admin.retention.explained')}</p>
      {policy ? <Policy policy={policy} /> : <p className="loading">{t('admin.retention.policyLoading')}</p>}
      <div className="actions">
        <button type="button" onClick={() => void run(adminApi.retentionDryRun)}>
          {t('admin.retention.dryRun')}
        </button>
        <label htmlFor="confirm-run">
          <input
            id="confirm-run"
            type="checkbox"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          {t('admin.retention.confirm')}
        </label>
        <button type="button" disabled={!confirmed} onClick={() => void run(adminApi.retentionRun)}>
          {t('admin.retention.run')}
        </button>
      </div>
      <ErrorMessage message={error} />
      {result && <Result result={result} />}
    </AdminLayout>
  );
}
