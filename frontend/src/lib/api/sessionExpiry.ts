import type { Middleware } from 'openapi-fetch';

const EXPIRED = 'vigie:session-expired';
const expiry = new EventTarget();

/** Tells whoever listens that the server no longer knows this session. */
export function signalSessionExpired(): void {
  expiry.dispatchEvent(new Event(EXPIRED));
}

/** Calls listener on each session expiry; returns what stops listening. */
export function onSessionExpired(listener: () => void): () => void {
  expiry.addEventListener(EXPIRED, listener);
  return () => expiry.removeEventListener(EXPIRED, listener);
}

/** A 401 on a login means wrong credentials, not a session gone. */
const NOT_A_SESSION = new Set(['/api/v1/auth/login']);

/**
 * The one place a 401 is handled: the session provider listens and signs the person out; the
 * caller still gets its ApiError, and need not do anything about the session.
 */
export const sessionExpiry: Middleware = {
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !NOT_A_SESSION.has(schemaPath)) signalSessionExpired();
    return undefined;
  },
};
