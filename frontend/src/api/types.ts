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
export type ReportStatus =
  | 'NEW'
  | 'IN_REVIEW'
  | 'ESCALATED'
  | 'ACTIONED'
  | 'CLOSED'
  | 'MERGED'
  | (string & {});

/** Characters [start, end) of a report's text, in UTF-16 code units (JavaScript string indexes). */
export interface TextRange {
  start: number;
  end: number;
}

export interface Signal {
  code: string;
  label: string;
  evidence: string;
  /** Where the evidence is in the report's text; absent from older answers. */
  ranges?: TextRange[];
}

/** A worker's exclusive lease on a report. */
export interface Claim {
  worker: string;
  /** ISO-8601 instant. */
  claimedAt: string;
  /** ISO-8601 instant. */
  expiresAt: string;
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
  /** Who holds the report now, if anyone. */
  claim?: Claim | null;
  /** A contact's follow-up date has come (for the worker who asked). */
  followUpDue?: boolean;
  /** The follow-up date (YYYY-MM-DD), when the backend sends it. */
  followUpOn?: string | null;
}

/** GET /queue/alerts (coordinators): open P1 reports older than the threshold that nobody holds. */
export interface QueueAlerts {
  /** ISO-8601 duration, e.g. "PT15M". */
  threshold: string;
  unclaimedP1: { id: string; platform: Platform; receivedAt: string }[];
}

export interface QueuePage {
  items: QueueItem[];
  /** Open reports per band, whatever the filters. */
  counts?: Partial<Record<Priority, number>>;
}

/** Filters of GET /queue; none: the open reports and my due follow-ups. */
export interface QueueFilter {
  band?: Priority;
  platform?: Platform;
  department?: string;
  status?: ReportStatus;
  mine?: boolean;
  followUps?: boolean;
}

/** What GET /queue/events says after each committed change. */
export interface QueueEvent {
  reportId: string;
  event: 'RECORDED' | 'UPDATED' | 'SIGHTED' | 'RAISED' | 'CLAIMED' | 'RELEASED' | 'DECIDED' | (string & {});
}

export interface ReportEntities {
  phones: string[];
  handles: string[];
  ages: number[];
  birthYears: number[];
  schoolLevels: string[];
  places: string[];
}

export interface Sighting {
  source: string | null;
  /** ISO-8601 instant. */
  seenAt: string;
  matchedOn: 'URL' | 'TEXT' | (string & {});
}

export interface LinkedReport {
  id: string;
  priority: Priority;
  status: ReportStatus;
  sharedContacts: string[];
}

export type DecisionType = 'CONTACT' | 'REFERRAL' | 'NO_ACTION' | 'DUPLICATE' | 'ESCALATE';

/** One line of a report's history, oldest first: never rewritten, only superseded. */
export interface HistoryEntry {
  kind: 'DECISION' | 'NOTE';
  id: string;
  /** The decision type, or INTERNAL / SHAREABLE for a note. */
  type: DecisionType | 'INTERNAL' | 'SHAREABLE' | (string & {});
  author: string;
  /** ISO-8601 instant. */
  at: string;
  details: Record<string, string>;
  supersedes: string | null;
}

/** The whole report, as a worker reads it. */
export interface ReportDetail {
  id: string;
  version: number;
  priority: Priority;
  score: number;
  signals: Signal[];
  entities: ReportEntities | null;
  status: ReportStatus;
  platform: Platform;
  platformName: string | null;
  url: string | null;
  text: string;
  observedAt: string;
  receivedAt: string;
  location: { city: string | null; postalCode: string | null; department: string | null } | null;
  contacts: string[];
  reporterConcern: ReporterConcern | null;
  note: string | null;
  source: string | null;
  submittedBy: string | null;
  sightings: Sighting[];
  linkedReports: LinkedReport[];
  claim: Claim | null;
  history: HistoryEntry[];
}

/** A decision as sent: the fields of its type, all text; the server checks them. */
export interface DecisionRequest {
  type: DecisionType;
  channel?: string;
  messageSummary?: string;
  outcome?: string;
  followUpDate?: string;
  urgency?: string;
  justification?: string;
  externalReference?: string;
  reason?: string;
  comment?: string;
  duplicateOf?: string;
  supersedes?: string;
}

export interface NewNote {
  text: string;
  shareable: boolean;
}

export interface ContactReports {
  contact: string;
  reports: LinkedReport[];
}

/** RFC 9457 problem details, as sent with application/problem+json. */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: { field: string; message: string }[];
  /** On a 409 about a claim: who holds the report. */
  claim?: Claim;
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

/** How phrases compare: light French stems (default) or exact normalised words. */
export type MatchOn = 'STEM' | 'WORD';

/** Words around a match that make it mean something else (see analysis/README.md). */
export interface RuleContext {
  phrases: string[];
  matchOn?: MatchOn;
  /** Tokens before / after the match where a phrase drops it. */
  before?: number;
  after?: number;
  /** A phrase anywhere in the text drops the match. */
  anywhere?: boolean;
}

/** Inclusive bounds; kinds: STATED (default), RANGE, THRESHOLD. */
export interface AgeRange {
  min?: number | null;
  max?: number | null;
  kinds?: string[] | null;
}

/** What a rule needs: every part present must match. */
export interface RuleCondition {
  phrases?: string[] | null;
  matchOn?: MatchOn | null;
  age?: AgeRange | null;
  birthYearAge?: AgeRange | null;
  reporterConcern?: ReporterConcern[] | null;
}

export interface SignalRule {
  code: string;
  /** French, shown to the worker. */
  label: string;
  weight: number;
  when: RuleCondition;
  /** Names of contexts that drop a match. */
  unless?: string[] | null;
}

/** One line of the band table: the first line whose conditions hold gives the band. */
export interface BandLine {
  band: Priority;
  all?: string[] | null;
  any?: string[] | null;
  none?: string[] | null;
}

/** A whole rule set, as GET /rules sends it and preview / publish take it. */
export interface RuleDefinition {
  version: string;
  contexts?: Record<string, RuleContext> | null;
  rules: SignalRule[];
  bands: BandLine[];
}

export interface RuleVersion {
  version: string;
  publishedBy: string;
  /** ISO-8601 instant. */
  publishedAt: string;
  comment: string | null;
}

export type RescoringState = 'IDLE' | 'RUNNING' | 'DONE' | 'FAILED';

/** Where the latest rescoring of the open reports stands. */
export interface RescoringProgress {
  version: string | null;
  state: RescoringState;
  total: number;
  done: number;
  changed: number;
}

/** GET /rules: the rules in force, the published versions (newest first), the last rescoring. */
export interface RulesInForce {
  definition: RuleDefinition;
  history: RuleVersion[];
  rescoring: RescoringProgress;
}

export interface RulesPreview {
  version: string;
  openReports: number;
  changedBand: number;
  /** A few of the open reports that would change band. */
  examples: { id: string; from: Priority; to: Priority }[];
}

export interface RulesPublication {
  version: string;
  rescoring: RescoringProgress;
}
