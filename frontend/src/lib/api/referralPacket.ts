/**
 * The referral packet of a report (the facts, the text, the signals and the decisions, in French,
 * without internal notes): offered on the report page and right after a referral is recorded.
 */
export const referralPacket = {
  /** As text, for the body of an e-mail. */
  textUrl: (id: string) => `/api/v1/reports/${encodeURIComponent(id)}/referral-packet`,
  /** As a French PDF, to attach to an information préoccupante or a signalement. */
  pdfUrl: (id: string) => `/api/v1/reports/${encodeURIComponent(id)}/referral-packet.pdf`,
};
