import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../../testing/stubFetch';
import { ClaimPanel } from './ClaimPanel';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const COLLEAGUES = {
  status: 200,
  body: {
    items: [
      { username: 'zoe', onShift: true, shiftEnd: '2026-01-15T22:00:00Z' },
      { username: 'alice', onShift: false, shiftEnd: null },
    ],
  },
};

function panel(onReassign = vi.fn(), coordinator = true) {
  render(
    <ClaimPanel
      claim={null}
      me="dominique"
      coordinator={coordinator}
      busy={false}
      message=""
      onClaim={vi.fn()}
      onRelease={vi.fn()}
      onReassign={onReassign}
    />,
  );
  return onReassign;
}

describe('ClaimPanel: reassigning', () => {
  it('offers the colleagues in a list, those on shift first with the end of their shift', async () => {
    stubFetch({ 'GET /api/v1/shifts/colleagues': COLLEAGUES });
    const onReassign = panel();

    const list = await screen.findByRole('combobox', { name: 'Réattribuer à' });
    await screen.findByRole('option', { name: 'zoe (jusqu’à 23:00)' });
    const groups = within(list).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('label'))).toEqual(['De service maintenant', 'Hors créneau']);
    expect(within(groups[0]!).getAllByRole('option').map((o) => o.textContent)).toEqual(['zoe (jusqu’à 23:00)']);
    expect(within(groups[1]!).getAllByRole('option').map((o) => o.textContent)).toEqual(['alice']);
    expect(screen.queryByRole('textbox')).toBeNull();
    const button = screen.getByRole('button', { name: 'Réattribuer' });
    expect(button).toHaveProperty('disabled', true);

    await userEvent.selectOptions(list, 'alice');
    await userEvent.click(button);

    expect(onReassign).toHaveBeenCalledWith('alice');
  });

  it('is not shown to a worker, and the list is not asked for', () => {
    const network = stubFetch({});
    panel(vi.fn(), false);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(network.sent).toEqual([]);
  });
});
