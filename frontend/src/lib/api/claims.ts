import { answered, client } from './client';
import type { Claim } from './types';

/** Takes the report, or renews my own claim; 409 with the holder otherwise (queue and report pages). */
export function claimReport(id: string): Promise<Claim> {
  return answered(client.POST('/api/v1/reports/{id}/claim', { params: { path: { id } } }));
}
