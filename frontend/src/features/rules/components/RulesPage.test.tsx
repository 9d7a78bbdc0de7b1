import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RescoringProgress, RuleDefinition, RulesInForce, RulesPreview } from '../../../lib/api/types';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch, type Routes } from '../../../testing/stubFetch';

const COORDINATOR = { status: 200, body: { username: 'camille', roles: ['COORDINATOR'] } };
const REPORT_ID = '11111111-1111-4111-8111-111111111111';

const DEFINITION: RuleDefinition = {
  version: 'default-2',
  contexts: {
    NOT_A_PERSONS_AGE: { phrases: ['taille', 'pointure'], matchOn: 'WORD', before: 3, after: 0, anywhere: false },
  },
  rules: [
    {
      code: 'STATED_MINOR_AGE',
      label: 'Âge déclaré inférieur à 18 ans',
      weight: 100,
      when: { phrases: [], matchOn: 'STEM', age: { min: 10, max: 17, kinds: ['STATED'] }, birthYearAge: null, reporterConcern: [] },
      unless: ['NOT_A_PERSONS_AGE'],
    },
    {
      code: 'URGENCY',
      label: 'Disponibilité immédiate',
      weight: 20,
      when: { phrases: ['dispo maintenant', 'ce soir'], matchOn: 'STEM', age: null, birthYearAge: null, reporterConcern: [] },
      unless: [],
    },
    {
      code: 'REPORTER_CONCERN_HIGH',
      label: 'Inquiétude élevée de l’émetteur',
      weight: 30,
      when: { phrases: [], matchOn: 'STEM', age: null, birthYearAge: null, reporterConcern: ['HIGH'] },
      unless: [],
    },
  ],
  bands: [
    { band: 'P1', all: [], any: ['STATED_MINOR_AGE'], none: [] },
    { band: 'P3', all: [], any: ['URGENCY', 'REPORTER_CONCERN_HIGH'], none: [] },
    { band: 'P4', all: [], any: [], none: [] },
  ],
};

const IDLE: RescoringProgress = { version: null, state: 'IDLE', total: 0, done: 0, changed: 0 };

const IN_FORCE: RulesInForce = {
  definition: DEFINITION,
  history: [
    { version: 'default-2', publishedBy: 'alix', publishedAt: '2026-01-15T09:30:00Z', comment: 'Première version' },
  ],
  rescoring: IDLE,
};

const PREVIEW: RulesPreview = {
  version: 'v3',
  openReports: 5,
  changedBand: 2,
  changedScore: 3,
  moved: 2,
  bandsBefore: { P1: 1, P2: 0, P3: 2, P4: 2 },
  bandsAfter: { P1: 1, P2: 1, P3: 2, P4: 1 },
  changes: [
    { id: REPORT_ID, from: 'P3', to: 'P2', scoreBefore: 40, scoreAfter: 95, rankBefore: 3, rankAfter: 2 },
    { id: '22222222-2222-4222-8222-222222222222', from: 'P4', to: 'P3', scoreBefore: 5, scoreAfter: 25, rankBefore: 5, rankAfter: 4 },
    { id: '33333333-3333-4333-8333-333333333333', from: 'P3', to: 'P3', scoreBefore: 30, scoreAfter: 31, rankBefore: 2, rankAfter: 3 },
  ],
};

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function setUp(routes: Routes = {}) {
  const fetchMock = stubFetch({
    'GET /api/v1/auth/me': COORDINATOR,
    'GET /api/v1/rules': { status: 200, body: IN_FORCE },
    ...routes,
  });
  renderApp('/regles');
  return fetchMock;
}

function calls(fetchMock: ReturnType<typeof stubFetch>, method: string, url: string) {
  return fetchMock.sent.filter((call) => call.url === url && call.method === method);
}

function sentBody(fetchMock: ReturnType<typeof stubFetch>, method: string, url: string, index = 0) {
  const call = calls(fetchMock, method, url)[index];
  return JSON.parse(String(call?.body)) as { definition: RuleDefinition; comment?: string };
}

function editorJson(): RuleDefinition {
  const editor = screen.getByLabelText('Définition complète (JSON)') as HTMLTextAreaElement;
  return JSON.parse(editor.value) as RuleDefinition;
}

/** The row of a table whose text starts with this code (codes may wrap after « _ »). */
function rowOf(table: HTMLElement, code: string): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => candidate.textContent?.startsWith(code));
  if (!row) throw new Error(`no row for ${code}`);
  return row;
}

async function setVersion(version: string) {
  const field = await screen.findByLabelText(/^Nouvelle version/);
  fireEvent.change(field, { target: { value: version } });
}

