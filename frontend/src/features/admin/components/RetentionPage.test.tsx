import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';

const ADMIN = { status: 200, body: { username: 'admin', roles: ['ADMIN'] } };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RetentionPage', () => {
  it('shows the policy in force before any dry run, then what the dry run would do, in words', async () => {
    stubFetch({
      'GET /api/v1/auth/me': ADMIN,
      'GET /api/v1/admin/retention/policy': {
        status: 200,
        body: {
          enabled: true,
          schedule: '0 30 3 * * *',
          purgeAfter: { CLOSED: 'PT2160H' },
          anonymiseAfter: { ACTIONED: 'PT8760H' },
          openReportNotice: 'PT720H',
          batchSize: 500,
        },
      },
      'POST /api/v1/admin/retention/dry-run': {
        status: 200,
        body: {
          dryRun: true,
          ranAt: '2026-01-15T09:30:00Z',
          rules: [
            { action: 'PURGE', status: 'CLOSED', after: 'PT2160H', count: 3 },
            { action: 'ANONYMISE', status: 'ACTIONED', after: 'PT8760H', count: 1 },
          ],
          keptOlderThan: 'PT720H',
          keptUnchanged: { NEW: 2 },
        },
      },
    });

    renderApp('/admin/conservation');

    const policy = (await screen.findByRole('heading', { name: 'Règle en vigueur' })).closest('section');
    expect(policy?.textContent).toContain('Clos (sans suite ou doublon) : supprimés 90 jours après leur dernier changement');
    expect(policy?.textContent).toContain('Traité (contact ou orientation) : texte et contacts effacés 365 jours');
    expect(policy?.textContent).toContain('Application automatique : chaque nuit.');

    await userEvent.click(screen.getByRole('button', { name: 'Simuler' }));

    const result = (await screen.findByRole('heading', { name: /^Simulation du 15\/01\/2026/ })).closest('section');
    expect(result?.textContent).toContain('Clos (sans suite ou doublon) depuis plus de 90 jours : 3 signalements seraient supprimés');
    expect(result?.textContent).toContain('1 signalement serait anonymisé');
    expect(result?.textContent).toContain('Nouveau : 2');
    expect(result?.textContent).not.toContain('à faire');
  });
});
