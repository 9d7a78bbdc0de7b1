import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queueItem } from '../queueItem.testing';
import { renderApp } from '../../../testing/renderApp';
import { stubEventSource } from '../../../testing/mockEventSource';
import { stubFetch } from '../../../testing/stubFetch';
import { EVENT_DEBOUNCE_MS } from '../../../lib/api/useQueueEvents';

const ME = { status: 200, body: { username: 'camille', roles: ['WORKER'] } };

const report = queueItem;

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.platform-cell .secondary')?.textContent);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.title = 'Vigie';
});

describe('QueuePage: every report, and new ones without a jump', () => {
  it('pages on with « Afficher plus » until the counts are all listed', async () => {
    const first = Array.from({ length: 50 }, (_, i) => report(`a${i}`));
    const second = [report('b0'), report('b1')];
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: first, counts: { P3: 52 }, next: 'curseur-1' } },
      'GET /api/v1/queue?limit=50&after=curseur-1': { status: 200, body: { items: second, counts: { P3: 52 } } },
    });
    renderApp('/file');
    await screen.findByRole('table');
    expect(screen.getByText('50 signalements affichés sur 52.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Afficher plus' }));

    expect(await screen.findByText('52 signalements affichés sur 52 : toute la file.')).toBeTruthy();
    expect(names()).toHaveLength(52);
    expect(names().at(-1)).toBe('Site-b1');
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
  });

  it('keeps new reports behind « N nouveaux », counts the new P1 in the tab title, then inserts them highlighted', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const sources = stubEventSource();
    let items = [report('a', { priority: 'P2' }), report('b')];
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50': () => ({ status: 200, body: { items, counts: {} } }),
    });
    renderApp('/file');
    await screen.findByRole('table');
    act(() => sources.instances.at(-1)!.emit('ready'));

    items = [report('p1', { priority: 'P1' }), report('a', { priority: 'P2' }), report('p1bis', { priority: 'P1' }), report('b')];
    act(() => sources.instances.at(-1)!.emit('queue', { reportId: 'p1', event: 'RECORDED' }));
    await act(() => vi.advanceTimersByTimeAsync(EVENT_DEBOUNCE_MS + 50));

    const button = await screen.findByRole('button', { name: '2 nouveaux (dont 2 P1)' });
    expect(names()).toEqual(['Site-a', 'Site-b']);
    expect(document.title).toBe('(2) Vigie');
    expect(screen.getByText(/2 nouveaux signalements P1 \(immédiat\) dans la file/)).toBeTruthy();

    await userEvent.click(button);

    expect(names()).toEqual(['Site-p1', 'Site-a', 'Site-p1bis', 'Site-b']);
    const fresh = within(screen.getByRole('table')).getAllByRole('row').filter((row) => row.classList.contains('fresh'));
    expect(fresh.map((row) => row.querySelector('.platform-cell .secondary')?.textContent)).toEqual(['Site-p1', 'Site-p1bis']);
    expect(document.title).toBe('Vigie');
    expect(screen.queryByRole('button', { name: /nouveau/ })).toBeNull();
  });

  it('announces no new P1 when the filters are cleared', async () => {
    const p1 = [report('p1', { priority: 'P1' }), report('p1b', { priority: 'P1' })];
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/queue?limit=50&band=P4': { status: 200, body: { items: [report('d', { priority: 'P4' })], counts: {} } },
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [...p1, report('d', { priority: 'P4' })], counts: {} } },
    });
    renderApp('/file?band=P4');
    await screen.findByText('Site-d');

    await userEvent.click(screen.getByRole('button', { name: 'Retirer les filtres' }));

    expect(await screen.findByText('Site-p1')).toBeTruthy();
    expect(screen.queryByText(/nouveaux? signalements? P1/)).toBeNull();
    expect(screen.queryByRole('button', { name: /nouveau/ })).toBeNull();
    expect(document.title).toBe('Vigie');
  });
});
