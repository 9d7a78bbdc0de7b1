import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';

const REPORT = '0b7c6c1e-1111-4222-8333-944444444444';
const ME = { status: 200, body: { username: 'ines', roles: ['WORKER'] } };
const DOSSIER = {
  contact: '+33639980001', display: '06 39 98 00 01', phone: true, total: 1,
  firstSeen: '2026-01-15T09:00:00Z', lastSeen: '2026-01-20T09:00:00Z',
  departments: { '69': 1 }, platforms: { CLASSIFIED_AD: 1 }, bands: { P1: 1 },
  timeline: [{ month: '2026-01', bands: { P1: 1 }, decisions: { CONTACT: 1 } }],
  reports: [{
    id: REPORT, priority: 'P1', score: 90, status: 'DECIDED', observedAt: '2026-01-15T09:00:00Z',
    receivedAt: '2026-01-15T09:01:00Z', platform: 'CLASSIFIED_AD', department: '69', sightings: 2,
    lastSeen: '2026-01-20T09:00:00Z', decision: 'CONTACT', decidedAt: '2026-01-16T09:00:00Z',
  }],
  linkedContacts: [{ contact: 'exemple_veille', display: '@exemple_veille', reports: 1 }],
  notes: [{ id: 'n1', author: 'camille', createdAt: '2026-01-16T10:00:00Z', text: 'Déjà signalé à la plateforme' }],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ContactPage', () => {
  it('shows the dossier of a number typed in any writing: reports, places, linked contacts, notes', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/contacts/06%2039%2098%2000%2001': { status: 200, body: DOSSIER },
    });
    renderApp(`/contact?c=${encodeURIComponent('06 39 98 00 01')}`);

    const reports = (await screen.findByRole('heading', { name: 'Signalements montrant ce contact' })).closest('section')!;
    expect(screen.getByRole('heading', { name: 'Dossier du contact 06 39 98 00 01' })).toBeTruthy();
    expect(within(reports).getByRole('link').getAttribute('href')).toBe(`/signalements/${REPORT}`);
    expect(within(reports).getByText(/revu 2 fois/)).toBeTruthy();
    const linked = screen.getByRole('link', { name: '@exemple_veille' });
    expect(linked.getAttribute('href')).toBe('/contact?c=exemple_veille');
    expect(screen.getByText('Déjà signalé à la plateforme')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: '2026-01' })).toBeTruthy();
  });

  it('says so when the contact is neither a phone number nor a handle', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/contacts/%3Cx%3E': { status: 400, body: { status: 400, errors: [{ field: 'contact', message: 'x' }] } },
    });
    renderApp(`/contact?c=${encodeURIComponent('<x>')}`);
    expect((await screen.findByRole('alert')).textContent).toMatch(/ni un numéro de téléphone français ni un pseudo/);
  });

  it('adds a note and shows it', async () => {
    let notes: unknown[] = [];
    const { sent } = stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/contacts/%2B33639980001': () => ({ status: 200, body: { ...DOSSIER, notes } }),
      'POST /api/v1/contacts/%2B33639980001/notes': () => {
        notes = [{ id: 'n2', author: 'ines', createdAt: '2026-01-17T10:00:00Z', text: 'Vu sur un autre site' }];
        return { status: 201, body: notes[0] };
      },
    });
    renderApp(`/contact?c=${encodeURIComponent('+33639980001')}`);
    await userEvent.type(await screen.findByLabelText('Ajouter une note'), 'Vu sur un autre site');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter la note' }));
    expect(await screen.findByText('Vu sur un autre site')).toBeTruthy();
    expect(sent.find((r) => r.method === 'POST')?.body).toBe(JSON.stringify({ text: 'Vu sur un autre site' }));
  });

  it('watches the contact with a note', async () => {
    const { sent } = stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/contacts/%2B33639980001': { status: 200, body: DOSSIER },
      'GET /api/v1/watchlist': { status: 200, body: { watches: [], alerts: [], unseen: 0 } },
      'POST /api/v1/watchlist': {
        status: 201,
        body: { id: 'w1', contact: '+33639980001', display: '06 39 98 00 01', note: 'Réseau', createdAt: '2026-01-17T10:00:00Z' },
      },
    });
    renderApp(`/contact?c=${encodeURIComponent('+33639980001')}`);
    await userEvent.type(await screen.findByLabelText('Note (pourquoi le surveiller)'), 'Réseau');
    await userEvent.click(screen.getByRole('button', { name: 'Surveiller ce contact' }));
    expect(await screen.findByText(/Vous surveillez ce contact — Réseau/)).toBeTruthy();
    expect(sent.find((r) => r.method === 'POST')?.body).toBe(JSON.stringify({ contact: '+33639980001', note: 'Réseau' }));
  });
});
