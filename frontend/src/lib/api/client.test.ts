import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../testing/stubFetch';
import { ApiError } from './ApiError';
import { answered, client, done } from './client';
import { onSessionExpired } from './sessionExpiry';

const stopListening: (() => void)[] = [];

function expiries() {
  const listener = vi.fn();
  stopListening.push(onSessionExpired(listener));
  return listener;
}

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  stopListening.splice(0).forEach((stop) => stop());
  vi.unstubAllGlobals();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('the API client', () => {
  it('signals a session expiry once for a 401, and still fails the call', async () => {
    stubFetch({ 'GET /api/v1/queue/alerts': { status: 401, body: { status: 401, title: 'Unauthorized' } } });
    const expired = expiries();

    const error = await failure(answered(client.GET('/api/v1/queue/alerts')));

    expect(error.status).toBe(401);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('does not take a refused login for an expired session', async () => {
    stubFetch({ 'POST /api/v1/auth/login': { status: 401, body: { status: 401, detail: 'Identifiant ou mot de passe incorrect' } } });
    const expired = expiries();

    const error = await failure(answered(client.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } })));

    expect(error.problem.detail).toBe('Identifiant ou mot de passe incorrect');
    expect(expired).not.toHaveBeenCalled();
  });

  it('reads the problem details of a refusal (application/problem+json)', async () => {
    stubFetch({
      'POST /api/v1/reports/r1/notes': {
        status: 422,
        body: {
          status: 422,
          title: 'Unprocessable Content',
          detail: 'Note invalide / Invalid note',
          errors: [{ field: 'text', message: 'obligatoire / required' }],
        },
      },
    });
    const expired = expiries();

    const error = await failure(
      answered(client.POST('/api/v1/reports/{id}/notes', { params: { path: { id: 'r1' } }, body: { text: '' } })),
    );

    expect(error.status).toBe(422);
    expect(error.message).toBe('Note invalide / Invalid note');
    expect(error.problem.errors).toEqual([{ field: 'text', message: 'obligatoire / required' }]);
    expect(expired).not.toHaveBeenCalled();
  });

  it('falls back to the status when the error has no JSON body', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));

    const error = await failure(answered(client.GET('/api/v1/rules')));

    expect(error.problem).toEqual({ status: 502, title: 'Bad Gateway' });
  });

  it('sends the session cookie, asks for JSON and echoes the CSRF token on changes only', async () => {
    document.cookie = 'XSRF-TOKEN=jeton-789';
    const network = stubFetch({
      'GET /api/v1/rules/rescoring': { status: 200, body: { state: 'IDLE' } },
      'DELETE /api/v1/reports/r1/claim': { status: 204 },
    });

    expect(await answered(client.GET('/api/v1/rules/rescoring'))).toEqual({ state: 'IDLE' });
    expect(await done(client.DELETE('/api/v1/reports/{id}/claim', { params: { path: { id: 'r1' } } }))).toBeUndefined();

    const [read, release] = network.sent;
    expect(read?.credentials).toBe('same-origin');
    expect(read?.headers.get('Accept')).toBe('application/json, application/problem+json');
    expect(read?.headers.get('X-XSRF-TOKEN')).toBeNull();
    expect(release?.headers.get('X-XSRF-TOKEN')).toBe('jeton-789');
  });
});
