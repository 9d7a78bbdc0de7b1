import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueueItem } from '../../../lib/api/types';
import { queueItem } from '../queueItem.testing';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';
import { REFRESH_INTERVAL_MS } from '../hooks/useQueue';

const ME = { status: 200, body: { username: 'camille', roles: ['WORKER'] } };

const report = (overrides: Partial<QueueItem>) =>
  queueItem(undefined, { platform: 'OTHER', platformName: null, ...overrides });

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('QueuePage', () => {
  it('shows the reports in the order given, with French labels', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': {
        status: 200,
        body: {
          items: [
            // Deliberately not sorted by priority: the backend's order is kept.
            report({
              priority: 'P2',
              score: 72.5,
              platform: 'CLASSIFIED_AD',
              platformName: 'PetitesAnnonces',
              city: 'Lyon',
              department: '69',
              signals: [{ code: 'AGE', label: 'Âge déclaré mineur', evidence: '16 ans', ranges: [] }],
              excerpt: 'Annonce fictive, nouvelle en ville …',
            }),
            report({
              priority: 'P1',
              score: 95,
              platform: 'DATING',
              platformName: '<b>Rencontres</b>',
              status: 'IN_REVIEW',
            }),
            report({ priority: 'P4', platform: 'MESSAGING' }),
          ],
        },
      },
    });

    renderApp('/file');

    expect(await screen.findByRole('heading', { name: 'File des signalements' })).toBeTruthy();
    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'P2 Élevée',
      'P1 Immédiat',
      'P4 Faible',
    ]);

    const [first, second, third] = rows;
    expect(first?.textContent).toContain('Annonces');
    expect(first?.textContent).toContain('PetitesAnnonces');
    expect(first?.textContent).toContain('69');
    expect(first?.textContent).toContain('Lyon');
    expect(first?.textContent).toContain('72,5');
    // the signals' words and the start of the text: enough to choose without opening it
    expect(first?.textContent).toContain('Âge déclaré mineur « 16 ans »');
    expect(first?.textContent).toContain('Annonce fictive, nouvelle en ville …');
    // how long it has waited, the date in full on hover
    expect(first?.querySelector('time')?.getAttribute('title')).toBe('Reçu le 15/01/2026 10:31');
    expect(first?.textContent).toContain('Nouveau');
    // Report text is text, never markup.
    expect(second?.textContent).toContain('<b>Rencontres</b>');
    expect(second?.querySelector('b')).toBeNull();
    expect(second?.textContent).toContain('Rencontre');
    expect(second?.textContent).toContain('En cours d’examen');
    expect(third?.textContent).toContain('Messagerie');
  });

  it('says so when nothing is waiting', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
    });

    renderApp('/file');

    expect(await screen.findByText('Aucun signalement en attente')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('refreshes itself every 10 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let items: QueueItem[] = [];
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': () => ({ status: 200, body: { items } }),
    });

    renderApp('/file');
    expect(await screen.findByText('Aucun signalement en attente')).toBeTruthy();

    items = [report({ platform: 'FORUM', platformName: 'Forum des ados' })];
    await act(() => vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS));

    expect(await screen.findByText('Forum des ados')).toBeTruthy();
  });

  it('goes to the login page when the session has expired', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': { status: 401, body: { status: 401, title: 'Unauthorized' } },
    });

    renderApp('/file');

    expect(await screen.findByLabelText('Identifiant')).toBeTruthy();
  });

  it('signs out with the CSRF token and returns to the login page', async () => {
    document.cookie = 'XSRF-TOKEN=jeton-123';
    const fetchMock = stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
      'POST /api/v1/auth/logout': { status: 204 },
    });

    renderApp('/file');
    await userEvent.click(await screen.findByRole('button', { name: 'Se déconnecter' }));

    expect(await screen.findByLabelText('Identifiant')).toBeTruthy();
    const logout = fetchMock.sent.find((call) => call.url === '/api/v1/auth/logout');
    expect(logout?.headers.get('X-XSRF-TOKEN')).toBe('jeton-123');
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });
});
