import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Partner } from '../../../lib/api/types';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch, type Routes } from '../../../testing/stubFetch';

const ADMIN = { status: 200, body: { username: 'alix', roles: ['ADMIN'] } };
const ACME_ID = '11111111-1111-4111-8111-111111111111';
const KEY_ID = '22222222-2222-4222-8222-222222222222';
const ISSUED = {
  partnerId: '33333333-3333-4333-8333-333333333333',
  partnerName: 'Association Exemple',
  keyId: '44444444-4444-4444-8444-444444444444',
  prefix: 'vk_NeW12',
  apiKey: 'vk_NeW12-cle-synthetique-de-test-0123456789',
};

const ACME: Partner = {
  id: ACME_ID,
  name: 'Acme Veille',
  createdAt: '2026-01-15T09:30:00Z',
  requestsPerMinute: null,
  keys: [
    {
      id: KEY_ID,
      prefix: 'vk_AbC12',
      createdAt: '2026-01-15T09:30:00Z',
      lastUsedAt: null,
      revokedAt: null,
    },
    {
      id: '55555555-5555-4555-8555-555555555555',
      prefix: 'vk_OlD99',
      createdAt: '2025-12-01T08:00:00Z',
      lastUsedAt: '2026-07-15T09:30:00Z',
      revokedAt: '2026-07-16T10:00:00Z',
    },
  ],
};

