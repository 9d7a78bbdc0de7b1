import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../testing/renderApp';
import { stubFetch } from '../testing/stubFetch';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function signedInAsAdmin() {
  return stubFetch({
    'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles: ['ADMIN'] } },
    'GET /api/v1/admin/audit': { status: 200, body: { items: [] } },
    'GET /api/v1/admin/users': { status: 200, body: { items: [] } },
  });
}

describe('AppHeader', () => {
  it('starts with a skip link that puts the focus in the page’s content', async () => {
    signedInAsAdmin();
    const user = userEvent.setup();
    renderApp('/admin/journal');
    await screen.findByRole('heading', { level: 1, name: 'Journal d’audit' });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Aller au contenu' });
    expect(document.activeElement).toBe(skip);
    await user.keyboard('{Enter}');

    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('folds the navigation behind « Menu », which opens it and folds it again once a link is followed', async () => {
    signedInAsAdmin();
    const user = userEvent.setup();
    renderApp('/admin/journal');
    await screen.findByRole('heading', { level: 1, name: 'Journal d’audit' });
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(menu.getAttribute('aria-controls')).toBe('navigation-principale');

    await user.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('banner').className).toContain('menu-open');
    await user.click(screen.getByRole('link', { name: 'Comptes' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Comptes' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeTruthy();
  });

  it('switches the interface to English and remembers the choice', async () => {
    signedInAsAdmin();
    const user = userEvent.setup();
    renderApp('/admin/journal');
    await screen.findByRole('heading', { level: 1, name: 'Journal d’audit' });
    expect(document.documentElement.lang).toBe('fr');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Accounts' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('vigie.language')).toBe('en');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeTruthy();
    expect(localStorage.getItem('vigie.language')).toBe('fr');
  });

  it('links every page to the glossary', async () => {
    signedInAsAdmin();
    const user = userEvent.setup();
    renderApp('/admin/journal');
    await screen.findByRole('heading', { level: 1, name: 'Journal d’audit' });

    await user.click(screen.getByRole('link', { name: 'Glossaire' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Glossaire' })).toBeTruthy();
    expect(screen.getByText('PHAROS', { selector: 'dt' })).toBeTruthy();
  });
});
