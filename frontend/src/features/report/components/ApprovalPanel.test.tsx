import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubEventSource } from '../../../testing/mockEventSource';
import { stubFetch } from '../../../testing/stubFetch';

const ID = '0b7c6c1e-1111-4222-8333-944444444444';
const DECISION = 'd0d0d0d0-1111-4222-8333-944444444444';
const URL_OF = `/api/v1/reports/${ID}`;

function report(state: string) {
  return {
    id: ID, version: 1, priority: 'P1', score: 95, signals: [], entities: null, status: state === 'PENDING_APPROVAL' ? 'PENDING_APPROVAL' : 'ACTIONED',
    platform: 'CLASSIFIED_AD', platformName: null, url: null, text: 'Texte fictif', observedAt: '2026-01-15T09:30:00Z',
    receivedAt: '2026-01-15T09:31:00Z', location: null, contacts: [], reporterConcern: null, note: null, source: null,
    submittedBy: null, sightings: [], linkedReports: [], claim: null,
    referrals: state === 'PENDING_APPROVAL' ? [] : [{ reportId: ID, decisionId: DECISION, channel: 'POLICE', urgency: 'IMMEDIATE',
      priority: 'P1', state: 'PREPARED', decidedBy: 'dominique', decidedAt: '2026-01-15T09:40:00Z', sent: null, acknowledged: null }],
    history: [{ kind: 'DECISION', id: DECISION, type: 'REFERRAL', author: 'dominique', at: '2026-01-15T09:40:00Z',
      details: { channel: 'POLICE', urgency: 'IMMEDIATE' }, supersedes: null, state }],
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ApprovalPanel', () => {
  it('lets another coordinator approve, and then the referral can be marked as sent', async () => {
    stubEventSource();
    let state = 'PENDING_APPROVAL';
    const { sent } = stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'camille', roles: ['COORDINATOR'] } },
      [`GET ${URL_OF}`]: () => ({ status: 200, body: report(state) }),
      [`POST ${URL_OF}/decisions/${DECISION}/approval`]: () => {
        state = 'APPROVED';
        return { status: 201, body: { kind: 'APPROVAL', id: DECISION, type: 'APPROVED', author: 'camille', at: '2026-01-15T10:00:00Z', details: {}, supersedes: null, state: null } };
      },
      [`POST ${URL_OF}/referrals/${DECISION}/sent`]: { status: 200, body: {} },
    });
    renderApp(`/signalements/${ID}`);

    expect(await screen.findByRole('heading', { name: 'Seconde approbation' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Refuser' }));
    expect(screen.getByText(/obligatoire pour refuser/)).toBeTruthy();
    expect(sent.some((r) => r.url.endsWith('/approval'))).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Approuver' }));
    expect(await screen.findByRole('heading', { name: 'Suivi de l’orientation' })).toBeTruthy();
    const approval = sent.find((r) => r.url.endsWith('/approval'))!;
    expect(JSON.parse(approval.body!)).toEqual({ approve: true, comment: '' });
    expect(screen.queryByRole('heading', { name: 'Seconde approbation' })).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText('Envoyée par'), 'SECURE_PLATFORM');
    await userEvent.click(screen.getByRole('button', { name: 'Marquer comme envoyée' }));
    const step = sent.find((r) => r.url.endsWith('/sent'))!;
    expect(JSON.parse(step.body!)).toEqual({ method: 'SECURE_PLATFORM' });
    expect(screen.getByRole('link', { name: 'Télécharger la fiche de transmission (PDF)' }).getAttribute('href')).toBe(
      `${URL_OF}/referral-packet.pdf`,
    );
  });

  it('tells the author that someone else must approve', async () => {
    stubEventSource();
    stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles: ['COORDINATOR'] } },
      [`GET ${URL_OF}`]: { status: 200, body: report('PENDING_APPROVAL') },
    });
    renderApp(`/signalements/${ID}`);

    expect(await screen.findByText('Vous en êtes l’auteur·rice : une autre personne doit l’approuver.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approuver' })).toBeNull();
  });
});
