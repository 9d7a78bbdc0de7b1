import { useEffect, useState, type FormEvent } from 'react';
import type { Claim, Colleague } from '../../../lib/api/types';
import { formatHour } from '../../../lib/parisTime';
import { claimLabel } from '../../../components/claimLabel';
import { reportApi } from '../api/reportApi';
import { useTranslation } from '../../../lib/i18n';

interface ClaimPanelProps {
  claim: Claim | null;
  me: string | null;
  coordinator: boolean;
  busy: boolean;
  /** The last outcome of a claim action, said in the live region. */
  message: string;
  onClaim: () => void;
  onRelease: () => void;
  onReassign: (worker: string) => void;
}

/**
 * The colleagues to pick from (coordinators): the server's list, on shift first. Picked, never
 * typed: a mistyped name used to give the report to nobody.
 */
function useColleagues(coordinator: boolean) {
  const [colleagues, setColleagues] = useState<Colleague[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!coordinator) return;
    let current = true;
    reportApi
      .colleagues()
      .then((list) => current && setColleagues(list))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [coordinator]);
  return { colleagues, failed };
}

/** Who holds the report, and the buttons to take, release or (coordinators) reassign it. */
export function ClaimPanel({ claim, me, coordinator, busy, message, onClaim, onRelease, onReassign }: ClaimPanelProps) {
  const { t } = useTranslation();
  const [worker, setWorker] = useState('');
  const { colleagues, failed } = useColleagues(coordinator);
  const mine = claim !== null && claim.worker === me;
  const onShift = (colleagues ?? []).filter((colleague) => colleague.onShift);
  const offShift = (colleagues ?? []).filter((colleague) => !colleague.onShift);

  function reassign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (worker !== '') onReassign(worker);
  }

  return (
    <div className="claim-panel">
      <p className={claim ? (mine ? 'claim claim-mine' : 'claim') : 'secondary'}>
        {claim === null ? (
          t('report.claim.nobody')
        ) : (
          <>
            {t('report.claim.until', { claim: claimLabel(claim, me), until: formatHour(claim.expiresAt) })}
            {mine && t('report.claim.renewed')}.
          </>
        )}
      </p>
      <div className="actions">
        {claim === null && (
          <button type="button" disabled={busy} onClick={onClaim}>
            {t('report.claim.take')}
          </button>
        )}
        {(mine || (claim !== null && coordinator)) && (
          <button type="button" className="plain-button" disabled={busy} onClick={onRelease}>
            {t('report.claim.release')}
          </button>
        )}
      </div>
      <p role="status" className="claim-message">
        {message}
      </p>
      {coordinator && (
        <form className="reassign-form" onSubmit={reassign}>
          <div className="field">
            <label htmlFor="reassign-worker">{t('report.claim.reassignTo')}</label>
            <select
              id="reassign-worker"
              value={worker}
              disabled={colleagues === null}
              onChange={(event) => setWorker(event.target.value)}
            >
              <option value="">{colleagues === null && !failed ? t('common.loading') : t('report.claim.choose')}</option>
              {onShift.length > 0 && (
                <optgroup label={t('report.claim.onShift')}>
                  {onShift.map((colleague) => (
                    <option key={colleague.username} value={colleague.username}>
                      {colleague.username}
                      {colleague.shiftEnd && t('report.claim.shiftEnd', { end: formatHour(colleague.shiftEnd) })}
                    </option>
                  ))}
                </optgroup>
              )}
              {offShift.length > 0 && (
                <optgroup label={onShift.length > 0 ? t('report.claim.offShift') : t('report.claim.workers')}>
                  {offShift.map((colleague) => (
                    <option key={colleague.username} value={colleague.username}>
                      {colleague.username}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
            {failed && <p className="error">{t('report.claim.listFailed')}</p>}
          </div>
          <button type="submit" className="plain-button" disabled={busy || worker === ''}>
            {t('report.claim.reassign')}
          </button>
        </form>
      )}
    </div>
  );
}
