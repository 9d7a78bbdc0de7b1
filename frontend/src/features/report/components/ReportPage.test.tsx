import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReportDetail } from '../../../lib/api/types';
import { renderApp } from '../../../testing/renderApp';
import { stubEventSource } from '../../../testing/mockEventSource';
import { stubFetch, type Routes } from '../../../testing/stubFetch';
import { CLAIM_RENEWAL_MS } from '../hooks/useClaimRenewal';

const ID = '0b7c6c1e-1111-4222-8333-944444444444';
const URL_OF = `/api/v1/reports/${ID}`;
const ME = { status: 200, body: { username: 'camille', roles: ['WORKER'] } };
const TEXT = 'Lycéenne <b>16 ans</b> dispo ce soir';
const CLAIM = {
  worker: 'camille',
  claimedAt: '2026-01-15T09:00:00Z',
  expiresAt: '2026-01-15T09:20:00Z',
};

function detail(overrides: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: ID,
    version: 1,
    priority: 'P1',
    score: 95,
    signals: [
      { code: 'AGE', label: 'Âge déclaré mineur', evidence: '16 ans', ranges: [{ start: 12, end: 18 }] },
      { code: 'SCHOOL', label: 'Scolarité', evidence: 'Lycéenne', ranges: [{ start: 0, end: 8 }] },
      { code: 'SOON', label: 'Disponibilité immédiate', evidence: 'dispo ce soir', ranges: [{ start: 15, end: 99 }] },
    ],
    entities: { phones: ['+33600000001'], handles: [], ages: [16], birthYears: [], schoolLevels: ['lycée'], places: [] },
    status: 'NEW',
    platform: 'CLASSIFIED_AD',
    platformName: 'PetitesAnnonces',
    url: 'https://annonces.example.org/a/123',
    text: TEXT,
    observedAt: '2026-01-15T09:30:00Z',
    receivedAt: '2026-01-15T09:31:00Z',
    location: { city: 'Lyon', postalCode: '69003', department: '69' },
    contacts: ['06 39 98 00 01'],
    reporterConcern: 'HIGH',
    note: null,
    source: 'Association test',
    submittedBy: null,
    sightings: [{ source: 'Autre association', seenAt: '2026-01-15T10:00:00Z', matchedOn: 'URL' }],
    linkedReports: [
      {
        id: '99999999-1111-4222-8333-944444444444',
        priority: 'P2',
        status: 'ACTIONED',
        sharedContacts: ['+33600000001'],
      },
    ],
    claim: null,
    referrals: [],
    history: [
      {
        kind: 'NOTE',
        id: 'n1',
        type: 'INTERNAL',
        author: 'dominique',
        at: '2026-01-15T09:40:00Z',
        details: { text: 'Déjà vue la semaine dernière' },
        supersedes: null,
        state: null,
      },
    ],
    ...overrides,
  };
}

