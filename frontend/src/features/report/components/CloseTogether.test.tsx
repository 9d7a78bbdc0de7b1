import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LinkedReport } from '../../../lib/api/types';
import { stubFetch } from '../../../testing/stubFetch';
import { CloseTogether } from './CloseTogether';

const ID = '11111111-2222-4333-8444-555555555555';
const LINKED: LinkedReport[] = [
  { id: '22222222-2222-4333-8444-555555555555', priority: 'P3', status: 'NEW', sharedContacts: ['+33600000001'] },
  { id: '33333333-2222-4333-8444-555555555555', priority: 'P2', status: 'ACTIONED', sharedContacts: ['+33600000001'] },
];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CloseTogether', () => {
  it('ticks nothing by default and closes nothing before a linked report is ticked', async () => {
    const fetchMock = stubFetch({ 'POST /api/v1/group-decisions': { status: 201, body: [] } });
    const user = userEvent.setup();
    render(<CloseTogether reportId={ID} linkedReports={LINKED} onClosed={() => {}} />);

    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(1);
    expect((boxes[0] as HTMLInputElement).checked).toBe(false);
    await user.selectOptions(screen.getByLabelText('Motif'), 'AD_REMOVED');
    await user.type(screen.getByLabelText('Commentaire'), 'annonces retirées');
    await user.click(screen.getByRole('button', { name: 'Clore ensemble…' }));

    expect(screen.getByRole('alert').textContent).toBe('Cochez au moins un signalement lié à clore avec celui-ci.');
    expect(fetchMock.sent).toHaveLength(0);
  });

  it('asks to confirm with the count, then closes this report and the ticked linked ones in one request', async () => {
    const fetchMock = stubFetch({ 'POST /api/v1/group-decisions': { status: 201, body: [] } });
    const onClosed = vi.fn();
    const user = userEvent.setup();
    render(<CloseTogether reportId={ID} linkedReports={LINKED} onClosed={onClosed} />);

    await user.click(screen.getByRole('checkbox'));
    await user.selectOptions(screen.getByLabelText('Motif'), 'AD_REMOVED');
    await user.type(screen.getByLabelText('Commentaire'), 'annonces retirées');
    await user.click(screen.getByRole('button', { name: 'Clore ces 2 signalements…' }));
    expect(fetchMock.sent).toHaveLength(0);
    expect(screen.getByText('Clore 2 signalements sans suite (celui-ci et 1 lié) ?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Confirmer la clôture des 2 signalements' }));

    const [sent] = fetchMock.sent;
    expect(JSON.parse(String(sent?.body))).toEqual({
      reportIds: [ID, LINKED[0]!.id],
      decision: { type: 'NO_ACTION', reason: 'AD_REMOVED', comment: 'annonces retirées' },
    });
    expect(onClosed).toHaveBeenCalledWith(2);
  });

  it('says nothing was closed when one report is held by someone else', async () => {
    stubFetch({
      'POST /api/v1/group-decisions': { status: 409, body: { status: 409, detail: 'Déjà pris en charge par lea / Already claimed by lea' } },
    });
    const user = userEvent.setup();
    render(<CloseTogether reportId={ID} linkedReports={LINKED} onClosed={() => {}} />);
    await user.click(screen.getByRole('checkbox'));
    await user.selectOptions(screen.getByLabelText('Motif'), 'AD_REMOVED');
    await user.type(screen.getByLabelText('Commentaire'), 'x');
    await user.click(screen.getByRole('button', { name: /Clore ces/ }));
    await user.click(screen.getByRole('button', { name: /Confirmer la clôture/ }));

    expect((await screen.findByRole('alert')).textContent).toBe('Rien n’a été clos : Déjà pris en charge par lea');
  });

  it('is not offered when no linked report is open', () => {
    const { container } = render(
      <CloseTogether reportId={ID} linkedReports={[LINKED[1]!]} onClosed={() => {}} />,
    );
    expect(container.textContent).toBe('');
  });
});
