import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';

const REPORT = '0b7c6c1e-1111-4222-8333-944444444444';
const ME = { status: 200, body: { username: 'ines', roles: ['WORKER'] } };
const ITEM = {
  id: REPORT, priority: 'P1', score: 90, status: 'NEW', observedAt: '2026-01-15T09:00:00Z', platform: 'CLASSIFIED_AD',
  department: '69', sightings: 0,
  highlights: [{ text: '<img src=x onerror=alert(1)> m1neure dispo', marks: [{ start: 29, end: 36 }] }],
};
const ANSWER = {
  total: 1, items: [ITEM], next: null,
  facets: { priority: { P1: 1 }, status: { NEW: 1 }, platform: { CLASSIFIED_AD: 1 }, department: { '69': 1 } },
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SearchPage', () => {
  it('searches words and shows the passage with its match marked, as text', async () => {
    const { sent } = stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/search?q=mineure&sort=relevance': { status: 200, body: ANSWER },
      'GET /api/v1/search?q=mineure&sort=relevance&department=69': { status: 200, body: ANSWER },
    });
    renderApp('/recherche');
    await userEvent.type(await screen.findByLabelText('Mots de l’annonce'), 'mineure');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));

    const results = (await screen.findByRole('heading', { name: '1 signalement trouvé' })).closest('section')!;
    expect(within(results).getByRole('link').getAttribute('href')).toBe(`/signalements/${REPORT}`);
    const mark = results.querySelector('mark')!;
    expect(mark.textContent).toBe('m1neure');
    expect(results.querySelector('img')).toBeNull();
    expect(within(results).getByText(/<img src=x/)).toBeTruthy();

    await userEvent.click(screen.getByRole('checkbox', { name: /69 \(1\)/ }));
    expect(sent.some((r) => r.url === '/api/v1/search?q=mineure&sort=relevance&department=69')).toBe(true);
  });

  it('searches a number and offers its dossier', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/search?phone=06%2039%2098%2000%2001&sort=date': { status: 200, body: { ...ANSWER, items: [{ ...ITEM, highlights: [] }] } },
    });
    renderApp('/recherche');
    await userEvent.type(await screen.findByLabelText('Numéro de téléphone (toute écriture)'), '06 39 98 00 01');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    const dossier = await screen.findByRole('link', { name: 'Ouvrir le dossier de ce contact' });
    expect(dossier.getAttribute('href')).toBe('/contact?c=06%2039%2098%2000%2001');
  });

  it('names the field the server refused', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/search?phone=12&sort=date': { status: 400, body: { status: 400, errors: [{ field: 'phone', message: 'x' }] } },
    });
    renderApp('/recherche');
    await userEvent.type(await screen.findByLabelText('Numéro de téléphone (toute écriture)'), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Vérifiez le numéro/);
  });
});
