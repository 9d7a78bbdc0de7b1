import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/renderApp';
import { stubFetch } from '../../../testing/stubFetch';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ESCALATION = {
  reportId: 'r-9',
  decisionId: 'd-9',
  priority: 'P2',
  platform: 'SOCIAL_NETWORK',
  department: '69',
  escalatedBy: 'lea',
  escalatedAt: '2026-12-01T20:00:00Z',
  waiting: 'PT1H5M',
  reason: 'doute sur l’âge',
};

describe('EscalationsPage', () => {
  it('lists the escalations with reason, age and who, and returns one with a note', async () => {
    let answered = false;
    const network = stubFetch({
      'GET /api/v1/auth/me': { status: 200, body: { username: 'dominique', roles: ['COORDINATOR'] } },
      'GET /api/v1/escalations': () => ({ status: 200, body: { items: answered ? [] : [ESCALATION] } }),
      'POST /api/v1/escalations/r-9/answer': () => {
        answered = true;
        return { status: 201, body: { id: 'a-1', action: 'RETURN', worker: 'lea' } };
      },
    });

    renderApp('/escalades');

    expect(await screen.findByText('Motif : doute sur l’âge')).toBeTruthy();
    expect(screen.getByText(/escaladé par/).textContent).toContain('il y a 1 h 05 min');
    fireEvent.change(screen.getByLabelText('Note pour lea'), { target: { value: 'Majeure : à toi de décider' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rendre avec la note' }));

    expect(await screen.findByText('Rendu à lea.')).toBeTruthy();
    expect(await screen.findByText('Aucune escalade en attente')).toBeTruthy();
    const sent = network.sent.find((r) => r.method === 'POST');
    expect(JSON.parse(sent?.body ?? '{}')).toEqual({ action: 'RETURN', note: 'Majeure : à toi de décider' });
  });
});
