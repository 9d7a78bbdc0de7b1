import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ALERT = {
  id: 'a-1',
  kind: 'UNCLAIMED',
  reportId: 'r-1',
  priority: 'P1',
  platform: 'CLASSIFIED_AD',
  department: '69',
  worker: null,
  since: '2026-11-29T20:05:00Z',
  waiting: 'PT16M',
  raisedAt: '2026-11-29T20:20:00Z',
  recipients: ['dominique'],
  noCoordinatorOnDuty: false,
  acknowledgedBy: null,
  acknowledgedAt: null,
  resolvedAt: null,
  link: '/signalements/r-1',
};

function alertsAnswer(items: unknown[]) {
  return {
    status: 200,
    body: { items, onDuty: true, noCoordinatorOnDuty: false, thresholds: { P1: 'PT15M' }, claimedUndecided: 'PT2H' },
  };
}

describe('AlertsPanel', () => {
  it('shows a coordinator her alerts with a link, and records her acknowledgement', async () => {
    let acknowledged = false;
    const network = stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles: ['COORDINATOR'] } },
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
      'GET /api/v1/queue/alerts': () =>
        alertsAnswer([acknowledged ? { ...ALERT, acknowledgedBy: 'dominique', acknowledgedAt: '2026-11-29T20:21:00Z' } : ALERT]),
      'POST /api/v1/queue/alerts/a-1/acknowledgement': () => {
        acknowledged = true;
        return { status: 200, body: { ...ALERT, acknowledgedBy: 'dominique' } };
      },
    });

    renderApp('/file');

    const panel = await screen.findByRole('alert', { name: 'Alertes de coordination' });
    expect(panel.textContent).toContain('1 alerte à prendre en compte');
    expect(panel.textContent).toContain('vous êtes d’astreinte');
    expect(within(panel).getByRole('link', { name: 'P1 sans prise en charge' }).getAttribute('href')).toBe('/signalements/r-1');
    expect(panel.textContent).toContain('Annonces · dép. 69 · depuis 16 min');
    await waitFor(() => expect(document.title).toBe('(1) Vigie'));

    fireEvent.click(within(panel).getByRole('button', { name: 'Prendre en compte' }));

    expect(await screen.findByText(/pris en compte par dominique/)).toBeTruthy();
    expect(network.sent.some((r) => r.method === 'POST' && r.url === '/api/v1/queue/alerts/a-1/acknowledgement')).toBe(true);
    await waitFor(() => expect(document.title).toBe('Vigie'));
  });

  it('notifies the desktop of an alert that was not there before, without any report content', async () => {
    const shown: { title: string; body?: string }[] = [];
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = vi.fn();
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body });
      }
    }
    vi.stubGlobal('Notification', FakeNotification);
    let second = false;
    stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles: ['COORDINATOR'] } },
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
      'GET /api/v1/queue/alerts': () => alertsAnswer(second ? [ALERT, { ...ALERT, id: 'a-2', kind: 'ESCALATION', worker: 'lea' }] : [ALERT]),
      'GET /api/v1/shifts/now': { status: 404 },
    });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderApp('/file');
      await screen.findByRole('alert', { name: 'Alertes de coordination' });
      expect(shown).toEqual([]);
      second = true;
      await vi.advanceTimersByTimeAsync(15_000);
      await waitFor(() => expect(shown).toEqual([{ title: 'Vigie — P1 escaladé par lea', body: 'Annonces · dép. 69 · depuis 16 min' }]));
    } finally {
      vi.useRealTimers();
    }
  });

  it('says 19 unclaimed P1 in one line with a link to them, and acknowledges them together in one call', async () => {
    const many = Array.from({ length: 19 }, (_, i) => ({ ...ALERT, id: `p1-${i}`, reportId: `r-${i}`, link: `/signalements/r-${i}` }));
    let acknowledged = new Set<string>();
    const network = stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles: ['COORDINATOR'] } },
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
      'GET /api/v1/queue/alerts': () =>
        alertsAnswer(many.map((a) => (acknowledged.has(a.id) ? { ...a, acknowledgedBy: 'dominique' } : a))),
      'POST /api/v1/queue/alerts/acknowledgements': () => {
        acknowledged = new Set(many.map((a) => a.id));
        return { status: 200, body: { acknowledged: many.map((a) => ({ ...a, acknowledgedBy: 'dominique' })), already: [] } };
      },
    });

    renderApp('/file');

    const panel = await screen.findByRole('alert', { name: 'Alertes de coordination' });
    expect(panel.textContent).toContain('19 P1 en attente — voir');
    expect(within(panel).getAllByRole('link')).toHaveLength(1);
    expect(within(panel).getByRole('link', { name: 'voir' }).getAttribute('href')).toBe('/file?band=P1');

    fireEvent.click(within(panel).getByRole('button', { name: 'Tout prendre en compte' }));

    expect(await screen.findByText('19 alertes prises en compte.')).toBeTruthy();
    expect(await within(panel).findByText('— pris en compte')).toBeTruthy();
    expect(within(panel).getAllByRole('link')).toHaveLength(1);
    const posts = network.sent.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.url)).toEqual(['/api/v1/queue/alerts/acknowledgements']);
    expect(JSON.parse(posts[0]?.body ?? '{}')).toEqual({ ids: many.map((a) => a.id) });
  });

  it('says how many a colleague had taken already, and when the group is refused says none was taken', async () => {
    const three = Array.from({ length: 3 }, (_, i) => ({ ...ALERT, id: `p1-${i}`, reportId: `r-${i}`, link: `/signalements/r-${i}` }));
    let answer: { status: number; body: unknown } = {
      status: 422,
      body: { status: 422, detail: 'La demande contient des champs invalides', errors: [{ field: 'ids[2]', message: 'alerte inconnue' }] },
    };
    stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles: ['COORDINATOR'] } },
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
      'GET /api/v1/queue/alerts': () => alertsAnswer(three),
      'POST /api/v1/queue/alerts/acknowledgements': () => answer,
    });

    renderApp('/file');
    const panel = await screen.findByRole('alert', { name: 'Alertes de coordination' });

    fireEvent.click(within(panel).getByRole('button', { name: 'Tout prendre en compte' }));
    expect(await screen.findByText(/^Aucune prise en compte/)).toBeTruthy();

    answer = {
      status: 200,
      body: {
        acknowledged: three.slice(0, 2).map((a) => ({ ...a, acknowledgedBy: 'dominique' })),
        already: [{ ...three[2], acknowledgedBy: 'camille' }],
      },
    };
    fireEvent.click(within(panel).getByRole('button', { name: 'Tout prendre en compte' }));
    expect(await screen.findByText('Prises en compte : 2 ; 1 l’était déjà.')).toBeTruthy();
  });

  it('is not asked for by a worker', async () => {
    const network = stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'lea', roles: ['WORKER'] } },
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
    });

    renderApp('/file');

    expect(await screen.findByRole('heading', { name: 'File des signalements' })).toBeTruthy();
    expect(network.sent.some((call) => call.url === '/api/v1/queue/alerts')).toBe(false);
  });
});
