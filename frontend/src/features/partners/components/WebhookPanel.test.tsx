import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';

const ADMIN = { status: 200, body: { username: 'alix', roles: ['ADMIN'] } };
const ID = '11111111-1111-4111-8111-111111111111';
const HOOK = `/api/v1/admin/partners/${ID}/webhook`;
const PARTNER = { id: ID, name: 'Acme Veille', createdAt: '2026-01-15T09:30:00Z', requestsPerMinute: null, keys: [] };
const WEBHOOK = { partnerId: ID, url: 'https://acme.example/vigie', createdAt: '2026-01-16T09:30:00Z',
  updatedAt: '2026-01-16T09:30:00Z', previousSecretValidUntil: null };
const DELIVERY = {
  id: '99999999-9999-4999-8999-999999999999', reportId: '88888888-8888-4888-8888-888888888888', status: 'ACTIONED',
  outcome: 'REFERRAL', occurredAt: '2026-01-16T10:00:00Z', state: 'FAILED', attempts: 12, nextAttemptAt: null,
  createdAt: '2026-01-16T10:00:01Z', finishedAt: '2026-01-17T10:00:01Z', lastStatusCode: 503, lastError: null,
  replayOf: null, requestedBy: null, attemptLog: [],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('WebhookPanel', () => {
  it('shows the secret once when the URL is set, and names the field when the URL is refused', async () => {
    let set = false;
    const { sent } = stubFetch({
      'GET /api/v1/auth/me': ADMIN,
      'GET /api/v1/admin/partners': { status: 200, body: [PARTNER] },
      [`GET ${HOOK}`]: () => (set ? { status: 200, body: WEBHOOK } : { status: 404 }),
      [`GET ${HOOK}/deliveries`]: () => ({ status: 200, body: { items: [] } }),
      [`PUT ${HOOK}`]: () => {
        const body = sent[sent.length - 1]!.body ?? '';
        if (body.includes('10.0.0.1')) {
          return { status: 422, body: { status: 422, errors: [{ field: 'url', message: 'adresse privée / private address : seules les adresses publiques sont permises / only public addresses are allowed' }] } };
        }
        set = true;
        return { status: 200, body: { partnerId: ID, url: WEBHOOK.url, secret: 'whsec_0123456789abcdef', previousSecretValidUntil: null } };
      },
    });
    renderApp('/admin/partenaires');

    const panel = (await screen.findByRole('heading', { name: 'Webhook' })).closest('section')!;
    expect(within(panel).getByText(/Aucun webhook/)).toBeTruthy();
    const url = within(panel).getByLabelText('Adresse du webhook');
    await userEvent.type(url, 'https://10.0.0.1/hook');
    await userEvent.click(within(panel).getByRole('button', { name: 'Enregistrer le webhook' }));
    expect(await within(panel).findByText(/adresse privée/)).toBeTruthy();
    expect(url.getAttribute('aria-invalid')).toBe('true');

    await userEvent.clear(url);
    await userEvent.type(url, WEBHOOK.url);
    await userEvent.click(within(panel).getByRole('button', { name: 'Enregistrer le webhook' }));
    expect(await within(panel).findByText('whsec_0123456789abcdef')).toBeTruthy();
    expect(within(panel).getByText(/une seule fois/)).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: 'J’ai transmis le secret' }));
    expect(within(panel).queryByText('whsec_0123456789abcdef')).toBeNull();
    expect(within(panel).getByText(WEBHOOK.url)).toBeTruthy();
  });

  it('lists the deliveries and replays one', async () => {
    const { sent } = stubFetch({
      'GET /api/v1/auth/me': ADMIN,
      'GET /api/v1/admin/partners': { status: 200, body: [PARTNER] },
      [`GET ${HOOK}`]: { status: 200, body: WEBHOOK },
      [`GET ${HOOK}/deliveries`]: { status: 200, body: { items: [DELIVERY] } },
      [`POST ${HOOK}/deliveries/${DELIVERY.id}/replay`]: { status: 202, body: { delivery: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' } },
    });
    renderApp('/admin/partenaires');

    const table = await screen.findByRole('table', { name: 'Livraisons récentes' });
    expect(within(table).getByText('Échec définitif')).toBeTruthy();
    expect(within(table).getByText('503')).toBeTruthy();
    await userEvent.click(within(table).getByRole('button', { name: /Rejouer la livraison/ }));
    expect(await screen.findByText('Livraison rejouée : elle part dans un instant.')).toBeTruthy();
    expect(sent.some((r) => r.method === 'POST' && r.url === `${HOOK}/deliveries/${DELIVERY.id}/replay`)).toBe(true);
  });
});
