import { describe, expect, it } from 'vitest';
import type { DutyAlert } from '../../lib/api/types';
import { summarise } from './alertGroups';

function alert(id: string, overrides: Partial<DutyAlert> = {}): DutyAlert {
  return {
    id,
    kind: 'UNCLAIMED',
    reportId: `r-${id}`,
    priority: 'P1',
    platform: 'CLASSIFIED_AD',
    department: '69',
    worker: null,
    since: '2026-11-29T20:05:00Z',
    waiting: 'PT16M',
    raisedAt: '2026-11-29T20:20:00Z',
    recipients: ['dominique'],
    noCoordinatorOnDuty: false,
    acknowledgedBy: null,
    acknowledgedAt: null,
    resolvedAt: null,
    link: `/signalements/r-${id}`,
    ...overrides,
  } as DutyAlert;
}

describe('summarise', () => {
  it('says many unclaimed reports of one band in one line (acknowledged or not), and lists the others', () => {
    const many = Array.from({ length: 19 }, (_, i) => alert(`p1-${i}`));
    const escalation = alert('esc', { kind: 'ESCALATION', worker: 'camille' });
    const twoP2 = [alert('p2-a', { priority: 'P2' }), alert('p2-b', { priority: 'P2' })];
    const done = alert('p1-ack', { acknowledgedBy: 'dominique' });

    const { summaries, listed } = summarise([...many, escalation, ...twoP2, done]);

    expect(summaries.map((s) => [s.priority, s.alerts.length])).toEqual([['P1', 20]]);
    expect(listed.map((a) => a.id)).toEqual(['esc', 'p2-a', 'p2-b']);
  });

  it('lists one by one when there are few', () => {
    expect(summarise([alert('a'), alert('b')]).summaries).toEqual([]);
  });
});
