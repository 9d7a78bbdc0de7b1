import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'vigie:brouillon:';

/** The storage key of one draft: per person and per report, so that nobody else's comes back. */
export function draftKey(kind: 'decision' | 'note', owner: string, reportId: string): string {
  return `${PREFIX}${kind}:${owner}:${reportId}`;
}

function read<T>(key: string | null, isValue: (value: unknown) => value is T): T | null {
  if (key === null) return null;
  try {
    const stored = window.localStorage.getItem(key);
    if (stored === null) return null;
    const value: unknown = JSON.parse(stored);
    return isValue(value) ? value : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused (private browsing): the form still works, without a draft.
  }
}

function remove(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}

/**
 * A form's state kept in localStorage under key as it is typed: it survives a reload and a
 * session expiry (the login in between), until clear() after the form was sent. With a null key
 * (nobody signed in yet) it is ordinary state. isEmpty values are not stored.
 */
export function useDraft<T>(
  key: string | null,
  initial: T,
  isValue: (value: unknown) => value is T,
  isEmpty: (value: T) => boolean,
): { value: T; set: (update: (previous: T) => T) => void; clear: () => void; restored: boolean } {
  const [state, setState] = useState<{ value: T; restored: boolean }>(() => {
    const stored = read(key, isValue);
    return stored === null ? { value: initial, restored: false } : { value: stored, restored: true };
  });
  const keyRef = useRef(key);
  keyRef.current = key;

  useEffect(() => {
    if (key === null) return;
    if (isEmpty(state.value)) remove(key);
    else write(key, state.value);
  }, [key, state.value, isEmpty]);

  const set = useCallback((update: (previous: T) => T) => {
    setState((previous) => ({ value: update(previous.value), restored: previous.restored }));
  }, []);

  const clear = useCallback(() => {
    if (keyRef.current !== null) remove(keyRef.current);
    setState({ value: initial, restored: false });
    // initial is the caller's constant empty value
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { value: state.value, set, clear, restored: state.restored };
}
