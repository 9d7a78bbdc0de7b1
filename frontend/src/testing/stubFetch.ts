import { vi } from 'vitest';

export interface StubResponse {
  status: number;
  body?: unknown;
}

/** Answers for "METHOD /path?query"; a function is called anew for each request. */
export type Routes = Record<string, StubResponse | (() => StubResponse)>;

/** Replaces global fetch with one that answers from the given routes (404 otherwise). */
export function stubFetch(routes: Routes) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const route = routes[key];
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
  return fetchMock;
}
