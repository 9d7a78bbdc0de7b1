import { vi } from 'vitest';

export interface StubResponse {
  status: number;
  body?: unknown;
}

/** Answers for "METHOD /path?query"; a function is called anew for each request. */
export type Routes = Record<string, StubResponse | (() => StubResponse)>;

/** A request as the stand-in network received it. */
export interface SentRequest {
  method: string;
  /** Path and query, e.g. « /api/v1/queue?limit=50 ». */
  url: string;
  body: string | undefined;
  credentials: RequestCredentials;
  headers: Headers;
}

/**
 * Replaces global fetch with one that answers from the given routes (404 otherwise); `sent`
 * lists the requests it received, in order.
 */
export function stubFetch(routes: Routes) {
  const sent: SentRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const address = new URL(request.url);
    const url = `${address.pathname}${address.search}`;
    const body = request.body === null ? undefined : await request.text();
    sent.push({ method: request.method, url, body, credentials: request.credentials, headers: request.headers });
    const route = routes[`${request.method} ${url}`];
    const answer = typeof route === 'function' ? route() : (route ?? { status: 404 });
    const isProblem = answer.status >= 400;
    return answer.body === undefined
      ? new Response(null, { status: answer.status })
      : new Response(JSON.stringify(answer.body), {
          status: answer.status,
          headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json' },
        });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { sent };
}
