import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';

const UNAUTHORIZED = { status: 401, body: { status: 401, title: 'Unauthorized' } };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function signIn(username: string, password: string) {
  await userEvent.type(await screen.findByLabelText('Identifiant'), username);
  await userEvent.type(screen.getByLabelText('Mot de passe'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('LoginPage', () => {
  it('is where an anonymous visitor of / ends up', async () => {
    stubFetch({ 'GET /api/v1/auth/me': UNAUTHORIZED });

    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Vigie' })).toBeTruthy();
    expect(screen.getByLabelText('Identifiant')).toBeTruthy();
  });

  it('shows an error on bad credentials', async () => {
    const fetchMock = stubFetch({
      'GET /api/v1/auth/me': UNAUTHORIZED,
      'POST /api/v1/auth/login': {
        status: 401,
        body: { status: 401, title: 'Unauthorized', detail: 'Bad credentials' },
      },
    });

    renderApp('/connexion');
    await signIn('camille', 'mauvais');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Identifiant ou mot de passe incorrect',
    );
    const login = fetchMock.sent.find((call) => call.url === '/api/v1/auth/login');
    expect(login?.body).toBe('{"username":"camille","password":"mauvais"}');
    expect(login?.credentials).toBe('same-origin');
  });

  it('asks for the code, then says why it is refused in the server’s words', async () => {
    const answers = [
      { status: 401, body: { status: 401, detail: 'Code de vérification requis / Verification code required', secondFactor: 'TOTP' } },
      {
        status: 401,
        body: {
          status: 401,
          detail:
            'Double authentification illisible par le serveur : demandez à un administrateur de la réinitialiser / Second factor unreadable: ask an administrator to reset it',
          secondFactor: 'TOTP',
        },
      },
    ];
    stubFetch({
      'GET /api/v1/auth/me': UNAUTHORIZED,
      'POST /api/v1/auth/login': () => answers.shift() ?? UNAUTHORIZED,
    });

    renderApp('/connexion');
    await signIn('camille', 'correct');
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.type(await screen.findByLabelText(/Code/), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Double authentification illisible par le serveur : demandez à un administrateur de la réinitialiser',
    );
  });

  it('opens the queue after a successful login', async () => {
    stubFetch({
      'GET /api/v1/auth/me': UNAUTHORIZED,
      'POST /api/v1/auth/login': { status: 200, body: { username: 'camille', roles: ['WORKER'] } },
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
    });

    renderApp('/connexion');
    await signIn('camille', 'correct');

    expect(await screen.findByRole('heading', { name: 'File des signalements' })).toBeTruthy();
    expect(screen.getByText('Connecté·e : camille')).toBeTruthy();
  });
});