const HOTLINE: Partner = {
  id: '66666666-6666-4666-8666-666666666666',
  name: 'Hotline <b>Sud</b>',
  createdAt: '2026-02-01T12:00:00Z',
  requestsPerMinute: 1200,
  keys: [],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

function setUp(routes: Routes, partners: () => Partner[] = () => [ACME, HOTLINE]) {
  const fetchMock = stubFetch({
    'GET /api/v1/auth/me': ADMIN,
    'GET /api/v1/admin/partners': () => ({ status: 200, body: partners() }),
    ...routes,
  });
  renderApp('/admin/partenaires');
  return fetchMock;
}

function calls(fetchMock: ReturnType<typeof stubFetch>, method: string, url: string) {
  return fetchMock.sent.filter((call) => call.url === url && call.method === method);
}

async function partnerSection(name: string) {
  return screen.findByRole('region', { name });
}

describe('PartnersPage', () => {
  it('lists the partners with their budget and keys, in Paris time', async () => {
    setUp({});

    expect(await screen.findByRole('heading', { level: 1, name: 'Partenaires' })).toBeTruthy();
    const acme = await partnerSection('Acme Veille');
    expect(acme.textContent).toContain('600/min par défaut');
    expect(acme.textContent).toContain('15/01/2026 10:30');

    const rows = within(acme).getAllByRole('row').slice(1);
    const [active, revoked] = rows;
    expect(within(active as HTMLElement).getByRole('rowheader').textContent).toBe('vk_AbC12');
    expect(active?.textContent).toContain('jamais');
    expect(active?.textContent).toContain('Active');
    expect(within(active as HTMLElement).getByRole('button', { name: 'Révoquer la clé vk_AbC12' })).toBeTruthy();
    expect(revoked?.textContent).toContain('15/07/2026 11:30');
    expect(revoked?.textContent).toContain('Révoquée le 16/07/2026 12:00');
    expect(within(revoked as HTMLElement).queryByRole('button')).toBeNull();

    // Names are text, never markup.
    const hotline = await partnerSection('Hotline <b>Sud</b>');
    expect(hotline.querySelector('b')).toBeNull();
    expect(hotline.textContent).toMatch(/1\s200\/min/);
    expect(hotline.textContent).toContain('Aucune clé');
    // The key itself is never on the page: only prefixes.
    expect(document.body.textContent).not.toContain('cle-synthetique');
  });

  it('creates a partner and shows its key once, with a copy button', async () => {
    const user = userEvent.setup();
    document.cookie = 'XSRF-TOKEN=jeton-456';
    let list = [ACME];
    const fetchMock = setUp(
      {
        'POST /api/v1/admin/partners': () => {
          list = [
            ACME,
            { id: ISSUED.partnerId, name: ISSUED.partnerName, createdAt: '2026-03-01T10:00:00Z', requestsPerMinute: 120, keys: [] },
          ];
          return { status: 201, body: ISSUED };
        },
      },
      () => list,
    );

    await user.type(await screen.findByLabelText(/^Nom de l’organisation/), '  Association Exemple ');
    await user.type(screen.getByLabelText('Budget (requêtes par minute)'), '120');
    await user.click(screen.getByRole('button', { name: 'Créer le partenaire et sa première clé' }));

    const panel = await screen.findByRole('region', { name: 'Nouvelle clé d’API pour Association Exemple' });
    expect(document.activeElement).toBe(panel);
    expect(panel.textContent).toContain('Cette clé ne sera plus jamais affichée');
    expect((within(panel).getByLabelText(/^Clé d’API/) as HTMLInputElement).value).toBe(ISSUED.apiKey);

    const [create] = calls(fetchMock, 'POST', '/api/v1/admin/partners');
    expect(create?.body).toBe('{"name":"Association Exemple","requestsPerMinute":120}');
    expect(create?.headers.get('X-XSRF-TOKEN')).toBe('jeton-456');
    expect(await partnerSection('Association Exemple')).toBeTruthy();
    expect((screen.getByLabelText(/^Nom de l’organisation/) as HTMLInputElement).value).toBe('');

    await user.click(within(panel).getByRole('button', { name: 'Copier la clé' }));
    expect(await navigator.clipboard.readText()).toBe(ISSUED.apiKey);
    expect(within(panel).getByRole('status').textContent).toBe('Clé copiée dans le presse-papiers.');

    await user.click(within(panel).getByRole('button', { name: 'J’ai copié la clé, masquer' }));
    expect(screen.queryByRole('region', { name: /Nouvelle clé/ })).toBeNull();
    expect(document.body.innerHTML).not.toContain(ISSUED.apiKey);
  });

  it('says when the name is taken or invalid', async () => {
    const user = userEvent.setup();
    const answers = [
      { status: 409, body: { status: 409, detail: 'Un partenaire porte déjà ce nom / A partner with this name exists' } },
      {
        status: 422,
        body: {
          status: 422,
          errors: [{ field: 'requestsPerMinute', message: 'doit être inférieur ou égal à 100000 / must be less than or equal to 100000' }],
        },
      },
    ];
    setUp({ 'POST /api/v1/admin/partners': () => answers.shift() ?? { status: 500 } });
    const name = await screen.findByLabelText(/^Nom de l’organisation/);
    const create = screen.getByRole('button', { name: 'Créer le partenaire et sa première clé' });

    await user.click(create);
    expect(screen.getByText('Indiquez le nom de l’organisation')).toBeTruthy();

    await user.type(name, 'Acme Veille');
    await user.click(create);
    expect(await screen.findByText('Un partenaire porte déjà ce nom')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');

    await user.type(name, ' 2');
    await user.click(create);
    expect(await screen.findByText('doit être inférieur ou égal à 100000')).toBeTruthy();

    await user.type(screen.getByLabelText('Budget (requêtes par minute)'), 'beaucoup');
    await user.click(create);
    expect(screen.getByText(/^Nombre entier de 1 à 100\s000/)).toBeTruthy();
  });

  it('revokes a key only after confirmation', async () => {
    const user = userEvent.setup();
    const fetchMock = setUp({ [`DELETE /api/v1/admin/partners/${ACME_ID}/keys/${KEY_ID}`]: { status: 204 } });
    const acme = await partnerSection('Acme Veille');

    await user.click(within(acme).getByRole('button', { name: 'Révoquer la clé vk_AbC12' }));
    const confirm = within(acme).getByRole('group', { name: 'Confirmer la révocation de vk_AbC12' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Annuler' }));
    await user.click(within(confirm).getByRole('button', { name: 'Annuler' }));
    expect(within(acme).queryByRole('group')).toBeNull();
    expect(calls(fetchMock, 'DELETE', `/api/v1/admin/partners/${ACME_ID}/keys/${KEY_ID}`)).toHaveLength(0);

    await user.click(within(acme).getByRole('button', { name: 'Révoquer la clé vk_AbC12' }));
    await user.click(within(acme).getByRole('button', { name: 'Révoquer définitivement' }));

    expect(await screen.findByText('Clé vk_AbC12 de Acme Veille révoquée.')).toBeTruthy();
    expect(calls(fetchMock, 'DELETE', `/api/v1/admin/partners/${ACME_ID}/keys/${KEY_ID}`)).toHaveLength(1);
    expect(calls(fetchMock, 'GET', '/api/v1/admin/partners')).toHaveLength(2);
  });

  it('issues a new key for an existing partner', async () => {
    const user = userEvent.setup();
    const issued = { ...ISSUED, partnerId: ACME_ID, partnerName: 'Acme Veille' };
    setUp({ [`POST /api/v1/admin/partners/${ACME_ID}/keys`]: { status: 201, body: issued } });
    const acme = await partnerSection('Acme Veille');

    await user.click(within(acme).getByRole('button', { name: 'Émettre une nouvelle clé' }));

    const panel = await screen.findByRole('region', { name: 'Nouvelle clé d’API pour Acme Veille' });
    expect((within(panel).getByLabelText(/^Clé d’API/) as HTMLInputElement).value).toBe(issued.apiKey);
  });

  it('sets a budget, or goes back to the default with an empty field', async () => {
    const user = userEvent.setup();
    const fetchMock = setUp({
      [`PUT /api/v1/admin/partners/${HOTLINE.id}/rate-limit`]: { status: 204 },
    });
    const hotline = await partnerSection('Hotline <b>Sud</b>');
    const budget = within(hotline).getByLabelText('Nouveau budget (requêtes par minute)');
    expect((budget as HTMLInputElement).value).toBe('1200');

    await user.clear(budget);
    await user.type(budget, '0');
    await user.click(within(hotline).getByRole('button', { name: 'Enregistrer le budget' }));
    expect(within(hotline).getByText(/^Nombre entier de 1 à/)).toBeTruthy();

    await user.clear(budget);
    await user.click(within(hotline).getByRole('button', { name: 'Enregistrer le budget' }));
    expect(await screen.findByText('Budget de Hotline <b>Sud</b> : 600/min par défaut.')).toBeTruthy();
    const [put] = calls(fetchMock, 'PUT', `/api/v1/admin/partners/${HOTLINE.id}/rate-limit`);
    expect(put?.body).toBe('{"requestsPerMinute":null}');
  });

  it('is refused to an account without the admin role', async () => {
    stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'camille', roles: ['WORKER'] } },
    });

    renderApp('/admin/partenaires');

    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Partenaires' })).toBeNull();
  });
});
