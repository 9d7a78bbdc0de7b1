import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';
import { addDays, mondayOf } from '../weekGrid';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const monday = mondayOf(new Date());
const NOW = {
  at: '2026-12-01T20:30:00Z',
  workers: [],
  coordinatorsOnDuty: [],
  shift: null,
  scope: null,
  exposure: null,
  handovers: [{ shiftId: 's-0', author: 'sam', at: '2026-12-01T20:00:00Z', note: 'Deux annonces à revoir', released: 2, scope: { platforms: [], departments: [] } }],
  team: { open: { P1: 1, P2: 0, P3: 4, P4: 9 }, claimedBy: {}, followUpsDue: { sam: 1 } },
};

function calendar() {
  return {
    status: 200,
    body: {
      from: `${monday}T00:00:00+01:00`,
      to: `${addDays(monday, 7)}T00:00:00+01:00`,
      items: [
        {
          id: 's-1',
          username: 'lea',
          kind: 'WORKER',
          start: new Date(`${monday}T20:00:00Z`).toISOString(),
          end: new Date(`${addDays(monday, 1)}T04:00:00Z`).toISOString(),
          platforms: [],
          departments: ['69'],
          seriesId: null,
          slots: null,
          signedUp: null,
          openShiftId: null,
          endedAt: null,
        },
      ],
      gaps: [{ start: new Date(`${addDays(monday, 1)}T04:00:00Z`).toISOString(), end: new Date(`${addDays(monday, 7)}T00:00:00Z`).toISOString() }],
    },
  };
}

describe('PlanningPage', () => {
  it('shows the week with the shifts, the hours nobody covers, who is on duty and the handovers', async () => {
    stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles: ['COORDINATOR'] } },
      [`GET /api/v1/shifts?from=${monday}&to=${addDays(monday, 7)}`]: calendar(),
      'GET /api/v1/shifts/now': { status: 200, body: NOW },
      'GET /api/v1/queue/alerts': { status: 200, body: { items: [], onDuty: false, noCoordinatorOnDuty: true, thresholds: {}, claimedUndecided: 'PT2H' } },
    });

    renderApp('/planning');

    expect(await screen.findByRole('heading', { name: 'Planning des créneaux' })).toBeTruthy();
    expect(await screen.findByText('Personne n’est d’astreinte : les alertes vont à toute la coordination.')).toBeTruthy();
    expect(screen.getByText(/Deux annonces à revoir/)).toBeTruthy();
    const blocks = await screen.findAllByTitle(/lea — Maraude/);
    expect(blocks).toHaveLength(2); // the night shift covers two days
    expect(document.querySelectorAll('.calendar-gap').length).toBeGreaterThan(0);
    expect(screen.getByText(/h sans personne en maraude cette semaine/)).toBeTruthy();
  });

  it('plans a night shift that ends the next morning, and shows the field the server refused', async () => {
    let tries = 0;
    const network = stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles: ['COORDINATOR'] } },
      [`GET /api/v1/shifts?from=${monday}&to=${addDays(monday, 7)}`]: calendar(),
      'GET /api/v1/shifts/now': { status: 200, body: NOW },
      'POST /api/v1/shifts': () =>
        ++tries === 1
          ? { status: 422, body: { status: 422, detail: 'invalide', errors: [{ field: 'username', message: 'compte inconnu ou désactivé / unknown' }] } }
          : { status: 201, body: { id: 's-2', occurrences: [] } },
    });

    renderApp('/planning');
    const form = await screen.findByRole('form', { name: 'Planifier un créneau' });
    fireEvent.change(screen.getByLabelText(/Personne/), { target: { value: 'camille' } });
    fireEvent.change(screen.getByLabelText('Départements'), { target: { value: '69' } });
    fireEvent.submit(form);

    expect(await screen.findByText('compte inconnu ou désactivé')).toBeTruthy();
    fireEvent.submit(form);
    expect(await screen.findByText('Créneau enregistré.')).toBeTruthy();
    const sent = network.sent.filter((r) => r.method === 'POST' && r.url === '/api/v1/shifts').at(-1);
    const body = JSON.parse(sent?.body ?? '{}') as { start: string; end: string; departments: string[]; kind: string };
    expect(body.departments).toEqual(['69']);
    expect(body.kind).toBe('WORKER');
    await waitFor(() => expect(new Date(body.end).getTime() - new Date(body.start).getTime()).toBe(8 * 3600 * 1000));
  });
});
