import type { Priority } from '../../lib/api/types';
import { t } from '../../lib/i18n';

export function total(counts: Partial<Record<Priority, number>> | null): number | null {
  if (!counts) return null;
  return Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
}

/** « 50 signalements affichés sur 64 » (the open counts, when no filter narrows the list). */
export function listedLabel(listed: number, open: number | null, more: boolean): string {
  if (open !== null && open >= listed) return t(more ? 'queue.listed.of' : 'queue.listed.ofAll', { count: listed, open });
  return t(more ? 'queue.listed.more' : 'queue.listed.all', { count: listed });
}
