import { answered, client } from '../../../lib/api/client';
import type { Network } from '../networkModel';

/** The network around a contact (paged through its reports) or around a report. */
export const networkApi = {
  ofContact: async (contact: string, after?: string): Promise<Network> =>
    (await answered(
      client.GET('/api/v1/contacts/{contact}/network', { params: { path: { contact }, query: after ? { after } : {} } }),
    )) as Network,

  ofReport: async (id: string): Promise<Network> =>
    (await answered(client.GET('/api/v1/reports/{id}/network', { params: { path: { id } } }))) as Network,
};
