import { useCallback, useEffect, useRef, useState } from 'react';
import type { Priority, QueueFilter, QueueItem, QueuePage, QueueScope } from '../../../lib/api/types';
import { queueApi, queueQuery } from '../api/queueApi';
import { useQueueEvents } from '../../../lib/api/useQueueEvents';
import { t } from '../../../lib/i18n';

/** Polling interval when the live stream is not open. */
export const REFRESH_INTERVAL_MS = 10_000;
/** Rows asked per page (the server's keyset pages, `?after=`). */
export const PAGE_SIZE = 50;

export interface QueueState {
  /** What the worker sees, in triage order; null until the first answer. */
  items: QueueItem[] | null;
  /**
   * Reports that arrived since, not shown yet: inserting them under her eyes would move the row
   * she is reading. « N nouveaux » puts them in (showNew).
   */
  pending: QueueItem[];
  /** The rows put in by the last « N nouveaux », highlighted. */
  fresh: ReadonlySet<string>;
  /** The ids of the last read of the queue's head, in triage order: where new rows go. */
  order: string[];
  counts: Partial<Record<Priority, number>> | null;
  /** Which part of the queue this is (her shift's scope, or all of it). */
  scope: QueueScope | null;
  /** Where the next page starts; null when every report is listed. */
  next: string | null;
  error: string | null;
  updatedAt: Date | null;
}

export interface LiveQueue extends QueueState {
  /** The server-sent events stream is open: changes show at once. */
  live: boolean;
  /** A page is being fetched by « Afficher plus ». */
  loadingMore: boolean;
  reload: () => void;
  loadMore: () => void;
  showNew: () => void;
}

const EMPTY: QueueState = {
  items: null,
  pending: [],
  fresh: new Set(),
  order: [],
  counts: null,
  scope: null,
  next: null,
  error: null,
  updatedAt: null,
};

/**
 * Merges a fresh read of the queue's head into what is shown. Rows shown stay where they are
 * (updated: claim, status; gone when decided); rows that are new and rank among them wait in
 * `pending`; rows past the last one shown are the next pages' (unless every page is shown).
 */
export function merge(
  state: QueueState,
  head: QueueItem[],
  headComplete: boolean,
): Pick<QueueState, 'items' | 'pending' | 'order'> & { fresh?: ReadonlySet<string> } {
  const shown = new Set((state.items ?? []).map((item) => item.id));
  const order = head.map((item) => item.id);
  // nothing on screen, nothing to move: the arrivals show at once, highlighted
  if (shown.size === 0 && state.pending.length === 0) {
    return { items: head, pending: [], order, fresh: new Set(order) };
  }
  let lastShown = -1;
  head.forEach((item, index) => {
    if (shown.has(item.id)) lastShown = index;
  });
  const everyPageShown = state.next === null && headComplete;
  const items = head.filter((item) => shown.has(item.id));
  const pending = head.filter(
    (item, index) => !shown.has(item.id) && (index < lastShown || everyPageShown || lastShown < 0),
  );
  return { items, pending, order };
}

/**
 * Loads the queue with these filters, page by page (« Afficher plus »), and follows it: on every
 * change the server announces (server-sent events) and, while that stream is down, every 10 s,
 * the shown rows are refreshed in place and new reports wait behind « N nouveaux » (a 401 is the
 * API client's to handle).
 */
export function useQueue(filter: QueueFilter): LiveQueue {
  const [state, setState] = useState<QueueState>(EMPTY);
  const [loadingMore, setLoadingMore] = useState(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  const latest = useRef(0);
  // The filters as text: the effects below start again only when they really change.
  const query = JSON.stringify(queueQuery(filter));
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const shownFor = useRef<string | null>(null);

  const load = useCallback(async () => {
    // Only the answer to the latest request is shown (filters may change meanwhile).
    const ticket = ++latest.current;
    const current = stateRef.current;
    const same = shownFor.current === query && current.items !== null;
    // the head of the queue, as far as what is shown (and a page more, for arrivals)
    const wanted = same ? (current.items?.length ?? 0) + current.pending.length + PAGE_SIZE : PAGE_SIZE;
    try {
      const head: QueueItem[] = [];
      let page: QueuePage | null = null;
      let after: string | undefined;
      do {
        page = await queueApi.queue(filterRef.current, PAGE_SIZE, after);
        if (ticket !== latest.current) return;
        head.push(...page.items);
        after = page.next ?? undefined;
      } while (after && head.length < wanted);
      const answer = page;
      setState((previous) => {
        const base = {
          counts: answer.counts ?? null,
          scope: answer.scope ?? null,
          error: null,
          updatedAt: new Date(),
        };
        if (!same || previous.items === null) {
          shownFor.current = query;
          return {
            ...base,
            items: head,
            pending: [],
            fresh: new Set<string>(),
            order: head.map((item) => item.id),
            next: answer.next ?? null,
          };
        }
        return { ...previous, ...base, ...merge(previous, head, !answer.next) };
      });
    } catch {
      if (ticket !== latest.current) return;
      setState((previous) => ({
        ...previous,
        error: t('queue.refreshFailed'),
      }));
    }
  }, [query]);

  const loadMore = useCallback(async () => {
    const after = stateRef.current.next;
    if (!after) return;
    setLoadingMore(true);
    try {
      const page = await queueApi.queue(filterRef.current, PAGE_SIZE, after);
      setState((previous) => {
        if (previous.next !== after) return previous;
        const shown = new Set((previous.items ?? []).map((item) => item.id));
        const added = page.items.filter((item) => !shown.has(item.id));
        const addedIds = new Set(added.map((item) => item.id));
        return {
          ...previous,
          items: [...(previous.items ?? []), ...added],
          pending: previous.pending.filter((item) => !addedIds.has(item.id)),
          counts: page.counts ?? previous.counts,
          next: page.next ?? null,
          error: null,
        };
      });
    } catch {
      setState((previous) => ({ ...previous, error: t('queue.moreFailed') }));
    } finally {
      setLoadingMore(false);
    }
  }, []);

  const showNew = useCallback(() => {
    setState((previous) => {
      if (previous.items === null || previous.pending.length === 0) return previous;
      // in the triage order of the last read; rows it did not reach (later pages) keep theirs, after
      const rank = new Map(previous.order.map((id, index) => [id, index]));
      const all = [...previous.items, ...previous.pending]
        .map((item, index) => ({ item, key: rank.get(item.id) ?? previous.order.length + index }))
        .sort((a, b) => a.key - b.key)
        .map(({ item }) => item);
      return {
        ...previous,
        items: all,
        pending: [],
        fresh: new Set(previous.pending.map((item) => item.id)),
      };
    });
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
  }, [load]);

  // The fallback: poll while the live stream is not open.
  useEffect(() => {
    if (live) return;
    const timer = setInterval(() => void load(), REFRESH_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [live, load]);

  return {
    ...state,
    live,
    loadingMore,
    reload: () => void load(),
    loadMore: () => void loadMore(),
    showNew,
  };
}
