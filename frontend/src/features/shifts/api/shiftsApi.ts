import { answered, client } from '../../../lib/api/client';
import type { DutyNow, Shift, ShiftCalendar, ShiftRequest } from '../../../lib/api/types';

/** The Coordination API's shifts: coordinators plan, a worker reads hers and signs up for open slots. */
export const shiftsApi = {
  /** from / to: YYYY-MM-DD days in Paris (from inclusive, to exclusive). */
  calendar: (from: string, to: string): Promise<ShiftCalendar> =>
    answered(client.GET('/api/v1/shifts', { params: { query: { from, to } } })) as Promise<ShiftCalendar>,
  plan: (shift: ShiftRequest) => answered(client.POST('/api/v1/shifts', { body: shift })),
  remove: (id: string) => answered(client.DELETE('/api/v1/shifts/{id}', { params: { path: { id } } })),
  signUp: (id: string): Promise<Shift> =>
    answered(client.POST('/api/v1/shifts/{id}/signup', { params: { path: { id } } })) as Promise<Shift>,
  handOver: (id: string, note: string) =>
    answered(client.POST('/api/v1/shifts/{id}/handover', { params: { path: { id } }, body: { note } })),
  now: (): Promise<DutyNow> => answered(client.GET('/api/v1/shifts/now')) as Promise<DutyNow>,
};
