import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerActivity, WorkerCounts } from '../../../lib/api/types';
import { stubFetch } from '../../../testing/stubFetch';
import { WorkerActivitySection } from './WorkerActivitySection';

const NONE = { CONTACT: 0, REFERRAL: 0, NO_ACTION: 0, DUPLICATE: 0, ESCALATE: 0 };

function counts(partial: Partial<WorkerCounts>): WorkerCounts {
  return {
    claims: 0,
    reportsClaimed: 0,
    decisions: 0,
    reportsHandled: 0,
    byDecision: NONE,
    measured: 0,
    timeSpent: null,
    medianTimeSpent: null,
    ...partial,
  };
}

const ACTIVITY: WorkerActivity = {
  from: '2021-06-01',
  to: '2021-06-30',
  timeZone: 'Europe/Paris',
  workers: [
    {
      worker: 'stat-alice',
      activity: counts({
        claims: 3,
        reportsClaimed: 3,
        decisions: 3,
        reportsHandled: 3,
        byDecision: { ...NONE, CONTACT: 2, ESCALATE: 1 },
        measured: 3,
        timeSpent: 'PT1H10M',
        medianTimeSpent: 'PT20M',
      }),
    },
    { worker: 'stat-coord', activity: counts({ decisions: 1, reportsHandled: 1, byDecision: { ...NONE, NO_ACTION: 1 } }) },
  ],
  shifts: [
    {
      shiftId: '7b0c4f7e-0000-4000-8000-000000000001',
      worker: 'stat-alice',
      start: '2021-06-02T07:00:00Z',
      end: '2021-06-02T09:05:00Z',
      activity: counts({ claims: 2, reportsClaimed: 2, decisions: 1, reportsHandled: 1, byDecision: { ...NONE, CONTACT: 1 }, measured: 1, timeSpent: 'PT30M', medianTimeSpent: 'PT30M' }),
    },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('WorkerActivitySection', () => {
  it('shows each worker over the period and each shift, in French', async () => {
    const network = stubFetch({
      'GET /api/v1/statistics/workers?from=2021-06-01&to=2021-06-30': { status: 200, body: ACTIVITY },
    });
    render(<WorkerActivitySection from="2021-06-01" to="2021-06-30" />);

    const workers = await screen.findByRole('table', { name: 'Activité par intervenant·e sur la période' });
    expect(
      within(workers).getByRole('row', {
        name: 'stat-alice 3 3 3 3 Prise de contact : 2, Transmission à la coordination : 1 1 h 10 20 min',
      }),
    ).toBeTruthy();
    // a decision without a claim of hers before it: no time measured
    expect(within(workers).getByRole('row', { name: 'stat-coord 0 0 1 1 Sans suite : 1 — —' })).toBeTruthy();

    const shifts = screen.getByRole('table', { name: 'Par créneau' });
    expect(
      within(shifts).getByRole('row', {
        name: '02/06/2021 09:00 – 02/06/2021 11:05 stat-alice 2 2 1 1 Prise de contact : 1 30 min 30 min',
      }),
    ).toBeTruthy();
    expect(network.sent.map((r) => r.url)).toEqual(['/api/v1/statistics/workers?from=2021-06-01&to=2021-06-30']);
  });

  it('says so when nobody did anything, and shows no shift table without shifts', async () => {
    stubFetch({
      'GET /api/v1/statistics/workers?from=2021-06-01&to=2021-06-30': {
        status: 200,
        body: { ...ACTIVITY, workers: [], shifts: [] },
      },
    });
    render(<WorkerActivitySection from="2021-06-01" to="2021-06-30" />);
    expect(await screen.findByText('Aucune prise en charge ni décision sur la période.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is not shown to an administrator who is not a coordinator', async () => {
    const network = stubFetch({
      'GET /api/v1/statistics/workers?from=2021-06-01&to=2021-06-30': { status: 403, body: { status: 403 } },
    });
    const { container } = render(<WorkerActivitySection from="2021-06-01" to="2021-06-30" />);
    await vi.waitFor(() => expect(network.sent.length).toBe(1));
    await vi.waitFor(() => expect(container.querySelector('section')).toBeNull());
  });
});
