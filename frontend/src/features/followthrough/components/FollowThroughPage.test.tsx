import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';

const REPORT = '0b7c6c1e-1111-4222-8333-944444444444';
const APPROVAL = {
  reportId: REPORT, decisionId: 'd1', type: 'REFERRAL', channel: 'POLICE', urgency: 'IMMEDIATE', reason: null,
  priority: 'P1', author: 'dominique', decidedAt: '2026-01-15T09:40:00Z', ownDecision: false,
};
const REFERRAL = {
  reportId: REPORT, decisionId: 'd2', channel: 'CRIP', urgency: 'URGENT', priority: 'P2', state: 'SENT',
  decidedBy: 'camille', decidedAt: '2026-01-15T09:00:00Z',
  sent: { by: 'camille', at: '2026-01-15T10:00:00Z', method: 'EMAIL', recipient: null }, acknowledged: null,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('FollowThroughPage', () => {
  it('lists, for a coordinator, the decisions to approve and the referrals awaiting acknowledgement', async () => {
    stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'noor', roles: ['COORDINATOR'] } },
      'GET /api/v1/approvals': { status: 200, body: { items: [APPROVAL] } },
      'GET /api/v1/referrals': { status: 200, body: { items: [REFERRAL] } },
    });
    renderApp('/suivi');

    const approvals = (await screen.findByRole('heading', { name: 'Décisions en attente de seconde approbation' })).closest('section')!;
    const link = await within(approvals).findByRole('link', { name: /Orientation \/ signalement — Police/ });
    expect(link.getAttribute('href')).toBe(`/signalements/${REPORT}`);
    expect(within(approvals).getByText(/par dominique/)).toBeTruthy();
    const referrals = screen.getByRole('heading', { name: /Orientations en attente/ }).closest('section')!;
    expect(within(referrals).getByText(/Envoyée, en attente d’accusé de réception/)).toBeTruthy();
  });

  it('shows a worker the referrals only, and never asks for the approvals', async () => {
    const { sent } = stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'ines', roles: ['WORKER'] } },
      'GET /api/v1/referrals': { status: 200, body: { items: [] } },
    });
    renderApp('/suivi');

    expect(await screen.findByText('Toutes les orientations ont été reçues par leur service.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Décisions en attente de seconde approbation' })).toBeNull();
    expect(sent.some((r) => r.url.startsWith('/api/v1/approvals'))).toBe(false);
  });
});
