import { useCallback, useEffect, useRef, useState } from 'react';
import type { Priority, QueueFilter, QueueItem, QueueScope } from '../../../lib/api/types';
import { queueApi, queueQuery } from '../api/queueApi';
import { useQueueEvents } from '../../../lib/api/useQueueEvents';

/** Polling interval when the live stream is not open. */
export const REFRESH_INTERVAL_MS = 10_000;

export interface QueueState {
  /** null until the first answer. */
  items: QueueItem[] | null;
  counts: Partial<Record<Priority, number>> | null;
  /** Which part of the queue this is (her shift's scope, or all of it). */
  scope: QueueScope | null;
  error: string | null;
  updatedAt: Date | null;
}

export interface LiveQueue extends QueueState {
  /** The server-sent events stream is open: changes show at once. */
  live: boolean;
  reload: () => void;
}

/**
 * Loads the queue with these filters, reloads it on every change the server announces
 * (server-sent events) and, while that stream is down, every 10 s (a 401 is the API client's to handle).
 */
export function useQueue(filter: QueueFilter): LiveQueue {
  const [state, setState] = useState<QueueState>({
    items: null,
    counts: null,
    scope: null,
    error: null,
    updatedAt: null,
  });
  const latest = useRef(0);
  // The filters as text: the effects below start again only when they really change.
  const query = JSON.stringify(queueQuery(filter));
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const load = useCallback(async () => {
    // Only the answer to the latest request is shown (filters may change meanwhile).
    const ticket = ++latest.current;
    try {
      const page = await queueApi.queue(filterRef.current);
      if (ticket !== latest.current) return;
      setState({
        items: page.items,
        counts: page.counts ?? null,
        scope: page.scope ?? null,
        error: null,
        updatedAt: new Date(),
      });
    } catch {
      if (ticket !== latest.current) return;
      setState((previous) => ({
        ...previous,
        error: 'La file n’a pas pu être actualisée. Nouvel essai dans quelques secondes.',
      }));
    }
  }, []);

  const live = useQueueEvents(() => void load(), filter.scope === 'all' ? 'all' : undefined);

  // Now, and again whenever the filters change.
  useEffect(() => {
    void load();
    return () => {
      // An answer arriving after unmounting or a filter change is dropped. (A counter, not a
      // node: bumping its latest value is the point.)
      // eslint-disable-next-line react-hooks/exhaustive-deps
      latest.current++;
    };
  }, [load, query]);

  // The fallback: poll while the live stream is not open.
  useEffect(() => {
    if (live) return;
    const timer = setInterval(() => void load(), REFRESH_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [live, load, query]);

  return { ...state, live, reload: () => void load() };
}
