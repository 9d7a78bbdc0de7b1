import { createContext, useContext } from 'react';
import type { CurrentUser } from '../api/types';

export type Session =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; user: CurrentUser };

export interface SessionControls {
  session: Session;
  signedIn: (user: CurrentUser) => void;
  signedOut: () => void;
}

export const SessionContext = createContext<SessionControls | null>(null);

export function useSession(): SessionControls {
  const controls = useContext(SessionContext);
  if (controls === null) throw new Error('useSession must be used inside <SessionProvider>');
  return controls;
}
