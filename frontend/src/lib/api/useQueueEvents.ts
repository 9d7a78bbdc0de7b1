import { useEffect, useRef, useState } from 'react';

/** What GET /queue/events says after each committed change (server-sent events: not in the OpenAPI description). */
export interface QueueEvent {
  reportId: string;
  event: 'RECORDED' | 'UPDATED' | 'SIGHTED' | 'RAISED' | 'CLAIMED' | 'RELEASED' | 'DECIDED' | (string & {});
}

/** Server-sent events (« ready », then « queue » after each change): opened with EventSource. */
export const QUEUE_EVENTS_URL = '/api/v1/queue/events';

/** Events that come close together are answered with one reload. */
export const EVENT_DEBOUNCE_MS = 300;
/** After the browser gave up on the stream, how long before opening it again. */
export const RECONNECT_DELAY_MS = 10_000;

function parse(data: unknown): QueueEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) return null;
    const { reportId, event } = value as Record<string, unknown>;
    return typeof reportId === 'string' && typeof event === 'string' ? { reportId, event } : null;
  } catch {
    return null;
  }
}

/**
 * Listens to GET /queue/events (server-sent events, same origin, session cookie; the whole queue
 * with scope « all », else her shift's scope when she is on shift) and calls
 * onChange with the events of the last {@link EVENT_DEBOUNCE_MS} ms, or with none after a
 * reconnection (changes may have been missed). Returns whether the stream is open: when it is
 * not, the caller falls back to polling.
 */
export function useQueueEvents(onChange: (events: QueueEvent[]) => void, scope?: 'all'): boolean {
  const [live, setLive] = useState(false);
  const onChangeRef = useRef(onChange);

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    // Not in every environment (tests, very old browsers): polling alone then.
    if (typeof EventSource === 'undefined') return;
    let stopped = false;
    let source: EventSource | null = null;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let reconnect: ReturnType<typeof setTimeout> | undefined;
    let pending: QueueEvent[] = [];
    let connectedBefore = false;

    function flush() {
      const events = pending;
      pending = [];
      if (!stopped) onChangeRef.current(events);
    }

    function open() {
      // on shift, the stream follows her scope like her queue, unless she widened both
      const current = new EventSource(scope === 'all' ? `${QUEUE_EVENTS_URL}?scope=all` : QUEUE_EVENTS_URL);
      source = current;
      current.addEventListener('ready', () => {
        setLive(true);
        // Back after a cut: whatever happened meanwhile was not announced.
        if (connectedBefore) flush();
        connectedBefore = true;
      });
      current.addEventListener('queue', (message) => {
        const event = parse((message as MessageEvent).data);
        if (event) pending.push(event);
        clearTimeout(debounce);
        debounce = setTimeout(flush, EVENT_DEBOUNCE_MS);
      });
      current.addEventListener('error', () => {
        setLive(false);
        // CONNECTING: the browser retries by itself. CLOSED: it gave up, so do we, for a while.
        if (current.readyState === 2 && !stopped) {
          current.close();
          reconnect = setTimeout(open, RECONNECT_DELAY_MS);
        }
      });
    }

    open();
    return () => {
      stopped = true;
      clearTimeout(debounce);
      clearTimeout(reconnect);
      source?.close();
    };
  }, [scope]);

  return live;
}
