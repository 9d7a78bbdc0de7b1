import { answered, client } from '../../../lib/api/client';
import type { ContactDossier, ContactNote } from '../../../lib/api/types';

/** A phone number or handle, in any writing: its dossier, and the team's notes about it. */
export const contactsApi = {
  dossier: async (contact: string): Promise<ContactDossier> =>
    (await answered(client.GET('/api/v1/contacts/{contact}', { params: { path: { contact } } }))) as ContactDossier,

  addNote: async (contact: string, text: string): Promise<ContactNote> =>
    (await answered(
      client.POST('/api/v1/contacts/{contact}/notes', { params: { path: { contact } }, body: { text } }),
    )) as ContactNote,
};
