/**
 * Shapes of the Vigie backend JSON API (/api/v1), named in the workbench's words. They come from
 * the server's OpenAPI description (schema.d.ts, generated from openapi/vigie.json); only the rule
 * set, which the server takes as free JSON, is written here.
 */
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/**
 * An answer as it arrives: Jackson writes every component of a record, nulls included, so every
 * property is there. The description does not say which ones may be null: Nullable names them.
 */
export type Complete<T> = T extends (infer E)[]
  ? Complete<E>[]
  : T extends object
    ? { [K in keyof T]-?: Complete<T[K]> }
    : T;

type Answer<N extends keyof Schemas> = Complete<Schemas[N]>;

/** The properties K of T that the server may send as null. */
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

/** The roles of people (PARTNER is the partner API's). */
export type Role = Exclude<Answer<'UserView'>['roles'][number], 'PARTNER'>;

/** Its roles are people's roles. */
export type CurrentUser = Omit<Answer<'CurrentUser'>, 'roles'> & { roles: Role[] };
export type Credentials = Schemas['Credentials'];

export type Priority = Answer<'QueueItem'>['priority'];
export type Platform = NonNullable<Schemas['ReportSubmission']['platform']>;
export type ReporterConcern = NonNullable<Schemas['ReportSubmission']['reporterConcern']>;
export type ReportStatus = Answer<'LinkedReport'>['status'];

export type Signal = Answer<'Signal'>;
/** A worker's exclusive lease on a report. */
export type Claim = Answer<'Claim'>;
export type QueueItem = Nullable<
  Answer<'QueueItem'>,
  'platformName' | 'city' | 'department' | 'source' | 'claim' | 'followUpOn' | 'followUpBy' | 'excerpt'
>;
/** Which part of the queue this is: her shift's scope, or all of it (off shift, or widened). */
export type QueueScope = Nullable<Answer<'AppliedScope'>, 'shiftId'>;
export type QueuePage = Omit<Answer<'Queue'>, 'items' | 'scope'> & { items: QueueItem[]; scope?: QueueScope };
/** An alert routed to a coordinator: band, platform, département, how long, a link; never content. */
export type DutyAlert = Nullable<
  Answer<'Alert'>,
  'reportId' | 'priority' | 'platform' | 'department' | 'worker' | 'acknowledgedBy' | 'acknowledgedAt' | 'resolvedAt'
>;
/** GET /queue/alerts (coordinators): the alerts routed to me, and whether anyone is on duty. */
export type QueueAlerts = Omit<Answer<'Alerts'>, 'items'> & { items: DutyAlert[] };
export type AlertSettings = Nullable<Answer<'AlertSettings'>, 'email'>;
/** POST /queue/alerts/acknowledgements: those this call acknowledged, and those already acknowledged (by whom: acknowledgedBy). */
export type AcknowledgedAlerts = { acknowledged: DutyAlert[]; already: DutyAlert[] };

/** A shift: a person (none for an open shift with slots), a window, a scope. */
export type Shift = Nullable<Answer<'Shift'>, 'username' | 'seriesId' | 'slots' | 'signedUp' | 'openShiftId' | 'endedAt'>;
export type ShiftKind = Shift['kind'];
/** A worker a coordinator can reassign a report to; on shift now first. */
export type Colleague = Nullable<Answer<'Colleague'>, 'shiftEnd'>;
export type ShiftRequest = Schemas['ShiftRequest'];
export type CoverageGap = Answer<'Gap'>;
export type ShiftCalendar = Omit<Answer<'ShiftCalendar'>, 'items'> & { items: Shift[] };
export type OnShift = Answer<'OnShift'>;
export type Exposure = Answer<'Exposure'>;
export type Handover = Answer<'Handover'>;
/** GET /shifts/now: who is on, my shift and exposure, the recent handovers, what the team has open. */
export type DutyNow = Nullable<
  Omit<Answer<'DutyNow'>, 'handovers'> & { handovers: Handover[] },
  'shift' | 'scope' | 'exposure'
>;
export type EscalatedReport = Nullable<Answer<'EscalatedReport'>, 'department' | 'reason'>;
/** Filters of GET /queue; none: the open reports and my due follow-ups. */
export type QueueFilter = Omit<NonNullable<operations['queue']['parameters']['query']>, 'limit'>;

