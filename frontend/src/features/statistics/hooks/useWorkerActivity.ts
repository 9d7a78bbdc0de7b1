import { useEffect, useState } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import type { WorkerActivity } from '../../../lib/api/types';
import { statisticsApi } from '../api/statisticsApi';
import { t } from '../../../lib/i18n';

/**
 * Each worker's activity over the period, reloaded when it changes. {@code refused} when the
 * person is not a coordinator (an administrator sees the figures, not the people).
 */
export function useWorkerActivity(from: string, to: string) {
  const [activity, setActivity] = useState<WorkerActivity | null>(null);
  const [refused, setRefused] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    statisticsApi
      .workers(from, to)
      .then((answer) => {
        if (!current) return;
        setActivity(answer);
        setRefused(false);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (!current) return;
        setActivity(null);
        if (failure instanceof ApiError && failure.status === 403) {
          setRefused(true);
          setError(null);
        } else {
          setError(t('statistics.workers.failed'));
        }
      });
    return () => {
      current = false;
    };
  }, [from, to]);

  return { activity, refused, error };
}
