import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';
import { setLanguage } from '../../../lib/i18n';

// jsdom has no canvas: the graph is drawn by the browser test; here, the table that carries the same network.
vi.mock('cytoscape', () => ({ default: () => ({ on: () => {}, resize: () => {}, fit: () => {}, destroy: () => {} }) }));

const ME = { status: 200, body: { username: 'ines', roles: ['WORKER'] } };
const HUB = 'contact:+33639980001';
const R1 = '1b7c6c1e-1111-4222-8333-944444444441';
const R2 = '2b7c6c1e-1111-4222-8333-944444444442';
const R3 = '3b7c6c1e-1111-4222-8333-944444444443';

function report(id: string, priority: string, department: string, sightings = 0) {
  return {
    id: `report:${id}`, kind: 'REPORT', label: `n° ${id.slice(0, 8)}`, contact: null, reportId: id, priority, step: 1,
    sightings, department, status: 'NEW', total: 0, shown: 0,
  };
}

const HUB_NODE = {
  id: HUB, kind: 'CONTACT', label: '06 39 98 00 01', contact: '+33639980001', reportId: null, priority: 'P1', step: 0,
  sightings: 942, department: null, status: null, total: 942, shown: 2,
};
const HANDLE = {
  id: 'contact:exemple_reseau', kind: 'CONTACT', label: '@exemple_reseau', contact: 'exemple_reseau', reportId: null,
  priority: 'P3', step: 2, sightings: 30, department: null, status: null, total: 30, shown: 1,
};
const FIRST_PAGE = {
  center: HUB,
  nodes: [HUB_NODE, report(R1, 'P1', '69', 2), report(R2, 'P3', '13'), HANDLE],
  edges: [{ source: `report:${R1}`, target: HUB }, { source: `report:${R2}`, target: HUB }, { source: `report:${R2}`, target: HANDLE.id }],
  departments: { '69': 900, '13': 42 },
  next: 'page2',
};
const SECOND_PAGE = {
  center: HUB,
  nodes: [{ ...HUB_NODE, shown: 1 }, report(R3, 'P4', '69')],
  edges: [{ source: `report:${R3}`, target: HUB }],
  departments: { '69': 900, '13': 42 },
  next: 'page3',
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setLanguage('fr');
});

describe('NetworkPage', () => {
  it('lists the network as a table: each element opens its page, a hub says how many are left', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/contacts/%2B33639980001/network': { status: 200, body: FIRST_PAGE },
    });
    renderApp(`/reseau?c=${encodeURIComponent('+33639980001')}`);

    const table = await screen.findByRole('table', { name: /Contacts et signalements du réseau \(4\)/ });
    expect(screen.getByRole('heading', { name: 'Réseau du contact 06 39 98 00 01' })).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(within(table).getByRole('link', { name: `Signalement n° ${R1.slice(0, 8)}` }).getAttribute('href')).toBe(`/signalements/${R1}`);
    expect(within(table).getByRole('link', { name: 'Contact @exemple_reseau' }).getAttribute('href')).toBe('/contact?c=exemple_reseau');
    expect(within(rows[1]!).getByText(/Dép\. 69 — Nouveau.* — revu 2 fois/)).toBeTruthy();
    expect(within(rows[0]!).getByRole('button', { name: '+ 940 autres' })).toBeTruthy();
    expect(within(rows[3]!).getByRole('link', { name: '+ 29 autres : réseau du contact @exemple_reseau' }).getAttribute('href'))
      .toBe('/reseau?c=exemple_reseau');
    const departments = screen.getByRole('region', { name: 'Départements' });
    expect(within(departments).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '69 : 900 signalements',
      '13 : 42 signalements',
    ]);
    expect(screen.getByRole('img', { name: /2 contacts et 2 signalements/ })).toBeTruthy();
  });

  it('loads the next reports of the hub on demand and counts what is still left', async () => {
    const { sent } = stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/contacts/%2B33639980001/network': { status: 200, body: FIRST_PAGE },
      'GET /api/v1/contacts/%2B33639980001/network?after=page2': { status: 200, body: SECOND_PAGE },
    });
    renderApp(`/reseau?c=${encodeURIComponent('+33639980001')}`);
    await userEvent.click(await screen.findByRole('button', { name: '+ 940 autres' }));

    expect(await screen.findByRole('table', { name: /du réseau \(5\)/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: '+ 939 autres' })).toBeTruthy();
    expect(screen.getByRole('link', { name: `Signalement n° ${R3.slice(0, 8)}` })).toBeTruthy();
    expect(sent.map((r) => r.url)).toContain('/api/v1/contacts/%2B33639980001/network?after=page2');
  });

  it('shows the network of a report, and says so when the report is unknown', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ME,
      [`GET /api/v1/reports/${R1}/network`]: { status: 404, body: { status: 404, detail: 'Signalement inconnu' } },
    });
    renderApp(`/reseau?signalement=${R1}`);
    expect((await screen.findByRole('alert')).textContent).toMatch(/n’existe pas ou plus/);
  });

  it('speaks English when English is chosen: title, table, counts and what is left of a hub', async () => {
    setLanguage('en');
    stubFetch({
      'GET /api/v1/auth/me': ME,
      'GET /api/v1/contacts/%2B33639980001/network': { status: 200, body: FIRST_PAGE },
    });
    renderApp(`/reseau?c=${encodeURIComponent('+33639980001')}`);

    const table = await screen.findByRole('table', { name: 'Contacts and reports of the network (4)' });
    expect(screen.getByRole('heading', { name: 'Network of contact 06 39 98 00 01' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: '+ 940 others' })).toBeTruthy();
    expect(screen.getByText('69: 900 reports')).toBeTruthy();
  });
});
