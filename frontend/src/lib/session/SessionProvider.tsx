import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/ApiError';
import { onSessionExpired } from '../api/sessionExpiry';
import type { CurrentUser } from '../api/types';
import { SessionContext, type Session } from './SessionContext';
import { currentUser } from './sessionApi';

/** While the server cannot be reached, how often it is asked again. */
export const UNREACHABLE_RETRY_MS = 5_000;

/**
 * Asks the backend who is signed in (GET /auth/me) on load; a 401 asks for the login, a server
 * that cannot be reached is said so and asked again every few seconds (never the login form for
 * that); signs the person out as soon as the API client says the server no longer knows the
 * session (a 401 on any call), saying it expired.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    currentUser()
      .then((user) => !cancelled && setSession({ status: 'authenticated', user }))
      .catch((failure: unknown) => {
        if (cancelled) return;
        const answered = failure instanceof ApiError && failure.status < 500;
        setSession(answered ? { status: 'anonymous' } : { status: 'unreachable' });
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(() => {
    if (session.status !== 'unreachable') return;
    const timer = setTimeout(() => setAttempt((count) => count + 1), UNREACHABLE_RETRY_MS);
    return () => clearTimeout(timer);
  }, [session, attempt]);

  useEffect(() => onSessionExpired(() => setSession({ status: 'anonymous', expired: true })), []);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const controls = useMemo(
    () => ({
      session,
      signedIn: (user: CurrentUser) => setSession({ status: 'authenticated', user }),
      signedOut: () => setSession({ status: 'anonymous', signedOut: true }),
      retry,
    }),
    [session, retry],
  );

  return <SessionContext.Provider value={controls}>{children}</SessionContext.Provider>;
}
