import { describe, expect, it } from 'vitest';
import type { DutyAlert } from '../../lib/api/types';
import { alertDetails, alertHeadline, tabTitle, waited } from './alertText';

const ALERT: DutyAlert = {
  id: 'a-1',
  kind: 'UNCLAIMED',
  reportId: 'r-1',
  priority: 'P1',
  platform: 'CLASSIFIED_AD',
  department: '69',
  worker: null,
  since: '2026-12-01T20:00:00Z',
  waiting: 'PT16M3S',
  raisedAt: '2026-12-01T20:15:00Z',
  recipients: ['dominique'],
  noCoordinatorOnDuty: false,
  acknowledgedBy: null,
  acknowledgedAt: null,
  resolvedAt: null,
  link: '/signalements/r-1',
};

describe('alertText', () => {
  it('says what waits, where, for how long', () => {
    expect(alertHeadline(ALERT)).toBe('P1 sans prise en charge');
    expect(alertDetails(ALERT)).toBe('Annonces · dép. 69 · depuis 16 min');
    expect(alertHeadline({ ...ALERT, kind: 'ESCALATION', worker: 'lea' })).toBe('P1 escaladé par lea');
    expect(alertHeadline({ ...ALERT, kind: 'EXPOSURE', reportId: null, worker: 'lea' })).toBe('Budget d’exposition atteint par lea');
    expect(alertDetails({ ...ALERT, kind: 'EXPOSURE', reportId: null, platform: null })).toBe('depuis 16 min');
  });

  it('reads durations', () => {
    expect(waited('PT2H5M')).toBe('2 h 05 min');
    expect(waited('PT40S')).toBe('moins d’une minute');
    expect(waited('P1D')).toBe('P1D');
  });

  it('counts the waiting alerts in the tab title', () => {
    expect(tabTitle(0)).toBe('Vigie');
    expect(tabTitle(3)).toBe('(3) Vigie');
  });
});
