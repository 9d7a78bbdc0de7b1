import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/ApiError';
import type { QueueItem } from '../../api/types';
import { vigieApi } from '../../api/vigieApi';

export const REFRESH_INTERVAL_MS = 10_000;

export interface QueueState {
  /** null until the first answer. */
  items: QueueItem[] | null;
  error: string | null;
  updatedAt: Date | null;
}

/** Loads the queue now and again every 10 s; calls onUnauthenticated on a 401. */
export function useQueue(onUnauthenticated: () => void): QueueState {
  const [state, setState] = useState<QueueState>({ items: null, error: null, updatedAt: null });
  const onUnauthenticatedRef = useRef(onUnauthenticated);

  useEffect(() => {
    onUnauthenticatedRef.current = onUnauthenticated;
  }, [onUnauthenticated]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    async function load() {
      try {
        const page = await vigieApi.queue();
        if (!stopped) setState({ items: page.items, error: null, updatedAt: new Date() });
      } catch (failure) {
        if (stopped) return;
        if (failure instanceof ApiError && failure.unauthenticated) {
          onUnauthenticatedRef.current();
          return;
        }
        setState((previous) => ({
          ...previous,
          error: 'La file n’a pas pu être actualisée. Nouvel essai dans quelques secondes.',
        }));
      }
      if (!stopped) timer = setTimeout(() => void load(), REFRESH_INTERVAL_MS);
    }

    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  return state;
}
