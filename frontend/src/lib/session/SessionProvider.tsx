import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { vigieApi } from '../api/vigieApi';
import type { CurrentUser } from '../api/types';
import { SessionContext, type Session } from './SessionContext';

/** Asks the backend who is signed in (GET /auth/me) once, on load. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    vigieApi
      .me()
      .then((user) => !cancelled && setSession({ status: 'authenticated', user }))
      // 401, or the backend is unreachable: either way, ask the user to sign in.
      .catch(() => !cancelled && setSession({ status: 'anonymous' }));
    return () => {
      cancelled = true;
    };
  }, []);

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
