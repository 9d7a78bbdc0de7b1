import { answered, client } from '../../../lib/api/client';
import type { QueueAlerts } from '../../../lib/api/types';

/** Coordinators: the P1 reports that have waited too long with nobody holding them. */
export const queueAlerts = (): Promise<QueueAlerts> => answered(client.GET('/api/v1/queue/alerts'));
