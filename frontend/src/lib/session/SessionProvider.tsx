import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { onSessionExpired } from '../api/sessionExpiry';
import type { CurrentUser } from '../api/types';
import { SessionContext, type Session } from './SessionContext';
import { currentUser } from './sessionApi';

/**
 * Asks the backend who is signed in (GET /auth/me) once, on load; signs the person out as soon
 * as the API client says the server no longer knows the session (a 401 on any call).
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    currentUser()
      .then((user) => !cancelled && setSession({ status: 'authenticated', user }))
      // 401, or the backend is unreachable: either way, ask the user to sign in.
      .catch(() => !cancelled && setSession({ status: 'anonymous' }));
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => onSessionExpired(() => setSession({ status: 'anonymous' })), []);

  const controls = useMemo(
    () => ({
      session,
      signedIn: (user: CurrentUser) => setSession({ status: 'authenticated', user }),
      signedOut: () => setSession({ status: 'anonymous' }),
    }),
    [session],
  );

  return <SessionContext.Provider value={controls}>{children}</SessionContext.Provider>;
}