function routes(extra: Routes = {}, report: () => ReportDetail = () => detail()): Routes {
  return {
    'GET /api/v1/auth/me': ME,
    [`GET ${URL_OF}`]: () => ({ status: 200, body: report() }),
    'GET /api/v1/queue?limit=50': { status: 200, body: { items: [], counts: {} } },
    ...extra,
  };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('ReportPage', () => {
  it('shows the text with its evidence marked, as text, and the URL never as a link', async () => {
    stubFetch(routes());
    renderApp(`/signalements/${ID}`);

    const text = (await screen.findByRole('heading', { name: 'Texte de l’annonce' })).nextElementSibling!;
    expect(text.textContent).toContain('Lycéenne');
    // Markup in the report stays text.
    expect(text.querySelector('b')).toBeNull();
    const marks = [...text.querySelectorAll('mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual([
      '[Scolarité : Lycéenne]',
      '[Âge déclaré mineur : 16 ans]',
    ]);
    // Each mark points at its line of the legend; the range past the end is ignored.
    const legend = screen.getByRole('list', { name: 'Légende des passages surlignés' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '1 Âge déclaré mineur',
      '2 Scolarité',
    ]);
    const described = document.getElementById(marks[1]!.getAttribute('aria-describedby')!);
    expect(described?.textContent).toContain('Âge déclaré mineur');

    const url = screen.getByText('https://annonces.example.org/a/123');
    expect(url.closest('a')).toBeNull();
    expect(document.querySelector('a[href*="annonces.example.org"]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copier l’adresse' })).toBeTruthy();

    expect(screen.getByText('Déjà vue la semaine dernière')).toBeTruthy();
    expect(screen.getByText('interne')).toBeTruthy();
    expect(screen.getByRole('link', { name: /signalement n° 99999999/ }).getAttribute('href')).toBe(
      '/signalements/99999999-1111-4222-8333-944444444444',
    );
    expect(screen.getByRole('link', { name: 'Télécharger la fiche de transmission' }).getAttribute('href')).toBe(
      `${URL_OF}/referral-packet`,
    );
    expect(screen.getByText('Prenez le signalement en charge pour enregistrer une décision.')).toBeTruthy();
  });

  it('says who holds the report when the claim is refused (409)', async () => {
    stubFetch(
      routes({
        [`POST ${URL_OF}/claim`]: {
          status: 409,
          body: {
            status: 409,
            detail: 'Déjà pris en charge par dominique / Already claimed by dominique',
            claim: { worker: 'dominique', claimedAt: CLAIM.claimedAt, expiresAt: CLAIM.expiresAt },
          },
        },
      }),
    );
    renderApp(`/signalements/${ID}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Prendre en charge' }));

    expect(await screen.findByText('Pris en charge par dominique')).toBeTruthy();
  });

  it('claims, renews the claim while open, and shows the decision form', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let claimed = false;
    const fetchMock = stubFetch(
      routes(
        {
          [`POST ${URL_OF}/claim`]: () => {
            claimed = true;
            return { status: 200, body: CLAIM };
          },
        },
        () => detail({ claim: claimed ? CLAIM : null }),
      ),
    );
    renderApp(`/signalements/${ID}`);

    await userEvent.click(await screen.findByRole('button', { name: 'Prendre en charge' }));
    expect(await screen.findByText(/Pris en charge par vous/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Libérer' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Type de décision' })).toBeTruthy();

    const claims = () => fetchMock.sent.filter((call) => call.url === `${URL_OF}/claim` && call.method === 'POST');
    expect(claims()).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(CLAIM_RENEWAL_MS));
    expect(claims()).toHaveLength(2);
  });

  it('asks the fields of each decision type', async () => {
    stubFetch(routes({}, () => detail({ claim: CLAIM })));
    renderApp(`/signalements/${ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: 'Prise de contact' }));
    expect(screen.getByLabelText(/^Canal utilisé/)).toBeTruthy();
    expect(screen.getByLabelText(/^Résumé du message envoyé/)).toBeTruthy();
    expect(screen.getByLabelText(/^Résultat/)).toBeTruthy();
    expect(screen.getByLabelText(/^Date de relance/).getAttribute('type')).toBe('date');

    await user.click(screen.getByRole('radio', { name: 'Orientation / signalement' }));
    const channel = screen.getByLabelText(/^Orienté vers/);
    expect(within(channel).getByRole('option', { name: 'Information préoccupante (CRIP)' })).toBeTruthy();
    expect(within(channel).getByRole('option', { name: 'Police (BPM / OFMIN)' })).toBeTruthy();
    expect(screen.getByLabelText(/^Urgence/)).toBeTruthy();
    expect(screen.getByLabelText(/^Justification/)).toBeTruthy();
    expect(screen.getByLabelText(/^Référence externe/)).toBeTruthy();
    expect(screen.queryByLabelText(/^Résumé du message envoyé/)).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Sans suite' }));
    expect(within(screen.getByLabelText(/^Motif/)).getByRole('option', { name: 'Annonce retirée' })).toBeTruthy();
    expect(screen.getByLabelText(/^Commentaire/)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Doublon' }));
    expect(screen.getByLabelText(/^Doublon du signalement n°/)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Escalade vers un·e coordinateur·rice' }));
    expect(screen.getByLabelText(/^Motif de l’escalade/).tagName).toBe('TEXTAREA');
  });

  it('shows the server’s refusals (422) next to their fields, in French', async () => {
    const fetchMock = stubFetch(
      routes(
        {
          [`POST ${URL_OF}/decisions`]: {
            status: 422,
            body: {
              status: 422,
              detail: 'Décision incomplète : voir errors / Incomplete decision: see errors',
              errors: [
                { field: 'urgency', message: 'obligatoire / required' },
                { field: 'justification', message: 'obligatoire / required' },
              ],
            },
          },
        },
        () => detail({ claim: CLAIM }),
      ),
    );
    renderApp(`/signalements/${ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: 'Orientation / signalement' }));
    await user.selectOptions(screen.getByLabelText(/^Orienté vers/), 'CRIP');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('2 erreurs');
    expect(document.activeElement).toBe(summary);
    const urgency = screen.getByLabelText(/^Urgence/);
    expect(urgency.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${urgency.id}-error`)?.textContent).toBe('obligatoire');
    expect(screen.getByLabelText(/^Justification/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/^Orienté vers/).getAttribute('aria-invalid')).toBeNull();

    const sent = fetchMock.sent.find((call) => call.url === `${URL_OF}/decisions`);
    expect(JSON.parse(String(sent?.body))).toEqual({ type: 'REFERRAL', channel: 'CRIP' });
  });

  it('records a referral and returns to the queue with a confirmation offering the referral packet', async () => {
    const fetchMock = stubFetch(
      routes(
        {
          [`POST ${URL_OF}/decisions`]: {
            status: 201,
            body: {
              kind: 'DECISION',
              id: 'd1',
              type: 'REFERRAL',
              author: 'camille',
              at: '2026-01-15T10:00:00Z',
              details: {},
              supersedes: null,
        state: null,
            },
          },
        },
        () => detail({ claim: CLAIM }),
      ),
    );
    renderApp(`/signalements/${ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: 'Orientation / signalement' }));
    await user.selectOptions(screen.getByLabelText(/^Orienté vers/), 'CRIP');
    await user.selectOptions(screen.getByLabelText(/^Urgence/), 'URGENT');
    await user.type(screen.getByLabelText(/^Justification/), '  Mineure de 16 ans, disponible ce soir  ');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));

    expect(await screen.findByRole('heading', { name: 'File des signalements' })).toBeTruthy();
    const confirmation = screen.getByText(/Décision enregistrée : Orientation \/ signalement/).closest('[role="status"]');
    expect(confirmation?.textContent).toContain(ID);
    await waitFor(() => expect(document.activeElement).toBe(confirmation));
    // the packet to send with the referral, offered at once
    const packet = within(confirmation as HTMLElement);
    expect(packet.getByRole('link', { name: 'télécharger le PDF' }).getAttribute('href')).toBe(`${URL_OF}/referral-packet.pdf`);
    expect(packet.getByRole('link', { name: 'le texte' }).getAttribute('href')).toBe(`${URL_OF}/referral-packet`);

    const sent = fetchMock.sent.find((call) => call.url === `${URL_OF}/decisions`);
    expect(JSON.parse(String(sent?.body))).toEqual({
      type: 'REFERRAL',
      channel: 'CRIP',
      urgency: 'URGENT',
      justification: 'Mineure de 16 ans, disponible ce soir',
    });
  });

  it('says so when someone else took the report before the decision (409)', async () => {
    stubFetch(
      routes(
        {
          [`POST ${URL_OF}/decisions`]: {
            status: 409,
            body: { status: 409, detail: 'Déjà pris en charge par dominique / x', claim: { ...CLAIM, worker: 'dominique' } },
          },
        },
        () => detail({ claim: CLAIM }),
      ),
    );
    renderApp(`/signalements/${ID}`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: 'Escalade vers un·e coordinateur·rice' }));
    await user.type(screen.getByLabelText(/^Motif de l’escalade/), 'Réseau probable');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Décision non enregistrée : le signalement est pris en charge par dominique.',
    );
  });

  it('keeps the decision draft through a session expiry and the login, comes back to the report, and clears it once recorded', async () => {
    let sessionKnown = true;
    const recorded = {
      kind: 'DECISION',
      id: 'd1',
      type: 'REFERRAL',
      author: 'camille',
      at: '2026-01-15T10:00:00Z',
      details: {},
      supersedes: null,
      state: null,
    };
    stubFetch(
      routes(
        {
          'GET /api/v1/auth/me': () => (sessionKnown ? ME : { status: 401, body: { status: 401 } }),
          [`POST ${URL_OF}/decisions`]: () =>
            sessionKnown ? { status: 201, body: recorded } : { status: 401, body: { status: 401 } },
          'POST /api/v1/auth/login': () => {
            sessionKnown = true;
            return ME;
          },
        },
        () => detail({ claim: CLAIM }),
      ),
    );
    renderApp(`/signalements/${ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Orientation / signalement' }));
    await user.selectOptions(screen.getByLabelText(/^Orienté vers/), 'CRIP');
    await user.type(screen.getByLabelText(/^Justification/), 'Mineure de 16 ans');

    sessionKnown = false;
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    expect(await screen.findByText(/Votre session a expiré/)).toBeTruthy();
    await user.type(screen.getByLabelText('Identifiant'), 'camille');
    await user.type(screen.getByLabelText('Mot de passe'), 'un mot de passe');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText(/Brouillon repris/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Orientation / signalement' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/^Justification/) as HTMLTextAreaElement).value).toBe('Mineure de 16 ans');
    expect((screen.getByLabelText(/^Orienté vers/) as HTMLSelectElement).value).toBe('CRIP');
    await user.selectOptions(screen.getByLabelText(/^Urgence/), 'URGENT');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));

    expect(await screen.findByRole('heading', { name: 'File des signalements' })).toBeTruthy();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('vigie:brouillon:'))).toEqual([]);
  });

  it('keeps a note draft across a reload and says why a 403 refused it', async () => {
    stubFetch(
      routes({
        [`POST ${URL_OF}/notes`]: {
          status: 403,
          body: { status: 403, detail: 'Accès refusé : votre rôle ne permet pas cette action / Access denied' },
        },
      }),
    );
    const first = renderApp(`/signalements/${ID}`);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Note/), 'Annonce toujours en ligne');
    first.unmount();

    renderApp(`/signalements/${ID}`);
    expect(await screen.findByText(/Brouillon repris/)).toBeTruthy();
    expect((screen.getByLabelText(/^Note/) as HTMLTextAreaElement).value).toBe('Annonce toujours en ligne');
    await user.click(screen.getByRole('button', { name: 'Ajouter la note' }));
    expect(
      await screen.findByText(
        'La note n’a pas été enregistrée : accès refusé : votre rôle ne permet pas cette action. Le brouillon est conservé.',
      ),
    ).toBeTruthy();
  });

  it('adds a shareable note', async () => {
    let notes = 0;
    const fetchMock = stubFetch(
      routes({
        [`POST ${URL_OF}/notes`]: () => {
          notes++;
          return { status: 201, body: {} };
        },
      }),
    );
    renderApp(`/signalements/${ID}`);
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Note/), 'Annonce toujours en ligne');
    await user.click(screen.getByLabelText('Partageable avec le partenaire qui a envoyé le signalement'));
    await user.click(screen.getByRole('button', { name: 'Ajouter la note' }));

    expect(await screen.findByText('Note partageable ajoutée.')).toBeTruthy();
    expect(notes).toBe(1);
    const sent = fetchMock.sent.find((call) => call.url === `${URL_OF}/notes`);
    expect(JSON.parse(String(sent?.body))).toEqual({ text: 'Annonce toujours en ligne', shareable: true });
  });

  it('reloads when the server says this report changed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const sources = stubEventSource();
    let claim: ReportDetail['claim'] = null;
    stubFetch(routes({}, () => detail({ claim })));
    renderApp(`/signalements/${ID}`);
    expect(await screen.findByText('Personne n’a pris ce signalement en charge.')).toBeTruthy();

    claim = { ...CLAIM, worker: 'dominique' };
    const source = sources.instances.at(-1)!;
    act(() => {
      source.emit('ready');
      source.emit('queue', { reportId: ID, event: 'CLAIMED' });
    });
    await act(() => vi.advanceTimersByTimeAsync(400));

    expect(await screen.findByText(/Pris en charge par dominique/)).toBeTruthy();
  });

  it('says when the report does not exist', async () => {
    stubFetch(routes({ [`GET ${URL_OF}`]: { status: 404, body: { status: 404, detail: 'Signalement inconnu / Unknown report' } } }));
    renderApp(`/signalements/${ID}`);
    expect(await screen.findByRole('heading', { name: 'Signalement introuvable' })).toBeTruthy();
  });

  it('chooses the decision with keys 1 to 5, never while typing in a field', async () => {
    stubFetch(routes({}, () => detail({ claim: CLAIM })));
    renderApp(`/signalements/${ID}`);
    const user = userEvent.setup();
    await screen.findByRole('radio', { name: 'Orientation / signalement' });
    expect(screen.getByText(/Clavier, hors d’un champ de saisie/).textContent).toContain('2 orientation');

    await user.keyboard('2');

    const referral = screen.getByRole('radio', { name: 'Orientation / signalement' });
    expect(referral).toHaveProperty('checked', true);
    expect(document.activeElement).toBe(referral);

    await user.click(screen.getByLabelText(/^Justification/));
    await user.keyboard('3');
    expect(referral).toHaveProperty('checked', true);
    expect((screen.getByLabelText(/^Justification/) as HTMLTextAreaElement).value).toBe('3');

    await user.click(document.body);
    await user.keyboard('3');
    expect(screen.getByRole('radio', { name: 'Sans suite' })).toHaveProperty('checked', true);
  });

  it('puts the claim and the decision in one panel, right after the text', async () => {
    stubFetch(routes({}, () => detail({ claim: CLAIM })));
    renderApp(`/signalements/${ID}`);
    const panel = await screen.findByRole('complementary', { name: 'Prise en charge et décision' });
    expect(within(panel).getByRole('heading', { name: 'Décision' })).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'Prise en charge' })).toBeTruthy();
    const text = screen.getByRole('heading', { name: 'Texte de l’annonce' }).closest('section');
    expect(text?.nextElementSibling).toBe(panel);
  });
});
