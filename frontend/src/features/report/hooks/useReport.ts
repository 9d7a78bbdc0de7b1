import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import { t } from '../../../lib/i18n';
import type { ReportDetail } from '../../../lib/api/types';
import { reportApi } from '../api/reportApi';
import { useQueueEvents } from '../../../lib/api/useQueueEvents';

export interface ReportState {
  report: ReportDetail | null;
  /** 'not-found', or a message in the interface's language. */
  error: 'not-found' | string | null;
  reload: () => Promise<void>;
  /** Replaces the shown report locally (e.g. its claim after a claim call). */
  update: (change: (report: ReportDetail) => ReportDetail) => void;
}

/** Loads one report, and again whenever the server says it changed (someone claimed or decided). */
export function useReport(id: string): ReportState {
  const [report, setReport] = useState<ReportDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const answer = await reportApi.report(id);
      if (ticket !== latest.current) return;
      setReport(answer);
      setError(null);
    } catch (failure) {
      if (ticket !== latest.current) return;
      if (failure instanceof ApiError && failure.status === 404) {
        setError('not-found');
      } else if (failure instanceof ApiError && failure.status === 403) {
        setError(t('report.forbidden'));
      } else {
        setError(t('report.loadFailed'));
      }
    }
  }, [id]);

  useEffect(() => {
    setReport((previous) => (previous?.id === id ? previous : null));
    void reload();
    return () => {
      // A counter, not a node: an answer for the previous id is dropped.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      latest.current++;
    };
  }, [id, reload]);

  useQueueEvents((events) => {
    if (events.length === 0 || events.some((event) => event.reportId === id)) void reload();
  });

  const update = useCallback((change: (report: ReportDetail) => ReportDetail) => {
    setReport((previous) => (previous ? change(previous) : previous));
  }, []);

  return { report, error, reload, update };
}
