import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';

const ADMIN = { status: 200, body: { username: 'admin', roles: ['ADMIN'] } };
const REPORT = '3f0c8a52-3d1b-4c55-9d2e-0b8c7a1e2f44';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AuditPage', () => {
  it('lists entries with French action labels and searches by report and user', async () => {
    const fetchMock = stubFetch({
      'GET /api/v1/auth/me': ADMIN,
      'GET /api/v1/admin/audit': {
        status: 200,
        body: {
          items: [
            {
              seq: 12,
              at: '2026-01-15T09:30:00Z',
              actor: 'camille',
              action: 'REPORT_READ',
              reportId: REPORT,
              sourceAddress: '192.0.2.10',
              details: '{}',
            },
          ],
        },
      },
      [`GET /api/v1/admin/audit?reportId=${REPORT}&user=camille`]: { status: 200, body: { items: [] } },
    });

    renderApp('/admin/journal');

    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Lecture d’un signalement');
    expect(rows[0]?.textContent).toContain('15/01/2026 10:30:00');
    expect(rows[0]?.textContent).toContain('192.0.2.10');

    await userEvent.type(screen.getByLabelText('Signalement (identifiant)'), REPORT);
    await userEvent.type(screen.getByLabelText('Utilisateur'), 'camille');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));

    expect(await screen.findByText('Aucune entrée pour ces critères')).toBeTruthy();
    expect(fetchMock.sent.map((call) => call.url)).toContain(
      `/api/v1/admin/audit?reportId=${REPORT}&user=camille`,
    );
  });

  it('says where the chain is broken', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ADMIN,
      'GET /api/v1/admin/audit': { status: 200, body: { items: [] } },
      'GET /api/v1/admin/audit/verify': {
        status: 200,
        body: {
          intact: false,
          checked: 40,
          headSeq: 40,
          headHash: 'ab',
          brokenAt: 17,
          problem: 'content does not match its hash (row modified)',
        },
      },
    });

    renderApp('/admin/journal');
    await userEvent.click(await screen.findByRole('button', { name: 'Vérifier l’intégrité du journal' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'Journal altéré à la ligne n° 17 : content does not match its hash (row modified)',
    );
  });

  it('shows actions, details and the server’s own address in words, never as codes or raw JSON', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ADMIN,
      'GET /api/v1/admin/audit': {
        status: 200,
        body: {
          items: [
            {
              seq: 13,
              at: '2026-01-15T09:31:00Z',
              actor: 'admin',
              action: 'USER_ROLES_CHANGED',
              reportId: null,
              sourceAddress: '0:0:0:0:0:0:0:1',
              details: '{"username":"camille","roles":["WORKER"]}',
            },
            {
              seq: 14,
              at: '2026-01-15T09:32:00Z',
              actor: 'lou',
              action: 'RULES_PUBLISHED',
              reportId: null,
              sourceAddress: '2001:0db8:0000:0000:0000:0000:0000:0042',
              details: '{"version":4}',
            },
          ],
        },
      },
    });

    renderApp('/admin/journal');

    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Rôles modifiés');
    expect(rows[0]?.textContent).toContain('cet ordinateur (localhost)');
    expect(rows[0]?.textContent).toContain('identifiant : camille');
    expect(rows[0]?.textContent).toContain('rôles : Intervenant·e');
    expect(rows[1]?.textContent).toContain('Règles publiées');
    expect(rows[1]?.textContent).toContain('2001:db8::42');
    expect(rows[1]?.textContent).toContain('version : 4');
    for (const row of rows) {
      expect(row.textContent).not.toMatch(/[A-Z]{2,}_[A-Z]+|\{"/);
    }
  });
});
