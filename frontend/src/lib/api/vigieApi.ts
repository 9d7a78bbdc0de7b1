import { request } from './http';
import type {
  Claim,
  ContactReports,
  Credentials,
  CurrentUser,
  DecisionRequest,
  HistoryEntry,
  IssuedKey,
  ManualReport,
  NewNote,
  NewPartner,
  Partner,
  QueueAlerts,
  QueueFilter,
  QueuePage,
  ReportDetail,
  RescoringProgress,
  RuleDefinition,
  RulesInForce,
  RulesPreview,
  RulesPublication,
  SubmissionReceipt,
} from './types';

const BASE = '/api/v1';

/** The query string of GET /queue: limit first, then only the filters that are set. */
export function queueQuery(filter: QueueFilter = {}, limit = 50): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (filter.band) params.set('band', filter.band);
  if (filter.platform) params.set('platform', filter.platform);
  if (filter.department) params.set('department', filter.department);
  if (filter.status) params.set('status', filter.status);
  if (filter.mine) params.set('mine', 'true');
  if (filter.followUps) params.set('followUps', 'true');
  return params.toString();
}

const report = (id: string) => `${BASE}/reports/${encodeURIComponent(id)}`;

/** The one client of the Vigie backend: every call the front end makes is here. */
export const vigieApi = {
  login: (credentials: Credentials) =>
    request<CurrentUser>('POST', `${BASE}/auth/login`, { body: credentials }),

  me: () => request<CurrentUser>('GET', `${BASE}/auth/me`),

  logout: () => request<void>('POST', `${BASE}/auth/logout`),

  queue: (filter: QueueFilter = {}, limit = 50) =>
    request<QueuePage>('GET', `${BASE}/queue?${queueQuery(filter, limit)}`),

  /** Coordinators: the P1 reports that have waited too long with nobody holding them. */
  queueAlerts: () => request<QueueAlerts>('GET', `${BASE}/queue/alerts`),

  /** Server-sent events (« ready », then « queue » after each change): open with EventSource. */
  queueEventsUrl: `${BASE}/queue/events`,

  report: (id: string) => request<ReportDetail>('GET', report(id)),

  /** Takes the report, or renews my own claim; 409 with the holder otherwise. */
  claim: (id: string) => request<Claim>('POST', `${report(id)}/claim`),

  release: (id: string) => request<void>('DELETE', `${report(id)}/claim`),

  /** Coordinators only. */
  reassign: (id: string, worker: string) =>
    request<Claim>('POST', `${report(id)}/claim/reassign`, { body: { worker } }),

  decide: (id: string, decision: DecisionRequest) =>
    request<HistoryEntry>('POST', `${report(id)}/decisions`, { body: decision }),

  /** One decision for several reports of one situation: all or nothing (409 if one is held). */
  decideTogether: (reportIds: string[], decision: DecisionRequest) =>
    request<HistoryEntry[]>('POST', `${BASE}/group-decisions`, { body: { reportIds, decision } }),

  addNote: (id: string, note: NewNote) =>
    request<HistoryEntry>('POST', `${report(id)}/notes`, { body: note }),

  /** A plain-text download (a link, not a fetch): the facts, entities and decisions, no notes. */
  referralPacketUrl: (id: string) => `${report(id)}/referral-packet`,

  contactReports: (contact: string) =>
    request<ContactReports>('GET', `${BASE}/contacts/${encodeURIComponent(contact)}/reports`),
  secondFactorSetup: () =>
    request<{ secret: string; uri: string }>('POST', `${BASE}/auth/second-factor/setup`, { body: {} }),

  secondFactorConfirm: (code: string) =>
    request<void>('POST', `${BASE}/auth/second-factor/confirm`, { body: { code } }),


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

  /** Coordinators only: the rules in force, their history and the last rescoring. */
  rules: () => request<RulesInForce>('GET', `${BASE}/rules`),

  /** What candidate rules would change in the open queue; nothing is written. 422 if invalid. */
  previewRules: (definition: RuleDefinition) =>
    request<RulesPreview>('POST', `${BASE}/rules/preview`, { body: { definition } }),

  /** Publishes a new version (409 if it exists) and starts rescoring the open reports. */
  publishRules: (definition: RuleDefinition, comment: string) =>
    request<RulesPublication>('POST', `${BASE}/rules`, { body: { definition, comment } }),

  rescoring: () => request<RescoringProgress>('GET', `${BASE}/rules/rescoring`),
};
