import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../testing/renderApp';
import { stubFetch } from '../testing/stubFetch';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function signedInAs(roles: string[]) {
  return stubFetch({
    'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles } },
    'GET /api/v1/admin/audit': { status: 200, body: { items: [] } },
    'GET /api/v1/admin/users': { status: 200, body: { items: [] } },
  });
}

describe('WorkbenchLayout', () => {
  it('mounts the header once above a page nested under a role check', async () => {
    signedInAs(['ADMIN']);

    renderApp('/admin/journal');

    expect(await screen.findByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeTruthy();
    expect(screen.getAllByRole('banner')).toHaveLength(1);
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('keeps that one header when the person moves to another page', async () => {
    signedInAs(['ADMIN']);

    renderApp('/admin/journal');
    await userEvent.click(await screen.findByRole('link', { name: 'Comptes' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Comptes' })).toBeTruthy();
    expect(screen.getAllByRole('banner')).toHaveLength(1);
  });

  it('shows the header with the refusal when a role is missing', async () => {
    signedInAs(['WORKER']);

    renderApp('/admin/journal');

    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
    expect(screen.getAllByRole('banner')).toHaveLength(1);
  });

  it('shows no header before the session is known, and sends an anonymous visitor to the login', async () => {
    stubFetch({ 'GET /api/v1/auth/me': { status: 401, body: { status: 401 } } });

    renderApp('/admin/journal');

    expect(screen.getByText('Chargement…')).toBeTruthy();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(await screen.findByLabelText('Identifiant')).toBeTruthy();
    expect(screen.queryByRole('banner')).toBeNull();
  });
});
