import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/renderApp';
import { stubFetch } from '../../testing/stubFetch';
import { UNREACHABLE_RETRY_MS } from './SessionProvider';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('SessionProvider', () => {
  it('says the server does not answer, never shows the login form for it, and tries again until it answers', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let up = false;
    const network = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (!up) throw new TypeError('Failed to fetch');
      if (new URL(request.url).pathname === '/api/v1/auth/me') {
        return new Response(JSON.stringify({ username: 'dominique', roles: ['ADMIN'] }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      return new Response(JSON.stringify({ items: [] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    vi.stubGlobal('fetch', network);

    renderApp('/admin/journal');

    expect(await screen.findByRole('heading', { name: 'Le serveur Vigie ne répond pas' })).toBeTruthy();
    expect(screen.queryByLabelText('Identifiant')).toBeNull();
    up = true;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(UNREACHABLE_RETRY_MS + 100);
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeTruthy();
  });

  it('sends a visitor the server does not know to the login form', async () => {
    stubFetch({ 'GET /api/v1/auth/me': { status: 401, body: { status: 401 } } });
    renderApp('/file');
    expect(await screen.findByLabelText('Identifiant')).toBeTruthy();
    expect(screen.getByText('Connectez-vous pour accéder à la file des signalements.')).toBeTruthy();
  });
});
