import { request } from './http';
import type {
  Credentials,
  CurrentUser,
  IssuedKey,
  ManualReport,
  NewPartner,
  Partner,
  QueuePage,
  SubmissionReceipt,
} from './types';

const BASE = '/api/v1';

/** The one client of the Vigie backend: every call the front end makes is here. */
export const vigieApi = {
  login: (credentials: Credentials) =>
    request<CurrentUser>('POST', `${BASE}/auth/login`, { body: credentials }),

  me: () => request<CurrentUser>('GET', `${BASE}/auth/me`),

  logout: () => request<void>('POST', `${BASE}/auth/logout`),

  secondFactorSetup: () =>
    request<{ secret: string; uri: string }>('POST', `${BASE}/auth/second-factor/setup`, { body: {} }),

  secondFactorConfirm: (code: string) =>
    request<void>('POST', `${BASE}/auth/second-factor/confirm`, { body: { code } }),

  queue: (limit = 50) => request<QueuePage>('GET', `${BASE}/queue?limit=${limit}`),

  submitManualReport: (report: ManualReport) =>
    request<SubmissionReceipt>('POST', `${BASE}/manual-reports`, { body: report }),

  partners: () => request<Partner[]>('GET', `${BASE}/admin/partners`),

  createPartner: (partner: NewPartner) =>
    request<IssuedKey>('POST', `${BASE}/admin/partners`, { body: partner }),

  issuePartnerKey: (partnerId: string) =>
    request<IssuedKey>('POST', `${BASE}/admin/partners/${encodeURIComponent(partnerId)}/keys`),

  revokePartnerKey: (partnerId: string, keyId: string) =>
    request<void>(
      'DELETE',
      `${BASE}/admin/partners/${encodeURIComponent(partnerId)}/keys/${encodeURIComponent(keyId)}`,
    ),

  setPartnerRateLimit: (partnerId: string, requestsPerMinute: number | null) =>
    request<void>('PUT', `${BASE}/admin/partners/${encodeURIComponent(partnerId)}/rate-limit`, {
      body: { requestsPerMinute },
    }),
};
