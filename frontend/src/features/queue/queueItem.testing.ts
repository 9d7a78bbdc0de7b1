import type { QueueItem } from '../../lib/api/types';

/** A queue row for the queue's tests: an ordinary P3 classified ad unless told otherwise. */
export function queueItem(id: string = crypto.randomUUID(), overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    id,
    priority: 'P3',
    score: 10,
    signals: [],
    status: 'NEW',
    observedAt: '2026-01-15T09:30:00Z',
    receivedAt: '2026-01-15T09:31:00Z',
    platform: 'CLASSIFIED_AD',
    platformName: `Site-${id}`,
    city: null,
    department: null,
    source: null,
    claim: null,
    followUpDue: false,
    followUpOn: null,
    followUpBy: null,
    excerpt: null,
    ...overrides,
  };
}
