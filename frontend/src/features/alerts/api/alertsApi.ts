import { answered, client } from '../../../lib/api/client';
import type { AcknowledgedAlerts, AlertSettings, DutyAlert, QueueAlerts } from '../../../lib/api/types';

/** Coordinators: the alerts routed to me, their acknowledgement, where I want them e-mailed. */
export const alertsApi = {
  alerts: (): Promise<QueueAlerts> => answered(client.GET('/api/v1/queue/alerts')) as Promise<QueueAlerts>,
  acknowledge: (id: string): Promise<DutyAlert> =>
    answered(client.POST('/api/v1/queue/alerts/{id}/acknowledgement', { params: { path: { id } } })) as Promise<DutyAlert>,
  /** Several at once, all or none: one call for « Tout prendre en compte ». */
  acknowledgeTogether: (ids: string[]): Promise<AcknowledgedAlerts> =>
    answered(client.POST('/api/v1/queue/alerts/acknowledgements', { body: { ids } })) as Promise<AcknowledgedAlerts>,
  settings: (): Promise<AlertSettings> => answered(client.GET('/api/v1/queue/alerts/settings')),
  saveSettings: (email: string | null): Promise<AlertSettings> =>
    answered(client.PUT('/api/v1/queue/alerts/settings', { body: { email: email ?? undefined } })),
};
