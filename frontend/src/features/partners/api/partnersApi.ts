import { answered, client, done } from '../../../lib/api/client';
import type { IssuedKey, NewPartner, Partner } from '../../../lib/api/types';

const ofPartner = (id: string) => ({ path: { id } });

/** Partners of the partner API and their keys (administrators). */
export const partnersApi = {
  partners: (): Promise<Partner[]> => answered(client.GET('/api/v1/admin/partners')),

  createPartner: (partner: NewPartner): Promise<IssuedKey> =>
    answered(client.POST('/api/v1/admin/partners', { body: partner })),

  issuePartnerKey: (partnerId: string): Promise<IssuedKey> =>
    answered(client.POST('/api/v1/admin/partners/{id}/keys', { params: ofPartner(partnerId) })),

  revokePartnerKey: (partnerId: string, keyId: string) =>
    done(client.DELETE('/api/v1/admin/partners/{id}/keys/{keyId}', { params: { path: { id: partnerId, keyId } } })),

  setPartnerRateLimit: (partnerId: string, requestsPerMinute: number | null) =>
    done(
      client.PUT('/api/v1/admin/partners/{id}/rate-limit', {
        params: ofPartner(partnerId),
        // null: back to the default budget (the description does not say that null is allowed).
        body: { requestsPerMinute } as { requestsPerMinute?: number },
      }),
    ),
};
