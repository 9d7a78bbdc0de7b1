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
  it('closes this report and the open linked ones in one request', async () => {
    const fetchMock = stubFetch({ 'POST /api/v1/group-decisions': { status: 201, body: [] } });
    const onClosed = vi.fn();
    const user = userEvent.setup();
    render(<CloseTogether reportId={ID} linkedReports={LINKED} onClosed={onClosed} />);

    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Motif'), 'AD_REMOVED');
    await user.type(screen.getByLabelText('Commentaire'), 'annonces retirées');
    await user.click(screen.getByRole('button', { name: 'Clore ces 2 signalements' }));

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
    await user.selectOptions(screen.getByLabelText('Motif'), 'AD_REMOVED');
    await user.type(screen.getByLabelText('Commentaire'), 'x');
    await user.click(screen.getByRole('button', { name: /Clore ces/ }));

    expect((await screen.findByRole('alert')).textContent).toBe('Rien n’a été clos : Déjà pris en charge par lea');
  });

  it('is not offered when no linked report is open', () => {
    const { container } = render(
      <CloseTogether reportId={ID} linkedReports={[LINKED[1]!]} onClosed={() => {}} />,
    );
    expect(container.textContent).toBe('');
  });
});
