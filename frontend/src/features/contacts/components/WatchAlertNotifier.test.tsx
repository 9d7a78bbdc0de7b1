import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ALERT = {
  id: 'w-1',
  reportId: 'r-9',
  priority: 'P2',
  platform: 'CLASSIFIED_AD',
  department: '69',
  raisedAt: '2026-12-02T19:00:00Z',
};

interface Shown {
  title: string;
  body?: string;
  notification: { onclick: (() => void) | null };
}

function fakeNotifications(permission: NotificationPermission) {
  const shown: Shown[] = [];
  class FakeNotification {
    static permission = permission;
    static requestPermission = vi.fn(async () => {
      FakeNotification.permission = 'granted';
      return 'granted';
    });
    onclick: (() => void) | null = null;
    constructor(title: string, options?: { body?: string }) {
      shown.push({ title, body: options?.body, notification: this });
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { shown, FakeNotification };
}

describe('WatchAlertNotifier', () => {
  it('notifies a worker of a watched contact’s new report, once, without the contact, and counts it in the tab title', async () => {
    const { shown } = fakeNotifications('granted');
    let answer: unknown[] = [];
    stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'lea', roles: ['WORKER'] } },
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
      'GET /api/v1/watchlist/alerts/unseen': () => ({ status: 200, body: answer }),
      'GET /api/v1/watchlist': { status: 200, body: { watches: [], alerts: [], unseen: 1 } },
      'GET /api/v1/queue/alerts/settings': { status: 200, body: { email: null } },
    });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderApp('/file');
      expect(await screen.findByRole('heading', { name: 'File des signalements' })).toBeTruthy();
      await vi.advanceTimersByTimeAsync(100);
      expect(shown).toEqual([]);

      answer = [ALERT];
      await vi.advanceTimersByTimeAsync(15_000);
      await waitFor(() => expect(shown).toHaveLength(1));
      expect(shown[0]).toMatchObject({ title: 'Vigie — contact surveillé dans un nouveau signalement P2', body: 'Annonces · dép. 69' });
      await waitFor(() => expect(document.title).toBe('(1) Vigie'));

      // asked again: the same alert is not notified twice
      await vi.advanceTimersByTimeAsync(15_000);
      expect(shown).toHaveLength(1);

      shown[0]?.notification.onclick?.();
      expect(await screen.findByRole('heading', { name: 'Contacts surveillés' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets her allow desktop notifications from her watchlist, and notifies the next alert', async () => {
    const { shown, FakeNotification } = fakeNotifications('default');
    let answer: unknown[] = [];
    stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'lea', roles: ['WORKER'] } },
      'GET /api/v1/watchlist/alerts/unseen': () => ({ status: 200, body: answer }),
      'GET /api/v1/watchlist': { status: 200, body: { watches: [], alerts: [], unseen: 0 } },
      'GET /api/v1/queue/alerts/settings': { status: 200, body: { email: null } },
    });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderApp('/surveillance');
      fireEvent.click(await screen.findByRole('button', { name: 'Activer les notifications du bureau' }));
      expect(await screen.findByText('Notifications du bureau activées.')).toBeTruthy();
      expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1);

      answer = [{ ...ALERT, id: 'w-2', priority: 'P1', platform: null, department: null }];
      await vi.advanceTimersByTimeAsync(15_000);
      await waitFor(() =>
        expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([
          { title: 'Vigie — contact surveillé dans un nouveau signalement P1', body: 'dép. non précisé' },
        ]),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves the address her alerts are e-mailed to, and says when it is refused', async () => {
    let refused = false;
    const network = stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'lea', roles: ['WORKER'] } },
      'GET /api/v1/watchlist/alerts/unseen': { status: 200, body: [] },
      'GET /api/v1/watchlist': { status: 200, body: { watches: [], alerts: [], unseen: 0 } },
      'GET /api/v1/queue/alerts/settings': { status: 200, body: { email: null } },
      'PUT /api/v1/queue/alerts/settings': () =>
        refused
          ? { status: 422, body: { title: 'Invalid', status: 422, field: 'email' } }
          : { status: 200, body: { email: 'lea@example.org' } },
    });
    renderApp('/surveillance');
    const field = await screen.findByLabelText('Adresse électronique pour vos alertes (vide : aucun courriel)');
    fireEvent.change(field, { target: { value: ' lea@example.org ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’adresse' }));
    expect(await screen.findByText('Adresse enregistrée : chaque alerte vous sera envoyée une fois.')).toBeTruthy();
    expect(network.sent.find((r) => r.method === 'PUT')?.body).toBe('{"email":"lea@example.org"}');

    refused = true;
    // the browser accepts « lea@exemple », the server wants a domain with a dot
    fireEvent.change(field, { target: { value: 'lea@exemple' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’adresse' }));
    expect(await screen.findByText('Adresse refusée : vérifiez-la.')).toBeTruthy();
  });
});
