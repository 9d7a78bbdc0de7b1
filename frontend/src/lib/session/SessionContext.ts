import { createContext, useContext } from 'react';
import type { CurrentUser } from '../api/types';

export type Session =
  | { status: 'loading' }
  /**
   * expired: the server forgot the session (idle too long, signed out elsewhere); signedOut: she
   * signed out here (nothing to go back to after the next login).
   */
  | { status: 'anonymous'; expired?: boolean; signedOut?: boolean }
  /** The server could not be reached to ask who is signed in: asked again every few seconds. */
  | { status: 'unreachable' }
  | { status: 'authenticated'; user: CurrentUser };

export interface SessionControls {
  session: Session;
  signedIn: (user: CurrentUser) => void;
  signedOut: () => void;
  /** Asks the server again now who is signed in (after « unreachable »). */
  retry: () => void;
}

export const SessionContext = createContext<SessionControls | null>(null);

export function useSession(): SessionControls {
  const controls = useContext(SessionContext);
  if (controls === null) throw new Error('useSession must be used inside <SessionProvider>');
  return controls;
}
