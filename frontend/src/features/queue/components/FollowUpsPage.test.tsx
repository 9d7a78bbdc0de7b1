import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';
import { formatDay } from './FollowUpsPage';

afterEach(cleanup);

describe('FollowUpsPage', () => {
  it('lists my due follow-ups with their dates, from the nav entry « Mes relances »', async () => {
    stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'camille', roles: ['WORKER'] } },
      'GET /api/v1/queue?limit=50&followUps=true': {
        status: 200,
        body: {
          items: [
            {
              id: 'r1',
              priority: 'P2',
              score: 40,
              signals: [],
              status: 'ACTIONED',
              observedAt: '2026-01-15T09:30:00Z',
              receivedAt: '2026-01-15T09:31:00Z',
              platform: 'SOCIAL_NETWORK',
              platformName: 'Réseau-test',
              city: null,
              department: null,
              source: null,
              claim: null,
              followUpDue: true,
              followUpOn: '2026-01-20',
            },
          ],
          counts: {},
        },
      },
    });
    renderApp('/relances');

    expect(await screen.findByRole('heading', { name: 'Mes relances' })).toBeTruthy();
    const row = within(await screen.findByRole('table')).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('mardi 20 janvier 2026');
    expect(row.textContent).toContain('Réseau-test');
    expect(row.textContent).toContain('Traité');
    expect(within(row).getByRole('link').getAttribute('href')).toBe('/signalements/r1');
    expect(screen.getByRole('link', { name: 'Mes relances' }).getAttribute('aria-current')).toBe('page');
  });

  it('formats a day in French and leaves anything else as it is', () => {
    expect(formatDay('2026-07-14')).toBe('mardi 14 juillet 2026');
    expect(formatDay('bientôt')).toBe('bientôt');
  });
});
