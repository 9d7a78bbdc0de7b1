import type { Priority } from '../../lib/api/types';

export function total(counts: Partial<Record<Priority, number>> | null): number | null {
  if (!counts) return null;
  return Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
}

/** « 50 signalements affichés sur 64 » (the open counts, when no filter narrows the list). */
export function listedLabel(listed: number, open: number | null, more: boolean): string {
  const shown = `${listed} signalement${listed > 1 ? 's' : ''} affiché${listed > 1 ? 's' : ''}`;
  if (open !== null && open >= listed) return `${shown} sur ${open}${more ? '' : ' : toute la file'}.`;
  return more ? `${shown}, d’autres suivent.` : `${shown} : toute la liste.`;
}
