import { answered, client, done } from '../../../lib/api/client';
import type { AlertSettings, ContactWatch, UnseenWatchAlert, Watchlist } from '../../../lib/api/types';

/** Her watchlist: contacts she watches, alerts raised by new reports showing them. */
export const watchlistApi = {
  list: async (): Promise<Watchlist> => (await answered(client.GET('/api/v1/watchlist'))) as Watchlist,

  watch: async (contact: string, note: string): Promise<ContactWatch> =>
    (await answered(client.POST('/api/v1/watchlist', { body: { contact, note } }))) as ContactWatch,

  unwatch: (id: string): Promise<void> => done(client.DELETE('/api/v1/watchlist/{id}', { params: { path: { id } } })),

  /** Her unseen alerts without contact or content, for the desktop notifications (not audited). */
  unseen: async (): Promise<UnseenWatchAlert[]> =>
    (await answered(client.GET('/api/v1/watchlist/alerts/unseen'))) as UnseenWatchAlert[],

  /** Where her alerts are e-mailed (the same setting as the coordination alerts'). */
  emailSettings: (): Promise<AlertSettings> => answered(client.GET('/api/v1/queue/alerts/settings')),

  saveEmail: (email: string | null): Promise<AlertSettings> =>
    answered(client.PUT('/api/v1/queue/alerts/settings', { body: { email: email ?? undefined } })),

  seen: (id: string): Promise<void> => done(client.POST('/api/v1/watchlist/alerts/{id}/seen', { params: { path: { id } } })),
};
