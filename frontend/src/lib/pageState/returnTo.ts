/** What the layout hands the login page (router state): where to go back to after signing in. */
export interface ReturnTo {
  /** The page she was on (path and query), e.g. /signalements/… */
  from: string;
  /** The session expired there (rather than a first visit). */
  expired: boolean;
}

export function returnToState(returnTo: ReturnTo): { returnTo: ReturnTo } {
  return { returnTo };
}

/** Reads the router state back: only a path of this application, never another site nor the login itself. */
export function returnTo(state: unknown): ReturnTo | null {
  if (typeof state !== 'object' || state === null || !('returnTo' in state)) return null;
  const value: unknown = state.returnTo;
  if (typeof value !== 'object' || value === null) return null;
  const { from, expired } = value as Record<string, unknown>;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/connexion')) {
    return null;
  }
  return { from, expired: expired === true };
}
