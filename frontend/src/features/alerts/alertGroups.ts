import type { DutyAlert } from '../../lib/api/types';

/** From how many waiting alerts of one band a single line says them all (a night can raise 19 P1). */
export const SUMMARY_FROM = 3;

export interface AlertSummary {
  priority: NonNullable<DutyAlert['priority']>;
  alerts: DutyAlert[];
}

/**
 * The unclaimed reports, by band, when they are many: one line each
 * (« 19 P1 en attente — voir ») instead of a link per report. The rest stay listed one by one.
 */
export function summarise(alerts: DutyAlert[]): { summaries: AlertSummary[]; listed: DutyAlert[] } {
  const byBand = new Map<AlertSummary['priority'], DutyAlert[]>();
  for (const alert of alerts) {
    if (alert.kind !== 'UNCLAIMED' || alert.priority === null) continue;
    byBand.set(alert.priority, [...(byBand.get(alert.priority) ?? []), alert]);
  }
  const summaries = [...byBand.entries()]
    .filter(([, group]) => group.length >= SUMMARY_FROM)
    .map(([priority, group]) => ({ priority, alerts: group }))
    .sort((a, b) => a.priority.localeCompare(b.priority));
  const summarised = new Set(summaries.flatMap((summary) => summary.alerts.map((alert) => alert.id)));
  return { summaries, listed: alerts.filter((alert) => !summarised.has(alert.id)) };
}
