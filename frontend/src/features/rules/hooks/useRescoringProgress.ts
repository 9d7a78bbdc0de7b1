import { useEffect, useState } from 'react';
import type { RescoringProgress } from '../../../lib/api/types';
import { rulesApi } from '../api/rulesApi';
import { rulesErrorMessage } from '../rulesErrorMessage';
import { t } from '../../../lib/i18n';

export const POLL_INTERVAL_MS = 1000;

export interface RescoringState {
  progress: RescoringProgress | null;
  /** Why the last poll failed; polling goes on. */
  error: string | null;
  /** Shows this progress, and polls every second while it is RUNNING. */
  follow: (progress: RescoringProgress) => void;
}

/** The rescoring of the open reports after a publication, polled until DONE or FAILED. */
export function useRescoringProgress(): RescoringState {
  const [progress, setProgress] = useState<RescoringProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (progress?.state !== 'RUNNING') return undefined;
    let cancelled = false;
    const timer = setTimeout(() => {
      rulesApi.rescoring().then(
        (next) => {
          if (cancelled) return;
          setError(null);
          setProgress(next);
        },
        (failure: unknown) => {
          if (cancelled) return;
          setError(t('rules.rescoring.progressFailed', { reason: rulesErrorMessage(failure) }));
          setAttempt((count) => count + 1);
        },
      );
    }, POLL_INTERVAL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [progress, attempt]);

  return { progress, error, follow: setProgress };
}
