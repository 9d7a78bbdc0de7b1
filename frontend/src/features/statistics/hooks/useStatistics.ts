import { useEffect, useState } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import type { ActivityFigures } from '../../../lib/api/types';
import { statisticsApi, type Interval } from '../api/statisticsApi';
import { t } from '../../../lib/i18n';

export interface StatisticsRequest {
  from: string;
  to: string;
  interval: Interval | '';
}

/** The figures of the period asked for, reloaded when it changes; a refusal in French. */
export function useStatistics(request: StatisticsRequest) {
  const [figures, setFigures] = useState<ActivityFigures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let current = true;
    setLoading(true);
    statisticsApi
      .figures(request.from, request.to, request.interval === '' ? undefined : request.interval)
      .then((answer) => {
        if (!current) return;
        setFigures(answer);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (!current) return;
        setError(
          failure instanceof ApiError && failure.status === 400
            ? t('statistics.invalidPeriod')
            : t('statistics.failed'),
        );
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [request.from, request.to, request.interval]);

  return { figures, error, loading };
}
