import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';
import { thresholdMinutes } from './UnclaimedP1Banner';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ALERTS = {
  status: 200,
  body: {
    threshold: 'PT15M',
    unclaimedP1: [
      { id: 'r-1', platform: 'CLASSIFIED_AD', receivedAt: '2026-11-29T20:05:00Z' },
      { id: 'r-2', platform: 'SOCIAL_NETWORK', receivedAt: '2026-11-29T20:20:00Z' },
    ],
  },
};

function signedInAs(roles: string[]) {
  return stubFetch({
    'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles } },
    'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
    'GET /api/v1/queue/alerts': ALERTS,
  });
}

describe('UnclaimedP1Banner', () => {
  it('tells a coordinator which P1 reports wait with nobody on them, with links', async () => {
    signedInAs(['COORDINATOR']);

    renderApp('/file');

    const banner = await screen.findByRole('alert', { name: 'Alertes P1' });
    expect(banner.textContent).toContain('2 signalements P1 attendent une prise en charge depuis plus de 15 min');
    const links = within(banner).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/signalements/r-1', '/signalements/r-2']);
    expect(links[0]?.textContent).toBe('Annonces, reçu à 21:05');
  });

  it('is not asked for by a worker', async () => {
    const fetchMock = signedInAs(['WORKER']);

    renderApp('/file');

    expect(await screen.findByRole('heading', { name: 'File des signalements' })).toBeTruthy();
    expect(fetchMock.sent.some((call) => call.url === '/api/v1/queue/alerts')).toBe(false);
    expect(screen.queryByRole('alert', { name: 'Alertes P1' })).toBeNull();
  });

  it('reads the threshold in minutes', () => {
    expect(thresholdMinutes('PT15M')).toBe(15);
    expect(thresholdMinutes('PT1H30M')).toBe(90);
    expect(thresholdMinutes('P1D')).toBeNull();
  });
});
