import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReportDetail } from '../../../lib/api/types';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch, type Routes } from '../../../testing/stubFetch';

const WORKER = { status: 200, body: { username: 'camille', roles: ['WORKER'] } };
const REPORT_ID = '3f0c5a8e-0000-4000-8000-000000000001';
const ACCEPTED = {
  status: 202,
  body: {
    id: REPORT_ID,
    status: 'RECEIVED',
    statusUrl: `/api/v1/reports/${REPORT_ID}/status`,
    outcome: 'ACCEPTED',
    version: 1,
  },
};

/** The report as the server shows it once analysed. */
function reportDetail(): ReportDetail {
  return {
    id: REPORT_ID,
    version: 1,
    priority: 'P1',
    score: 90,
    signals: [],
    entities: { phones: [], handles: [], ages: [16], birthYears: [], schoolLevels: [], places: [] },
    status: 'NEW',
    platform: 'CLASSIFIED_AD',
    platformName: 'Exemple Annonces',
    url: null,
    text: 'Annonce de test saisie à la main, 16 ans',
    observedAt: '2026-01-15T09:30:00Z',
    receivedAt: '2026-01-15T09:31:00Z',
    location: { city: null, postalCode: '69003', department: '69' },
    contacts: ['06 39 98 00 00', '@exemple_test'],
    reporterConcern: 'HIGH',
    note: null,
    source: 'Saisie manuelle',
    submittedBy: 'camille',
    sightings: [],
    linkedReports: [],
    claim: null,
    history: [],
    referrals: [],
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function setUp(routes: Routes) {
  const fetchMock = stubFetch({ 'GET /api/v1/auth/me': WORKER, ...routes });
  renderApp('/signaler');
  return fetchMock;
}

function sentBodies(fetchMock: ReturnType<typeof stubFetch>) {
  return fetchMock.sent
    .filter((call) => call.url === '/api/v1/manual-reports' && call.method === 'POST')
    .map((call) => JSON.parse(String(call.body)) as Record<string, unknown>);
}

/** The error message tied to a control through aria-describedby. */
function errorOf(control: HTMLElement): string | null {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const errorId = ids.find((id) => id.endsWith('-error'));
  return errorId ? (document.getElementById(errorId)?.textContent ?? null) : null;
}

async function fillMinimalReport(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByLabelText(/^Plateforme/), 'CLASSIFIED_AD');
  await user.click(screen.getByLabelText(/^Texte de l’annonce/));
  await user.paste('Annonce de test saisie à la main, 16 ans');
}

describe('ManualReportPage', () => {
  it('is a text-only form with French labels', async () => {
    setUp({});

    expect(await screen.findByRole('heading', { name: 'Signaler une annonce' })).toBeTruthy();
    expect(screen.getByText(/n’accepte que du texte/)).toBeTruthy();
    expect(document.querySelector('input[type="file"]')).toBeNull();
    const platform = screen.getByLabelText(/^Plateforme/);
    expect(within(platform).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '— Choisir —',
      'Annonces',
      'Réseau social',
      'Messagerie',
      'Rencontre',
      'Forum',
      'Autre',
    ]);
    expect(
      within(screen.getByLabelText('Niveau d’inquiétude'))
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['', 'LOW', 'MEDIUM', 'HIGH', 'IMMEDIATE_DANGER']);
    expect(screen.getByText(/jamais ouverte par Vigie/)).toBeTruthy();
    expect((screen.getByLabelText(/^Vu le/) as HTMLInputElement).value).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
    );
    expect(screen.getByText(/^0 \/ 20\s000 caractères$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Signaler une annonce' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.queryByRole('link', { name: 'Partenaires' })).toBeNull();
  });

  it('checks the form before sending anything', async () => {
    const user = userEvent.setup();
    const fetchMock = setUp({ 'POST /api/v1/manual-reports': ACCEPTED });

    await user.type(await screen.findByLabelText('Code postal'), '6900');
    await user.type(screen.getByLabelText('Département'), '99');
    await user.type(screen.getByLabelText('Adresse de l’annonce'), 'annonces.example.org/a/1');
    await user.click(screen.getByRole('button', { name: 'Envoyer le signalement' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('Le formulaire contient 5 erreurs');
    expect(document.activeElement).toBe(summary);
    expect(errorOf(screen.getByLabelText(/^Plateforme/))).toBe('Choisissez la plateforme');
    expect(errorOf(screen.getByLabelText(/^Texte de l’annonce/))).toBe(
      'Collez ou saisissez le texte de l’annonce',
    );
    expect(errorOf(screen.getByLabelText('Code postal'))).toBe('Le code postal comporte 5 chiffres');
    expect(errorOf(screen.getByLabelText('Département'))).toMatch(/^Département invalide/);
    expect(errorOf(screen.getByLabelText('Adresse de l’annonce'))).toMatch(/https:\/\//);
    expect(screen.getByLabelText('Code postal').getAttribute('aria-invalid')).toBe('true');
    expect(sentBodies(fetchMock)).toEqual([]);

    // A link of the summary takes the user to the field.
    await user.click(within(summary).getByRole('link', { name: /^Code postal/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Code postal'));
  });

  it('adds contacts as chips with Enter or a comma, and removes them with ×', async () => {
    const user = userEvent.setup();
    setUp({});
    const input = await screen.findByLabelText('Contacts');

    await user.type(input, '06 39 98 00 00{Enter}');
    await user.type(input, '@exemple_test,');
    await user.type(input, '@exemple_test{Enter}');
    await user.click(input);
    await user.paste('@un, @deux, @tr');

    const chips = () =>
      within(screen.getByRole('list', { name: 'Contacts ajoutés' }))
        .getAllByRole('listitem')
        .map((chip) => within(chip).getByText(/./, { selector: '.chip-text' }).textContent);
    expect(chips()).toEqual(['06 39 98 00 00', '@exemple_test', '@un', '@deux']);
    expect((input as HTMLInputElement).value).toBe('@tr');
    expect(screen.getByText('4 / 20 contacts')).toBeTruthy();
    // Enter in the contacts input adds a chip and never sends the form.
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Retirer le contact @exemple_test' }));
    expect(chips()).toEqual(['06 39 98 00 00', '@un', '@deux']);
    expect(document.activeElement).toBe(input);
  });

  it('refuses a 21st contact', async () => {
    const user = userEvent.setup();
    setUp({});
    const input = await screen.findByLabelText('Contacts');
    await user.click(input);
    await user.paste(`${Array.from({ length: 21 }, (_, i) => `@c${i}`).join(', ')},`);

    expect(screen.getByText('20 / 20 contacts')).toBeTruthy();
    expect(errorOf(input)).toBe('20 contacts au plus');
    expect((input as HTMLInputElement).value).toBe('@c20');
  });

  it('sends the report and lands on it, waiting for the analysis if needed', async () => {
    const user = userEvent.setup();
    let analysed = false;
    const fetchMock = setUp({
      'POST /api/v1/manual-reports': ACCEPTED,
      [`GET /api/v1/reports/${REPORT_ID}`]: () =>
        analysed ? { status: 200, body: reportDetail() } : { status: 404, body: { status: 404, detail: 'Signalement inconnu' } },
    });

    await fillMinimalReport(user);
    await user.type(screen.getByLabelText('Nom du site'), 'Exemple Annonces');
    await user.type(screen.getByLabelText('Code postal'), '69003');
    await user.type(screen.getByLabelText('Département'), '69');
    await user.type(screen.getByLabelText('Contacts'), '06 39 98 00 00{Enter}');
    // Typed but not added: sent all the same.
    await user.type(screen.getByLabelText('Contacts'), '@exemple_test');
    await user.selectOptions(screen.getByLabelText('Niveau d’inquiétude'), 'HIGH');
    await user.click(screen.getByRole('button', { name: 'Envoyer le signalement' }));

    expect(await screen.findByRole('heading', { name: 'Signalement enregistré' })).toBeTruthy();
    expect((await screen.findByRole('status')).textContent).toContain(`Signalement n° ${REPORT_ID} enregistré. Analyse en cours`);
    const [body] = sentBodies(fetchMock);
    expect(body).toMatchObject({
      platform: 'CLASSIFIED_AD',
      platformName: 'Exemple Annonces',
      text: 'Annonce de test saisie à la main, 16 ans',
      location: { postalCode: '69003', department: '69' },
      contacts: ['06 39 98 00 00', '@exemple_test'],
      reporterConcern: 'HIGH',
    });
    expect(body?.externalId).toMatch(/^form-[0-9a-f-]{36}$/);
    expect(body?.observedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Object.keys(body ?? {})).not.toContain('url');

    analysed = true;
    expect(await screen.findByText('Annonce de test saisie à la main, 16 ans', {}, { timeout: 5_000 })).toBeTruthy();
  });

  it('shows the server’s 422 errors next to their fields and keeps the form filled', async () => {
    const user = userEvent.setup();
    setUp({
      'POST /api/v1/manual-reports': {
        status: 422,
        body: {
          status: 422,
          title: 'Invalid report',
          detail: 'Le signalement ne respecte pas le contrat : voir errors / see errors',
          errors: [
            { field: 'text', message: 'Vigie ne conserve que du texte : aucune image / text only' },
            { field: 'location.postalCode', message: 'doit comporter 5 chiffres / must be 5 digits' },
            { field: 'contacts[0]', message: 'contient des caractères de contrôle interdits / control' },
            { field: 'observedAt', message: 'ne peut pas être dans le futur / cannot be in the future' },
          ],
        },
      },
    });

    await fillMinimalReport(user);
    await user.type(screen.getByLabelText('Code postal'), '69003');
    await user.type(screen.getByLabelText('Contacts'), '@exemple_test{Enter}');
    await user.click(screen.getByRole('button', { name: 'Envoyer le signalement' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('Le formulaire contient 4 erreurs');
    const text = screen.getByLabelText(/^Texte de l’annonce/);
    expect(errorOf(text)).toBe('Vigie ne conserve que du texte : aucune image');
    expect(errorOf(screen.getByLabelText('Code postal'))).toBe('Doit comporter 5 chiffres');
    expect(errorOf(screen.getByLabelText('Contacts'))).toBe(
      'Contact n° 1 : contient des caractères de contrôle interdits',
    );
    expect(errorOf(screen.getByLabelText(/^Vu le/))).toBe('Ne peut pas être dans le futur');
    expect((text as HTMLTextAreaElement).value).toBe('Annonce de test saisie à la main, 16 ans');
    expect((screen.getByLabelText('Code postal') as HTMLInputElement).value).toBe('69003');

    // Correcting a field clears its message.
    await user.type(screen.getByLabelText('Code postal'), '{Backspace}4');
    expect(errorOf(screen.getByLabelText('Code postal'))).toBeNull();
  });

  it('keeps the form after a 503 and retries with the same id', async () => {
    const user = userEvent.setup();
    const answers = [
      { status: 503, body: { status: 503, title: 'Service Unavailable' } },
      ACCEPTED,
    ];
    const fetchMock = setUp({
      'POST /api/v1/manual-reports': () => answers.shift() ?? ACCEPTED,
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
    });

    await fillMinimalReport(user);
    await user.click(screen.getByRole('button', { name: 'Envoyer le signalement' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Vigie ne peut pas enregistrer le signalement pour le moment/,
    );
    expect((screen.getByLabelText(/^Texte de l’annonce/) as HTMLTextAreaElement).value).toBe(
      'Annonce de test saisie à la main, 16 ans',
    );

    await user.click(screen.getByRole('button', { name: 'Envoyer le signalement' }));
    expect(await screen.findByRole('heading', { name: 'Signalement enregistré' })).toBeTruthy();
    const [first, second] = sentBodies(fetchMock);
    expect(second?.externalId).toBe(first?.externalId);
  });

  it('sends one report on a double click', async () => {
    const user = userEvent.setup();
    const fetchMock = setUp({
      'POST /api/v1/manual-reports': ACCEPTED,
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
    });
    await fillMinimalReport(user);
    await user.dblClick(screen.getByRole('button', { name: 'Envoyer le signalement' }));
    await screen.findByRole('heading', { name: 'Signalement enregistré' });

    expect(sentBodies(fetchMock)).toHaveLength(1);
  });

  it('gives a new form a new id', async () => {
    const user = userEvent.setup();
    const fetchMock = setUp({
      'POST /api/v1/manual-reports': ACCEPTED,
      'GET /api/v1/queue?limit=50': { status: 200, body: { items: [] } },
    });
    await fillMinimalReport(user);
    await user.click(screen.getByRole('button', { name: 'Envoyer le signalement' }));
    await screen.findByRole('heading', { name: 'Signalement enregistré' });
    await user.click(screen.getByRole('link', { name: 'Signaler une annonce' }));
    await fillMinimalReport(user);
    await user.click(screen.getByRole('button', { name: 'Envoyer le signalement' }));
    await screen.findByRole('heading', { name: 'Signalement enregistré' });

    const [first, second] = sentBodies(fetchMock);
    expect(second?.externalId).toMatch(/^form-/);
    expect(second?.externalId).not.toBe(first?.externalId);
  });

  it('is refused to an account without the worker or coordinator role', async () => {
    stubFetch({ 'GET /api/v1/auth/me': { status: 200, body: { username: 'ad', roles: ['ADMIN'] } } });

    renderApp('/signaler');

    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Signaler une annonce' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Partenaires' })).toBeTruthy();
  });
});