export type ReportEntities = Answer<'ReportEntities'>;
export type Sighting = Nullable<Answer<'Seen'>, 'source'>;
export type LinkedReport = Answer<'LinkedReport'>;
/** One line of a report's history, oldest first: never rewritten, only superseded. */
export type HistoryEntry = Nullable<Answer<'HistoryEntry'>, 'supersedes' | 'state'>;
/** The whole report, as a worker reads it. */
export type ReportDetail = Nullable<
  Omit<Answer<'ReportDetail'>, 'location' | 'sightings' | 'history' | 'referrals'> & {
    location: Nullable<Answer<'Location'>, 'city' | 'postalCode' | 'department'>;
    sightings: Sighting[];
    history: HistoryEntry[];
    referrals: ReferralProgress[];
  },
  'entities' | 'platformName' | 'url' | 'location' | 'reporterConcern' | 'note' | 'source' | 'submittedBy' | 'claim'
>;
/** A decision as sent: the fields of its type, all text; the server checks them. */
export type DecisionRequest = Schemas['DecisionRequest'];
/** The types of decision; the server takes the type as text and checks it. */
export const DECISION_TYPES = ['CONTACT', 'REFERRAL', 'NO_ACTION', 'DUPLICATE', 'ESCALATE'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];
export type NewNote = Schemas['NoteRequest'];
/** A second coordinator's answer to a decision waiting for approval (comment required to reject). */
export type ApprovalRequest = Schemas['ApprovalRequest'];
/** A decision waiting for a second coordinator, as GET /approvals lists it: codes, no content. */
export type PendingApproval = Nullable<Answer<'PendingApproval'>, 'channel' | 'urgency' | 'reason'>;
/** A referral from PREPARED to SENT (who, when, how) to ACKNOWLEDGED (the service's reference). */
export type ReferralProgress = Nullable<
  Answer<'ReferralProgress'>,
  'sent' | 'acknowledged' | 'urgency' | 'channel'
> & { sent: Nullable<Answer<'Sent'>, 'recipient'> | null };
export type ReferralState = 'PREPARED' | 'SENT' | 'ACKNOWLEDGED';
export type ReferralStep = Schemas['ReferralStepRequest'];
export type ContactReports = Answer<'ContactReports'>;

/** A report typed in by a worker: the same contract as the partner API's. */
export type ManualReport = Schemas['ReportSubmission'];
export type SubmissionReceipt = Answer<'SubmissionReceipt'>;

export type PartnerKey = Nullable<Answer<'KeySummary'>, 'lastUsedAt' | 'revokedAt'>;
/** requestsPerMinute null: the default budget. */
export type Partner = Nullable<Omit<Answer<'PartnerSummary'>, 'keys'> & { keys: PartnerKey[] }, 'requestsPerMinute'>;
export type NewPartner = Schemas['NewPartner'];
/** A freshly issued key: the only answer that ever holds apiKey. */
export type IssuedKey = Answer<'IssuedKey'>;
/** A partner's webhook, for administrators: never its secret. */
export type PartnerWebhook = Nullable<Answer<'Webhook'>, 'previousSecretValidUntil'>;
/** The webhook's signing secret, shown once: when set, changed or rotated. */
export type IssuedWebhookSecret = Nullable<Answer<'IssuedSecret'>, 'previousSecretValidUntil'>;
/** One delivery of a change to a partner's webhook, with its attempts: codes and dates, no content. */
export type WebhookDelivery = Nullable<
  Answer<'Delivery'>,
  'outcome' | 'nextAttemptAt' | 'finishedAt' | 'lastStatusCode' | 'lastError' | 'replayOf' | 'requestedBy'
>;

export type RuleVersion = Nullable<Answer<'Version'>, 'comment'>;
/** Where the latest rescoring of the open reports stands. */
export type RescoringProgress = Nullable<Answer<'Progress'>, 'version'>;
/** One open report the previewed rules change: band, score and rank in the queue (1 first), before and after. */
export type RulesPreviewChange = Omit<Answer<'ReportChange'>, 'from' | 'to'> & { from: Priority; to: Priority };
/** What publishing would do to the open reports, computed as the rescoring does it; bands by name. */
export type RulesPreview = Omit<Answer<'RulePreview'>, 'changes' | 'bandsBefore' | 'bandsAfter'> & {
  bandsBefore: Record<Priority, number>;
  bandsAfter: Record<Priority, number>;
  changes: RulesPreviewChange[];
};
export type RulesPublication = Omit<Answer<'Published'>, 'rescoring'> & { rescoring: RescoringProgress };
/** GET /rules: the rules in force, the published versions (newest first), the last rescoring. */
export type RulesInForce = Omit<Answer<'Current'>, 'definition' | 'history' | 'rescoring'> & {
  definition: RuleDefinition;
  history: RuleVersion[];
  rescoring: RescoringProgress;
};

