import { answered, client } from '../../../lib/api/client';
import type { EscalatedReport } from '../../../lib/api/types';

/** The coordinators' escalations inbox and its answers (to decide, record a decision on the report). */
export const escalationsApi = {
  inbox: async (): Promise<EscalatedReport[]> =>
    (await answered(client.GET('/api/v1/escalations'))).items as EscalatedReport[],
  takeOver: (reportId: string) =>
    answered(client.POST('/api/v1/escalations/{reportId}/answer', {
      params: { path: { reportId } },
      body: { action: 'TAKE_OVER' },
    })),
  giveBack: (reportId: string, note: string) =>
    answered(client.POST('/api/v1/escalations/{reportId}/answer', {
      params: { path: { reportId } },
      body: { action: 'RETURN', note },
    })),
};
