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

describe('second factor', () => {
  it('asks for the code after a right password and sends it with the credentials', async () => {
    let attempts = 0;
    const fetchMock = stubFetch({
      'GET /api/v1/auth/me': UNAUTHORIZED,
      'POST /api/v1/auth/login': () =>
        ++attempts === 1
          ? { status: 401, body: { status: 401, detail: 'Code requis', secondFactor: 'TOTP' } }
          : { status: 200, body: { username: 'camille', roles: ['WORKER'], secondFactorEnabled: true } },
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
    });

    renderApp('/connexion');
    await userEvent.type(await screen.findByLabelText('Identifiant'), 'camille');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'une-phrase-longue');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    await userEvent.type(await screen.findByLabelText('Code de vérification'), '123456');
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('heading', { name: 'File des signalements' })).toBeTruthy();
    const logins = fetchMock.sent.filter((call) => call.url === '/api/v1/auth/login');
    expect(JSON.parse(String(logins[1]?.body))).toEqual({
      username: 'camille',
      password: 'une-phrase-longue',
      code: '123456',
    });
  });

  it('sends a person whose role requires it to the set-up page, and sets it up', async () => {
    let enabled = false;
    const fetchMock = stubFetch({
      'GET /api/v1/auth/me': () => ({
        status: 200,
        body: { username: 'dominique', roles: ['COORDINATOR'], secondFactorRequired: true, secondFactorEnabled: enabled },
      }),
      'POST /api/v1/auth/second-factor/setup': {
        status: 200,
        body: { secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', uri: 'otpauth://totp/Vigie%3Adominique?secret=JBSWY3DPEHPK3PXPJBSWY3DP' },
      },
      'POST /api/v1/auth/second-factor/confirm': () => {
        enabled = true;
        return { status: 204 };
      },
    });

    renderApp('/file');

    expect(await screen.findByRole('heading', { name: 'Double authentification' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Générer ma clé' }));
    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Code à 6 chiffres'), '654321');
    await userEvent.click(screen.getByRole('button', { name: 'Activer' }));

    expect((await screen.findByRole('status')).textContent).toContain('La double authentification est active');
    const confirm = fetchMock.sent.find((call) => call.url === '/api/v1/auth/second-factor/confirm');
    expect(JSON.parse(String(confirm?.body))).toEqual({ code: '654321' });
  });
});
