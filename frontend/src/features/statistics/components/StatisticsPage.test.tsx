import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivityFigures } from '../../../lib/api/types';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';
import { lastMonth } from '../statisticsFormat';

const COORDINATOR = { status: 200, body: { username: 'camille', roles: ['COORDINATOR'] } };

const FIGURES: ActivityFigures = {
  from: '2021-03-01',
  to: '2021-03-31',
  interval: 'week',
  timeZone: 'Europe/Paris',
  received: 6,
  byPriority: { P1: 2, P2: 2, P3: 1, P4: 1 },
  byStatus: { NEW: 1, IN_REVIEW: 1, ESCALATED: 1, ACTIONED: 2, CLOSED: 1, MERGED: 0 },
  byDecision: { CONTACT: 1, REFERRAL: 2, NO_ACTION: 1, DUPLICATE: 0, ESCALATE: 1 },
  byReferralChannel: { CRIP: 1, POLICE: 1 },
  byDepartment: { '': 1, '13': 1, '69': 2, '75': 2 },
  byPlatform: { CLASSIFIED_AD: 2, FORUM: 1 },
  byPartner: [{ partnerId: null, name: 'Saisie manuelle', received: 2 }],
  timeToClaim: {
    P1: { p50: 'PT15M', p90: 'PT19M', count: 2, target: 'PT15M', withinTarget: 0.5 },
    P2: { p50: null, p90: null, count: 0, target: null, withinTarget: null },
  },
  timeToDecision: { P1: { p50: 'PT1H30M', p90: 'PT1H54M', count: 2 }, P2: { p50: null, p90: null, count: 0 } },
  series: [
    { start: '2021-03-01', received: 3, decided: 4 },
    { start: '2021-03-08', received: 1, decided: 1 },
  ],
};

// jsdom has no 2D canvas: the charts are drawn in the browser test (StatisticsBrowserIT)
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('StatisticsPage', () => {
  it('shows last month by default, every chart with its table, and the exports', async () => {
    const period = lastMonth(new Date());
    const network = stubFetch({
      'GET /api/v1/auth/me': COORDINATOR,
      [`GET /api/v1/statistics?from=${period.from}&to=${period.to}`]: { status: 200, body: FIGURES },
    });
    renderApp('/statistiques');

    // the page is loaded lazily (with Chart.js): on a loaded machine that takes more than 1 s
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistiques' }, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Du 01/03/2021 au 31/03/2021' })).toBeTruthy();
    expect(network.sent.some((r) => r.url.startsWith('/api/v1/statistics?'))).toBe(true);

    const bands = screen.getByRole('table', { name: 'Signalements reçus par priorité' });
    expect(within(bands).getByRole('row', { name: 'P1 — immédiate 2' })).toBeTruthy();
    const departments = screen.getByRole('table', { name: 'Signalements reçus par département' });
    expect(within(departments).getByRole('row', { name: 'Non renseigné 1' })).toBeTruthy();
    const delays = screen.getByRole('table', { name: /^Délais par priorité/ });
    expect(within(delays).getByRole('row', { name: /^P1 — immédiate 2 15 min 19 min 15 min 50 % 2 1 h 30 1 h 54$/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Évolution par semaine' })).toBeTruthy();
    expect(screen.getAllByRole('img').length).toBeGreaterThanOrEqual(5);

    const pdf = screen.getByRole('link', { name: 'Rapport d’activité (PDF)' });
    expect(pdf.getAttribute('href')).toBe('/api/v1/statistics/export?format=pdf&from=2021-03-01&to=2021-03-31');
  });

  it('asks again for the period chosen', async () => {
    const network = stubFetch({
      'GET /api/v1/auth/me': COORDINATOR,
      'GET /api/v1/statistics?from=2021-03-01&to=2021-03-31&interval=week': { status: 200, body: FIGURES },
    });
    renderApp('/statistiques');
    await screen.findByRole('heading', { level: 1, name: 'Statistiques' }, { timeout: 10_000 });
    const user = userEvent.setup();
    const from = screen.getByLabelText('Du');
    await user.clear(from);
    await user.type(from, '2021-03-01');
    const to = screen.getByLabelText('Au');
    await user.clear(to);
    await user.type(to, '2021-03-31');
    await user.selectOptions(screen.getByLabelText('Pas'), 'week');
    await user.click(screen.getByRole('button', { name: 'Afficher' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Du 01/03/2021 au 31/03/2021' })).toBeTruthy();
    expect(network.sent.map((r) => r.url)).toContain('/api/v1/statistics?from=2021-03-01&to=2021-03-31&interval=week');
  });

  it('is not in a worker’s navigation', async () => {
    stubFetch({ 'GET /api/v1/auth/me': { status: 200, body: { username: 'alix', roles: ['WORKER'] } } });
    renderApp('/file');
    await screen.findByRole('navigation');
    expect(screen.queryByRole('link', { name: 'Statistiques' })).toBeNull();
  });
});
