import createClient from 'openapi-fetch';
import { ApiError, problemOf } from './ApiError';
import { csrfToken } from './csrfToken';
import type { Complete } from './types';
import type { paths } from './schema';
import { sessionExpiry } from './sessionExpiry';

/** The one client of the Vigie backend, typed by its OpenAPI description: every call goes through it. */
export const client = createClient<paths>({
  // Absolute, as Request requires outside a browser; the same origin in any case.
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  headers: { Accept: 'application/json, application/problem+json' },
  // Looked up at each call, so that a test can stand in for the network.
  fetch: (request) => globalThis.fetch(request),
});
client.use(csrfToken, sessionExpiry);

interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/**
 * The data of a 2xx answer, complete as Jackson writes it (see Complete); any other status
 * becomes an ApiError with the problem details the server sent.
 */
export async function answered<D>(call: Promise<Answer<D>>): Promise<Complete<D>> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, problemOf(response, error));
  return data as Complete<D>;
}

/** For answers without a body (204): only whether it succeeded. */
export async function done(call: Promise<Answer<unknown>>): Promise<void> {
  await answered(call);
}
