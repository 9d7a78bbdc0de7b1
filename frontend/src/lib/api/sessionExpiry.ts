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
 * The one place a 401 is handled (and a 403 on a change checked for a session gone): the session provider listens and signs the person out; the
 * caller still gets its ApiError, and need not do anything about the session.
 */
export const sessionExpiry: Middleware = {
  onResponse({ request, response, schemaPath }) {
    if (NOT_A_SESSION.has(schemaPath)) return undefined;
    if (response.status === 401) signalSessionExpired();
    // A change refused with 403 may be a session gone with its CSRF token: ask who is signed in.
    else if (response.status === 403 && request.method !== 'GET') void checkSession();
    return undefined;
  },
};

const ME = '/api/v1/auth/me';

async function checkSession(): Promise<void> {
  try {
    const answer = await globalThis.fetch(new Request(new URL(ME, window.location.origin), { credentials: 'same-origin' }));
    if (answer.status === 401) signalSessionExpired();
  } catch {
    // unreachable: the page says so where the call failed
  }
}
