import { answered, client } from '../../../lib/api/client';
import type { ManualReport, SubmissionReceipt } from '../../../lib/api/types';

/** A report typed in by a worker: 202 once it is durably received. */
export const submitManualReport = (report: ManualReport): Promise<SubmissionReceipt> =>
  answered(client.POST('/api/v1/manual-reports', { body: report }));