/** An account of a person: people's roles only. */
export type UserAccount = Omit<Answer<'UserView'>, 'roles'> & { roles: Role[] };
export type NewUser = Schemas['NewUser'];
export type AuditEntry = Nullable<Answer<'AuditEntry'>, 'reportId' | 'sourceAddress'>;
export type AuditFilters = Omit<NonNullable<operations['search']['parameters']['query']>, 'limit'>;
export type AuditVerification = Nullable<
  Answer<'AuditVerification'>,
  'headSeq' | 'headHash' | 'brokenAt' | 'problem'
>;
export type RetentionResult = Answer<'RetentionResult'>;
export type RetentionPolicy = Answer<'RetentionProperties'>;

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
  /** The window stops at a comma, a colon or a dash too, not only at a sentence's end. */
  clause?: boolean;
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
  /** A statistical model's score threshold, by model name (only "minor"): the learned minor hint. */
  learned?: Record<string, number> | null;
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

/** One point of the statistics' series: a Paris day, a Monday or a 1st, and its counts. */
export type StatisticsPoint = Answer<'Point'>;
export type ClaimDelay = Nullable<Answer<'ClaimDelay'>, 'p50' | 'p90' | 'target' | 'withinTarget'>;
export type DecisionDelay = Nullable<Answer<'DecisionDelay'>, 'p50' | 'p90'>;
/** GET /statistics: the figures of a period (delays null when nothing was measured). */
export type ActivityFigures = Omit<Answer<'ActivityFigures'>, 'timeToClaim' | 'timeToDecision' | 'byPartner'> & {
  timeToClaim: Record<string, ClaimDelay>;
  timeToDecision: Record<string, DecisionDelay>;
  byPartner: Nullable<Answer<'PartnerCount'>, 'partnerId' | 'name'>[];
};

/** A worker's activity in a period or a shift: claims, decisions, time from claim to decision. */
export type WorkerCounts = Nullable<Answer<'WorkerCounts'>, 'timeSpent' | 'medianTimeSpent'>;
/** GET /statistics/workers (coordinators only): each worker over the period, and each worker shift in it. */
export type WorkerActivity = Omit<Answer<'WorkerActivity'>, 'workers' | 'shifts'> & {
  workers: (Omit<Answer<'WorkerLine'>, 'activity'> & { activity: WorkerCounts })[];
  shifts: (Omit<Answer<'ShiftActivity'>, 'activity'> & { activity: WorkerCounts })[];
};
/** A contact's report in its dossier: codes and dates, no content. */
export type DossierReport = Nullable<Answer<'DossierReport'>, 'department' | 'decision' | 'decidedAt'>;
/** A team's internal note about a phone number or handle. */
export type ContactNote = Answer<'ContactNote'>;
/** Everything the team has seen of one phone number or handle. */
export type ContactDossier = Omit<Nullable<Answer<'ContactDossier'>, 'firstSeen' | 'lastSeen'>, 'reports'> & {
  reports: DossierReport[];
};

/** A passage of a report's text that matched a search, with the ranges that matched. */
export type SearchHighlight = Answer<'SearchHighlight'>;
export type SearchItem = Nullable<Answer<'SearchItem'>, 'department'>;
/** A page of search results, its facets and the cursor of the next page. */
export type SearchAnswer = Omit<Nullable<Answer<'SearchResult'>, 'next'>, 'items'> & { items: SearchItem[] };

/** A contact someone watches, and the alerts new reports showing it raised. */
export type ContactWatch = Answer<'Watch'>;
export type WatchAlert = Nullable<Answer<'WatchAlert'>, 'department' | 'seenAt'>;
export type Watchlist = Omit<Answer<'Watchlist'>, 'alerts'> & { alerts: WatchAlert[] };
/** An alert not seen yet, as a desktop notification tells it: no contact, no content. */
export type UnseenWatchAlert = Nullable<Answer<'UnseenAlert'>, 'department' | 'platform'>;

/** The network around a contact or a report (metadata only): nodes, edges, départements, next page. */
export type NetworkNode = Answer<'NetworkNode'>;
export type NetworkEdge = Answer<'NetworkEdge'>;
export type ContactNetwork = Answer<'ContactNetwork'>;
