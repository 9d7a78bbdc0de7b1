import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueueItem } from '../../../lib/api/types';
import { queueItem } from '../queueItem.testing';
import { renderApp } from '../../../testing/renderApp';
import { stubEventSource } from '../../../testing/mockEventSource';
import { stubFetch } from '../../../testing/stubFetch';
import { EVENT_DEBOUNCE_MS } from '../../../lib/api/useQueueEvents';
import { REFRESH_INTERVAL_MS } from '../hooks/useQueue';

const ME = { status: 200, body: { username: 'camille', roles: ['WORKER'] } };
const CLAIM = { claimedAt: '2026-01-15T09:00:00Z', expiresAt: '2026-01-15T09:20:00Z' };

const report = queueItem;

const ITEMS = [
  report('a', { priority: 'P1', claim: { worker: 'dominique', ...CLAIM } }),
  report('b', { priority: 'P2', claim: { worker: 'camille', ...CLAIM }, followUpDue: true }),
  report('c', { priority: 'P3' }),
];
const QUEUE = { status: 200, body: { items: ITEMS, counts: { P1: 1, P2: 1, P3: 1, P4: 0 } } };

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('QueuePage: triage', () => {
  it('shows counts per band, who holds each report and the follow-ups due', async () => {
    stubFetch({ 'GET /api/v1/auth/me': ME, 'GET /api/v1/queue?limit=50': QUEUE });
    renderApp('/file');

    await screen.findByRole('table');
    const counts = screen.getByRole('list', { name: 'Signalements ouverts par priorité' });
    expect(within(counts).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'P1 Immédiat 1',
      'P2 Élevée 1',
      'P3 À vérifier 1',
      'P4 Faible 0',
    ]);
    const [first, second, third] = rows();
    expect(first?.textContent).toContain('Pris en charge par dominique');
    expect(second?.textContent).toContain('Pris en charge par vous');
    expect(second?.textContent).toContain('Relance due');
    expect(third?.textContent).toContain('Libre');
    expect(within(first!).getByRole('link').getAttribute('href')).toBe('/signalements/a');
  });

  it('asks the server for the chosen filters', async () => {
    const fetchMock = stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': QUEUE,
      'GET /api/v1/queue?limit=50&band=P1': QUEUE,
      'GET /api/v1/queue?limit=50&band=P1&mine=true': { status: 200, body: { items: [], counts: {} } },
    });
    renderApp('/file');
    const user = userEvent.setup();
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Priorité'), 'P1');
    await user.click(screen.getByLabelText('Mes signalements'));

    expect(await screen.findByText('Aucun signalement pour ces filtres')).toBeTruthy();
    const urls = fetchMock.sent.map((call) => call.url);
    expect(urls).toContain('/api/v1/queue?limit=50&band=P1');
    expect(urls).toContain('/api/v1/queue?limit=50&band=P1&mine=true');

    await user.click(screen.getByRole('button', { name: 'Retirer les filtres' }));
    await screen.findByRole('table');
  });

  it('moves with j / k, opens with Enter, and leaves the keys alone while typing', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': QUEUE,
      'GET /api/v1/queue?limit=50&department=j': QUEUE,
      'GET /api/v1/reports/b': { status: 404, body: { status: 404 } },
    });
    renderApp('/file');
    const user = userEvent.setup();
    await screen.findByRole('table');

    await user.keyboard('j');
    expect(rows()[0]?.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(within(rows()[0]!).getByRole('link'));
    await user.keyboard('jjk');
    expect(rows()[1]?.getAttribute('aria-current')).toBe('true');
    expect(rows()[0]?.getAttribute('aria-current')).toBeNull();

    // Typing « j » in a field types it.
    await user.click(screen.getByLabelText('Département'));
    await user.keyboard('j');
    expect((screen.getByLabelText('Département') as HTMLInputElement).value).toBe('j');
    await waitFor(() => expect(rows()[1]?.getAttribute('aria-current')).toBe('true'));

    // Back on the page (focus off the field), Enter opens the selected report.
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Signalement introuvable' })).toBeTruthy();
  });

  it('claims the selected report with c and says so', async () => {
    const fetchMock = stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': QUEUE,
      'POST /api/v1/reports/c/claim': { status: 200, body: { worker: 'camille', ...CLAIM } },
    });
    renderApp('/file');
    const user = userEvent.setup();
    await screen.findByRole('table');

    await user.keyboard('c');
    expect(await screen.findByText('Sélectionnez d’abord un signalement avec j ou k.')).toBeTruthy();

    await user.keyboard('jjjc');
    expect(await screen.findByText(/^Signalement P3 pris en charge par vous jusqu’à \d\d:\d\d\.$/)).toBeTruthy();
    expect(fetchMock.sent.some((call) => call.url === '/api/v1/reports/c/claim' && call.method === 'POST')).toBe(
      true,
    );
  });

  it('names who holds the report when c is refused (409)', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': QUEUE,
      'POST /api/v1/reports/a/claim': {
        status: 409,
        body: {
          status: 409,
          detail: 'Déjà pris en charge par dominique / Already claimed by dominique',
          claim: { worker: 'dominique', ...CLAIM },
        },
      },
    });
    renderApp('/file');
    const user = userEvent.setup();
    await screen.findByRole('table');

    await user.keyboard('jc');

    const message = await screen.findByText('Pris en charge par dominique', { selector: '[aria-live]' });
    expect(message.getAttribute('aria-live')).toBe('polite');
  });

  it('reloads on a server-sent event, once for a burst, and polls only while the stream is down', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const sources = stubEventSource();
    let items: QueueItem[] = [];
    const fetchMock = stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': () => ({ status: 200, body: { items, counts: {} } }),
    });
    const queueCalls = () => fetchMock.sent.filter((call) => call.url.startsWith('/api/v1/queue')).length;
    renderApp('/file');
    expect(await screen.findByText('Aucun signalement en attente')).toBeTruthy();

    const source = sources.instances.at(-1)!;
    expect(source.url).toBe('/api/v1/queue/events');
    act(() => source.emit('ready'));
    expect(await screen.findByText(/Mise à jour en direct/)).toBeTruthy();

    // Live: no polling.
    const before = queueCalls();
    await act(() => vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS * 2));
    expect(queueCalls()).toBe(before);

    // A new P1 arrives: three events, one reload, no navigation.
    items = [report('p1', { priority: 'P1', platformName: 'Nouvelle annonce' })];
    act(() => {
      source.emit('queue', { reportId: 'p1', event: 'RECORDED' });
      source.emit('queue', { reportId: 'p1', event: 'RAISED' });
      source.emit('queue', { reportId: 'x', event: 'CLAIMED' });
    });
    await act(() => vi.advanceTimersByTimeAsync(EVENT_DEBOUNCE_MS + 50));
    expect(await screen.findByText('Nouvelle annonce')).toBeTruthy();
    expect(queueCalls()).toBe(before + 1);
    expect(screen.getByText('Nouveau signalement P1 (immédiat) dans la file.')).toBeTruthy();

    // The stream breaks: back to polling every 10 s.
    act(() => source.fail());
    expect(await screen.findByText(/toutes les 10 secondes/)).toBeTruthy();
    const broken = queueCalls();
    await act(() => vi.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS));
    expect(queueCalls()).toBe(broken + 1);
  });
});
