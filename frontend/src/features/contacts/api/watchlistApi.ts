import { answered, client, done } from '../../../lib/api/client';
import type { ContactWatch, Watchlist } from '../../../lib/api/types';

/** Her watchlist: contacts she watches, alerts raised by new reports showing them. */
export const watchlistApi = {
  list: async (): Promise<Watchlist> => (await answered(client.GET('/api/v1/watchlist'))) as Watchlist,

  watch: async (contact: string, note: string): Promise<ContactWatch> =>
    (await answered(client.POST('/api/v1/watchlist', { body: { contact, note } }))) as ContactWatch,

  unwatch: (id: string): Promise<void> => done(client.DELETE('/api/v1/watchlist/{id}', { params: { path: { id } } })),

  seen: (id: string): Promise<void> => done(client.POST('/api/v1/watchlist/alerts/{id}/seen', { params: { path: { id } } })),
};
