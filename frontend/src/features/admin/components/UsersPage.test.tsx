import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';
import type { UserAccount } from '../api/adminApi';

const ADMIN = { status: 200, body: { username: 'admin', roles: ['ADMIN'] } };

function account(overrides: Partial<UserAccount>): UserAccount {
  return {
    id: crypto.randomUUID(),
    username: 'camille',
    roles: ['WORKER'],
    enabled: true,
    locked: false,
    secondFactor: false,
    createdAt: '2026-01-15T09:30:00Z',
    updatedAt: '2026-01-15T09:30:00Z',
    ...overrides,
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('UsersPage', () => {
  it('lists the accounts with their roles and state in French', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ADMIN,
      'GET /api/v1/admin/users': {
        status: 200,
        body: {
          items: [
            account({ username: 'admin', roles: ['ADMIN', 'COORDINATOR'], secondFactor: true }),
            account({ username: 'camille', locked: true }),
            account({ username: 'dominique', enabled: false }),
          ],
        },
      },
    });

    renderApp('/admin/utilisateurs');

    expect(await screen.findByRole('heading', { name: 'Comptes' })).toBeTruthy();
    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('adminAdministration, CoordinationActifActivée'),
      expect.stringContaining('camilleIntervenant·eVerrouillé—'),
      expect.stringContaining('dominiqueIntervenant·eDésactivé'),
    ]);
  });

  it('shows the field at fault when the password is refused', async () => {
    const fetchMock = stubFetch({
      'GET /api/v1/auth/me': ADMIN,
      'GET /api/v1/admin/users': { status: 200, body: { items: [] } },
      'POST /api/v1/admin/users': {
        status: 422,
        body: {
          status: 422,
          detail: 'Some fields are invalid',
          errors: [{ field: 'password', message: 'Mot de passe trop courant / Too common a password' }],
        },
      },
    });

    renderApp('/admin/utilisateurs');
    await userEvent.type(await screen.findByLabelText('Identifiant'), 'sacha');
    await userEvent.type(screen.getByLabelText('Mot de passe initial'), 'azertyuiop123');
    await userEvent.click(screen.getByLabelText('Coordination'));
    await userEvent.click(screen.getByRole('button', { name: 'Créer le compte' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Mot de passe : Mot de passe trop courant');
    const create = fetchMock.sent.find((call) => call.url === '/api/v1/admin/users' && call.method === 'POST');
    expect(JSON.parse(String(create?.body))).toEqual({
      username: 'sacha',
      password: 'azertyuiop123',
      roles: ['WORKER', 'COORDINATOR'],
    });
  });

  it('is refused to a worker, who sees no administration link', async () => {
    stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'camille', roles: ['WORKER'] } },
    });

    renderApp('/admin/utilisateurs');

    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Comptes' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Journal d’audit' })).toBeNull();
  });
});
