import { answered, client, done } from '../../../lib/api/client';
import type {
  IssuedKey,
  IssuedWebhookSecret,
  NewPartner,
  Partner,
  PartnerWebhook,
  WebhookDelivery,
} from '../../../lib/api/types';

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

  /** 404 when the partner has none. Never the secret. */
  webhook: async (partnerId: string): Promise<PartnerWebhook> =>
    (await answered(client.GET('/api/v1/admin/partners/{id}/webhook', { params: ofPartner(partnerId) }))) as PartnerWebhook,

  /** Sets or changes the URL: a new signing secret, in this answer only. */
  setWebhook: async (partnerId: string, url: string): Promise<IssuedWebhookSecret> =>
    (await answered(
      client.PUT('/api/v1/admin/partners/{id}/webhook', { params: ofPartner(partnerId), body: { url } }),
    )) as IssuedWebhookSecret,

  rotateWebhookSecret: async (partnerId: string): Promise<IssuedWebhookSecret> =>
    (await answered(
      client.POST('/api/v1/admin/partners/{id}/webhook/secret', { params: ofPartner(partnerId) }),
    )) as IssuedWebhookSecret,

  removeWebhook: (partnerId: string) =>
    done(client.DELETE('/api/v1/admin/partners/{id}/webhook', { params: ofPartner(partnerId) })),

  webhookDeliveries: async (partnerId: string): Promise<WebhookDelivery[]> =>
    ((await answered(
      client.GET('/api/v1/admin/partners/{id}/webhook/deliveries', { params: { ...ofPartner(partnerId), query: {} } }),
    )).items ?? []) as WebhookDelivery[],

  replayWebhookDelivery: (partnerId: string, deliveryId: string) =>
    done(
      client.POST('/api/v1/admin/partners/{id}/webhook/deliveries/{deliveryId}/replay', {
        params: { path: { id: partnerId, deliveryId } },
      }),
    ),
};
