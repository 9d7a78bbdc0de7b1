/** Shapes of the Vigie backend JSON API (/api/v1). */

export type Role = 'ADMIN' | 'COORDINATOR' | 'WORKER';

export interface CurrentUser {
  username: string;
  roles: Role[];
  /** The account has a TOTP second factor. */
  secondFactorEnabled?: boolean;
  /** One of its roles requires one: until enrolled, the session can only enrol. */
  secondFactorRequired?: boolean;
}

export interface Credentials {
  username: string;
  password: string;
  /** TOTP code, for accounts with a second factor. */
  code?: string;
}

export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

export type Platform =
  | 'CLASSIFIED_AD'
  | 'SOCIAL_NETWORK'
  | 'MESSAGING'
  | 'DATING'
  | 'FORUM'
  | 'OTHER';

/** Report status; the backend may add values, so unknown codes are kept as strings. */
export type ReportStatus = 'NEW' | 'IN_REVIEW' | 'ESCALATED' | 'CLOSED' | (string & {});

export interface Signal {
  code: string;
  label: string;
  evidence: string;
}

export interface QueueItem {
  id: string;
  priority: Priority;
  score: number;
  signals: Signal[];
  status: ReportStatus;
  /** ISO-8601 instant. */
  observedAt: string;
  /** ISO-8601 instant. */
  receivedAt: string;
  platform: Platform;
  platformName: string | null;
  city: string | null;
  department: string | null;
  source: string | null;
}

export interface QueuePage {
  items: QueueItem[];
}

/** RFC 9457 problem details, as sent with application/problem+json. */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: { field: string; message: string }[];
  /** "TOTP" on a login that needs a code; "ENROLMENT_REQUIRED" when a second factor must be set up first. */
  secondFactor?: string;
}

export type ReporterConcern = 'LOW' | 'MEDIUM' | 'HIGH' | 'IMMEDIATE_DANGER';

/** A report typed in by a worker: the same contract as the partner API's. */
export interface ManualReport {
  externalId: string;
  platform: Platform;
  platformName?: string;
  url?: string;
  text: string;
  /** ISO-8601 date-time with offset. */
  observedAt: string;
  location?: { city?: string; postalCode?: string; department?: string };
  contacts?: string[];
  reporterConcern?: ReporterConcern;
  note?: string;
}

export interface SubmissionReceipt {
  id: string;
  status: string;
  statusUrl: string;
  outcome: 'ACCEPTED' | 'DUPLICATE' | 'UPDATED';
  version: number;
}

export interface PartnerKey {
  id: string;
  /** The first characters of the key, e.g. « vk_AbC12 »; the key itself is never sent again. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface Partner {
  id: string;
  name: string;
  createdAt: string;
  /** null: the default budget. */
  requestsPerMinute: number | null;
  keys: PartnerKey[];
}

export interface NewPartner {
  name: string;
  requestsPerMinute?: number;
}

/** A freshly issued key: the only answer that ever holds apiKey. */
export interface IssuedKey {
  partnerId: string;
  partnerName: string;
  keyId: string;
  prefix: string;
  apiKey: string;
}
