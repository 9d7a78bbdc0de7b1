import { DECISION_TYPES, type DecisionType } from '../api/types';

/** What the report page hands the queue page (router state) after a decision was recorded. */
export interface DecidedReport {
  id: string;
  type: DecisionType;
  /** When several reports of one situation were closed together. */
  count?: number;
}

export function decidedState(decided: DecidedReport): { decided: DecidedReport } {
  return { decided };
}

/** Reads the router state back; anything else gives null. */
export function decidedReport(state: unknown): DecidedReport | null {
  if (typeof state !== 'object' || state === null || !('decided' in state)) return null;
  const decided: unknown = state.decided;
  if (typeof decided !== 'object' || decided === null) return null;
  if (!('id' in decided) || typeof decided.id !== 'string') return null;
  if (!('type' in decided) || !DECISION_TYPES.some((type) => type === decided.type)) return null;
  const count = 'count' in decided && typeof decided.count === 'number' ? decided.count : undefined;
  return { id: decided.id, type: decided.type as DecisionType, count };
}
