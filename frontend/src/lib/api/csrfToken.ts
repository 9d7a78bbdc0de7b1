import type { Middleware } from 'openapi-fetch';

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * Spring Security's SPA CSRF protection: echo the XSRF-TOKEN cookie on every state-changing call.
 * Before the first login there may be no cookie yet, and the backend does not ask for one on login.
 */
export const csrfToken: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method)) return undefined;
    const token = readCookie(CSRF_COOKIE);
    if (token !== null) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};
