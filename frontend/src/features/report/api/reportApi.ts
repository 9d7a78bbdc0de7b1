import { answered, client, done } from '../../../lib/api/client';
import { referralPacket } from '../../../lib/api/referralPacket';
import type {
  Claim,
  Colleague,
  ApprovalRequest,
  ContactReports,
  DecisionRequest,
  HistoryEntry,
  NewNote,
  ReferralProgress,
  ReferralStep,
  ReportDetail,
} from '../../../lib/api/types';

const byId = (id: string) => ({ path: { id } });

/** A report in the workbench: read it, hold it, decide, add notes. */
export const reportApi = {
  report: (id: string): Promise<ReportDetail> =>
    answered(client.GET('/api/v1/reports/{id}', { params: byId(id) })),

  release: (id: string) => done(client.DELETE('/api/v1/reports/{id}/claim', { params: byId(id) })),

  /** Coordinators only. */
  reassign: (id: string, worker: string): Promise<Claim> =>
    answered(client.POST('/api/v1/reports/{id}/claim/reassign', { params: byId(id), body: { worker } })),

  /** Coordinators only: whom a report can be reassigned to, those on shift now first. */
  colleagues: (): Promise<Colleague[]> =>
    answered(client.GET('/api/v1/shifts/colleagues')).then((answer) => answer.items as Colleague[]),

  decide: (id: string, decision: DecisionRequest): Promise<HistoryEntry> =>
    answered(client.POST('/api/v1/reports/{id}/decisions', { params: byId(id), body: decision })),

  /** One decision for several reports of one situation: all or nothing (409 if one is held). */
  decideTogether: (reportIds: string[], decision: DecisionRequest): Promise<HistoryEntry[]> =>
    answered(client.POST('/api/v1/group-decisions', { body: { reportIds, decision } })),

  addNote: (id: string, note: NewNote): Promise<HistoryEntry> =>
    answered(client.POST('/api/v1/reports/{id}/notes', { params: byId(id), body: note })),

  /** Coordinators other than the author: approve or reject a decision waiting for a second approval. */
  answerApproval: (id: string, decisionId: string, answer: ApprovalRequest): Promise<HistoryEntry> =>
    answered(
      client.POST('/api/v1/reports/{id}/decisions/{decisionId}/approval', {
        params: { path: { id, decisionId } },
        body: answer,
      }),
    ),

  referralSent: (id: string, decisionId: string, step: ReferralStep): Promise<ReferralProgress> =>
    answered(
      client.POST('/api/v1/reports/{id}/referrals/{decisionId}/sent', { params: { path: { id, decisionId } }, body: step }),
    ) as Promise<ReferralProgress>,

  referralAcknowledged: (id: string, decisionId: string, step: ReferralStep): Promise<ReferralProgress> =>
    answered(
      client.POST('/api/v1/reports/{id}/referrals/{decisionId}/acknowledged', {
        params: { path: { id, decisionId } },
        body: step,
      }),
    ) as Promise<ReferralProgress>,

  /** The packet as text for an e-mail body (a link, not a fetch): French words, no internal note. */
  referralPacketUrl: referralPacket.textUrl,
  /** The same packet as a French PDF, to attach to an information préoccupante or a signalement. */
  referralPacketPdfUrl: referralPacket.pdfUrl,

  contactReports: (contact: string): Promise<ContactReports> =>
    answered(client.GET('/api/v1/contacts/{contact}/reports', { params: { path: { contact } } })),
};
