/**
 * The tab's title, « (3) Vigie » when something waits for the person: several features add to
 * the number (new P1 in the queue, a coordinator's alerts), each under its own name, so that one
 * does not overwrite what another counts.
 */
const counts = new Map<string, number>();

export function tabTitleFor(total: number): string {
  return total > 0 ? `(${total}) Vigie` : 'Vigie';
}

export function setTabCount(source: string, count: number): void {
  if (count > 0) counts.set(source, count);
  else counts.delete(source);
  let total = 0;
  for (const value of counts.values()) total += value;
  document.title = tabTitleFor(total);
}
