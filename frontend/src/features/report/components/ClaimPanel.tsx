import { useState, type FormEvent } from 'react';
import type { Claim } from '../../../lib/api/types';
import { formatHour } from '../../../lib/parisTime';
import { claimLabel } from '../../../components/claimLabel';


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

/** Who holds the report, and the buttons to take, release or (coordinators) reassign it. */
export function ClaimPanel({ claim, me, coordinator, busy, message, onClaim, onRelease, onReassign }: ClaimPanelProps) {
  const [worker, setWorker] = useState('');
  const mine = claim !== null && claim.worker === me;

  function reassign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (worker.trim() !== '') onReassign(worker.trim());
  }

  return (
    <div className="claim-panel">
      <p className={claim ? (mine ? 'claim claim-mine' : 'claim') : 'secondary'}>
        {claim === null ? (
          'Personne n’a pris ce signalement en charge.'
        ) : (
          <>
            {claimLabel(claim, me)} jusqu’à {formatHour(claim.expiresAt)}
            {mine && ' (prolongé tant que cette page est ouverte)'}.
          </>
        )}
      </p>
      <div className="actions">
        {claim === null && (
          <button type="button" disabled={busy} onClick={onClaim}>
            Prendre en charge
          </button>
        )}
        {(mine || (claim !== null && coordinator)) && (
          <button type="button" className="plain-button" disabled={busy} onClick={onRelease}>
            Libérer
          </button>
        )}
      </div>
      <p role="status" className="claim-message">
        {message}
      </p>
      {coordinator && (
        <form className="reassign-form" onSubmit={reassign}>
          <div className="field">
            <label htmlFor="reassign-worker">Réattribuer à (identifiant)</label>
            <input
              id="reassign-worker"
              autoComplete="off"
              value={worker}
              onChange={(event) => setWorker(event.target.value)}
            />
          </div>
          <button type="submit" className="plain-button" disabled={busy}>
            Réattribuer
          </button>
        </form>
      )}
    </div>
  );
}
