import { answered, client } from '../../../lib/api/client';
import type { QueueFilter, QueuePage } from '../../../lib/api/types';

/** The query of GET /queue: limit first, then only the filters that are set. */
export function queueQuery(filter: QueueFilter = {}, limit = 50, after?: string) {
  return {
    limit,
    after: after || undefined,
    band: filter.band || undefined,
    platform: filter.platform || undefined,
    department: filter.department || undefined,
    status: filter.status || undefined,
    mine: filter.mine || undefined,
    followUps: filter.followUps || undefined,
    teamFollowUps: filter.teamFollowUps || undefined,
    scope: filter.scope || undefined,
  };
}

export const queueApi = {
  /** One page; `after` is the previous page's `next` (keyset cursor, opaque). */
  queue: (filter: QueueFilter = {}, limit = 50, after?: string): Promise<QueuePage> =>
    answered(client.GET('/api/v1/queue', { params: { query: queueQuery(filter, limit, after) } })),
};