describe('RulesPage', () => {
  it('shows the rules in force: signals, bands, contexts and history', async () => {
    setUp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Règles de priorisation' })).toBeTruthy();
    expect(await screen.findByText('default-2', { selector: 'strong' })).toBeTruthy();

    const signals = screen.getByRole('table', { name: /^Signaux/ });
    const minorAge = rowOf(signals, 'STATED_MINOR_AGE');
    expect((within(minorAge).getByLabelText('Libellé de STATED_MINOR_AGE') as HTMLInputElement).value).toBe(
      'Âge déclaré inférieur à 18 ans',
    );
    expect((within(minorAge).getByLabelText('Poids de STATED_MINOR_AGE') as HTMLInputElement).value).toBe('100');
    expect(minorAge.textContent).toContain('Âge mentionné : de 10 à 17 ans');
    expect(minorAge.textContent).toContain('NOT_A_PERSONS_AGE');
    const urgency = rowOf(signals, 'URGENCY');
    expect(urgency.textContent).toContain('Expressions (avec variantes) : «\u00a0dispo maintenant\u00a0», «\u00a0ce soir\u00a0»');
    expect(rowOf(signals, 'REPORTER_CONCERN_HIGH').textContent).toContain(
      'Inquiétude de l’émetteur : élevée',
    );

    const bands = screen.getByRole('table', { name: /Bandes/ });
    expect(within(bands).getAllByRole('row')[1]?.textContent).toContain('si le signal STATED_MINOR_AGE');
    expect(within(bands).getAllByRole('row')[3]?.textContent).toContain('dans tous les autres cas');

    const context = rowOf(screen.getByRole('table', { name: /^Contextes/ }), 'NOT_A_PERSONS_AGE');
    expect(context.textContent).toContain('3 mots avant, même phrase');
    expect(context.textContent).toContain('«\u00a0taille\u00a0», «\u00a0pointure\u00a0»');

    const history = screen.getByRole('table', { name: /Versions publiées/ });
    expect(within(history).getAllByRole('row')[1]?.textContent).toContain('alix');
    expect(within(history).getAllByRole('row')[1]?.textContent).toContain('15/01/2026 10:30');

    // The editor starts from the rules in force, under a new version.
    expect(editorJson().version).toMatch(/^default-2-\d{8}-\d{4}$/);
    expect(editorJson().rules).toEqual(DEFINITION.rules);
    expect(screen.getByRole('link', { name: 'Règles' }).getAttribute('aria-current')).toBe('page');
  });

  it('writes a weight or a label typed in the table into the JSON', async () => {
    const user = userEvent.setup();
    setUp();

    const weight = await screen.findByLabelText('Poids de URGENCY');
    await user.clear(weight);
    await user.type(weight, '45');
    expect(editorJson().rules[1]?.weight).toBe(45);
    expect(editorJson().rules[0]?.weight).toBe(100);
    expect(rowOf(screen.getByRole('table', { name: /^Signaux/ }), 'URGENCY').textContent).toContain(
      'En vigueur : 20',
    );

    const label = screen.getByLabelText('Libellé de URGENCY');
    await user.clear(label);
    await user.type(label, 'Tout de suite');
    expect(editorJson().rules[1]?.label).toBe('Tout de suite');

    await setVersion('v3');
    expect(editorJson().version).toBe('v3');
    expect(editorJson().rules[1]?.weight).toBe(45);
  });

  it('shows a JSON syntax error and sends nothing', async () => {
    const user = userEvent.setup();
    const fetchMock = setUp();

    const editor = await screen.findByLabelText('Définition complète (JSON)');
    fireEvent.change(editor, { target: { value: '{ "version": "v3", "rules": [ }' } });

    expect(editor.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('rules-json-error')?.textContent).toMatch(/^JSON (invalide|incomplet)/);
    expect((screen.getByLabelText('Poids de URGENCY') as HTMLInputElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Rien n’a été envoyé : JSON/);
    expect(calls(fetchMock, 'POST', '/api/v1/rules/preview')).toHaveLength(0);
    expect(document.activeElement).toBe(editor);
  });

  it('refuses to preview a version already published', async () => {
    const user = userEvent.setup();
    const fetchMock = setUp();

    await setVersion('default-2');
    expect(document.getElementById('rules-version-error')?.textContent).toContain('existe déjà');
    await user.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    expect((await screen.findByRole('alert')).textContent).toContain('existe déjà');
    expect(calls(fetchMock, 'POST', '/api/v1/rules/preview')).toHaveLength(0);
  });

  it('adds and removes words in a form, the JSON following each change', async () => {
    const user = userEvent.setup();
    const fetchMock = setUp({ 'POST /api/v1/rules/preview': { status: 200, body: PREVIEW } });
    await setVersion('v3');

    const urgency = screen.getByRole('list', { name: 'Mots et expressions de URGENCY' });
    expect(within(urgency).getAllByRole('listitem').map((item) => item.querySelector('.phrase')?.textContent)).toEqual([
      'dispo maintenant',
      'ce soir',
    ]);
    // signals that do not fire on words have no phrase box
    expect(screen.queryByRole('list', { name: 'Mots et expressions de STATED_MINOR_AGE' })).toBeNull();

    const field = screen.getByLabelText('Ajouter à URGENCY');
    await user.type(field, '  libre   tout de suite ');
    await user.click(within(field.closest('form') as HTMLElement).getByRole('button', { name: 'Ajouter' }));
    expect(editorJson().rules[1]?.when.phrases).toEqual(['dispo maintenant', 'ce soir', 'libre tout de suite']);
    expect((field as HTMLInputElement).value).toBe('');

    // a phrase already there, and an empty one, are refused with a reason
    await user.type(field, 'Ce soir');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('« Ce soir » est déjà dans la liste.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(editorJson().rules[1]?.when.phrases).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Retirer « dispo maintenant » de URGENCY' }));
    expect(editorJson().rules[1]?.when.phrases).toEqual(['ce soir', 'libre tout de suite']);

    // the preview sends the draft as edited in the form
    await user.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    await screen.findByText('2 signalements ouverts sur 5 changeraient de bande');
    expect(sentBody(fetchMock, 'POST', '/api/v1/rules/preview').definition.rules[1]?.when.phrases).toEqual([
      'ce soir',
      'libre tout de suite',
    ]);
  });

  it('keeps the last phrase of a rule that fires on nothing else', async () => {
    const user = userEvent.setup();
    setUp();
    await setVersion('v3');
    await user.click(await screen.findByRole('button', { name: 'Retirer « dispo maintenant » de URGENCY' }));
    const last = screen.getByRole('button', { name: 'Retirer « ce soir » de URGENCY' }) as HTMLButtonElement;
    expect(last.disabled).toBe(true);
    expect(editorJson().rules[1]?.when.phrases).toEqual(['ce soir']);
  });

  it('previews the draft: band, score and rank changes of the open reports', async () => {
    const user = userEvent.setup();
    const fetchMock = setUp({ 'POST /api/v1/rules/preview': { status: 200, body: PREVIEW } });

    await setVersion('v3');
    const publishButton = screen.getByRole('button', { name: 'Publier' });
    expect((publishButton as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    expect(
      await screen.findByText('2 signalements ouverts sur 5 changeraient de bande'),
    ).toBeTruthy();
    expect(sentBody(fetchMock, 'POST', '/api/v1/rules/preview').definition.version).toBe('v3');
    expect(screen.getByText('3 changeraient de score, 2 de rang dans la file.')).toBeTruthy();
    const bands = screen.getByRole('table', { name: 'Signalements ouverts par bande' });
    expect(within(bands).getByRole('row', { name: 'P2 — Élevée 0 1' })).toBeTruthy();
    expect(within(bands).getByRole('row', { name: 'P4 — Faible 2 1' })).toBeTruthy();
    const changes = screen.getByRole('table', { name: 'Signalements qui changent' });
    const first = within(changes).getAllByRole('row')[1] as HTMLElement;
    expect(within(first).getByRole('link', { name: 'Signalement 11111111' }).getAttribute('href')).toBe(
      `/signalements/${REPORT_ID}`,
    );
    expect(first.textContent).toContain('de P3 À vérifier à P2 Élevée');
    expect(first.textContent).toContain('40 → 95');
    expect(first.textContent).toContain('3 → 2 (↑ 1)');
    const third = within(changes).getAllByRole('row')[3] as HTMLElement;
    expect(third.textContent).toContain('inchangée');
    expect(third.textContent).toContain('2 → 3 (↓ 1)');
    expect((publishButton as HTMLButtonElement).disabled).toBe(false);

    // Another change: the preview no longer holds.
    const weight = screen.getByLabelText('Poids de URGENCY');
    await user.clear(weight);
    await user.type(weight, '21');
    expect((publishButton as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Le brouillon a changé depuis cette prévisualisation/)).toBeTruthy();
  });

  it('explains a refusal of the server in French', async () => {
    const user = userEvent.setup();
    setUp({
      'POST /api/v1/rules/preview': {
        status: 422,
        body: {
          status: 422,
          detail: 'Règles invalides / Invalid rules: band P1 refers to unknown rule NOPE',
          errors: [{ field: 'definition', message: 'band P1 refers to unknown rule NOPE' }],
        },
      },
    });

    await setVersion('v3');
    await user.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Règles refusées par le serveur : une ligne de la bande P1 cite une règle inconnue : NOPE.',
    );
    expect((screen.getByRole('button', { name: 'Publier' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('publishes with a comment, then follows the rescoring every second until it is done', async () => {
    const user = userEvent.setup();
    const published: RuleDefinition = { ...DEFINITION, version: 'v3' };
    let publications = 0;
    const progress: RescoringProgress[] = [
      { version: 'v3', state: 'RUNNING', total: 3, done: 2, changed: 1 },
      { version: 'v3', state: 'DONE', total: 3, done: 3, changed: 2 },
    ];
    let polls = 0;
    const fetchMock = setUp({
      'GET /api/v1/rules': () => ({
        status: 200,
        body:
          publications === 0
            ? IN_FORCE
            : {
                definition: published,
                history: [
                  { version: 'v3', publishedBy: 'camille', publishedAt: '2026-02-01T08:00:00Z', comment: 'Urgence relevée' },
                  ...IN_FORCE.history,
                ],
                rescoring: progress[0],
              },
      }),
      'POST /api/v1/rules/preview': { status: 200, body: PREVIEW },
      'POST /api/v1/rules': () => {
        publications++;
        return {
          status: 201,
          body: { version: 'v3', rescoring: { version: 'v3', state: 'RUNNING', total: 3, done: 0, changed: 0 } },
        };
      },
      'GET /api/v1/rules/rescoring': () => ({ status: 200, body: progress[Math.min(polls++, progress.length - 1)] }),
    });

    await setVersion('v3');
    await user.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    await screen.findByText('2 signalements ouverts sur 5 changeraient de bande');

    // A comment is asked for.
    await user.click(screen.getByRole('button', { name: 'Publier' }));
    expect(document.getElementById('rules-comment-error')?.textContent).toContain('Expliquez');
    expect(calls(fetchMock, 'POST', '/api/v1/rules')).toHaveLength(0);
    await user.type(screen.getByLabelText(/^Commentaire de publication/), 'Urgence relevée');

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    fireEvent.click(screen.getByRole('button', { name: 'Publier' }));
    await act(() => vi.advanceTimersByTimeAsync(0));

    expect(sentBody(fetchMock, 'POST', '/api/v1/rules')).toMatchObject({
      comment: 'Urgence relevée',
      definition: { version: 'v3' },
    });
    const confirmation = screen.getByText('Version v3 publiée. Recalcul des signalements ouverts lancé.');
    expect(document.activeElement).toBe(confirmation);
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuemax')).toBe('3');
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByText('0 / 3 rescorés, 0 a changé de bande')).toBeTruthy();
    expect(calls(fetchMock, 'GET', '/api/v1/rules/rescoring')).toHaveLength(0);

    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(calls(fetchMock, 'GET', '/api/v1/rules/rescoring')).toHaveLength(1);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('2');
    expect(screen.getByText('2 / 3 rescorés, 1 a changé de bande')).toBeTruthy();

    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('3');
    expect(screen.getByText('3 / 3 rescorés, 2 ont changé de bande')).toBeTruthy();
    expect(screen.getByText('Recalcul terminé : 3 / 3 rescorés, 2 ont changé de bande.')).toBeTruthy();

    // Done: no more polling.
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(calls(fetchMock, 'GET', '/api/v1/rules/rescoring')).toHaveLength(2);

    // The new version is in force, at the top of the history, and the draft starts from it.
    expect(screen.getByText('v3', { selector: 'strong' })).toBeTruthy();
    const history = screen.getByRole('table', { name: /Versions publiées/ });
    expect(within(history).getAllByRole('row')[1]?.textContent).toContain('v3');
    expect(within(history).getAllByRole('row')[1]?.textContent).toContain('Urgence relevée');
    expect(editorJson().version).toMatch(/^v3-\d{8}-\d{4}$/);
  });

  it('says the version exists when publishing collides', async () => {
    const user = userEvent.setup();
    setUp({
      'POST /api/v1/rules/preview': { status: 200, body: PREVIEW },
      'POST /api/v1/rules': {
        status: 409,
        body: { status: 409, detail: 'Ce numéro de version existe déjà / This version already exists' },
      },
    });

    await setVersion('v3');
    await user.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    await screen.findByText('2 signalements ouverts sur 5 changeraient de bande');
    await user.type(screen.getByLabelText(/^Commentaire de publication/), 'Essai');
    await user.click(screen.getByRole('button', { name: 'Publier' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ce numéro de version existe déjà : choisissez un nouveau numéro de version.',
    );
  });

  it('is for coordinators only', async () => {
    stubFetch({ 'GET /api/v1/auth/me': { status: 200, body: { username: 'wassim', roles: ['WORKER'] } } });
    renderApp('/regles');

    expect(await screen.findByRole('heading', { name: 'Accès refusé' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Règles' })).toBeNull();
  });
});
