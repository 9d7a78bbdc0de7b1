import type { RulesInForce } from '../../../lib/api/types';
import { useLoaded } from '../../../lib/useLoaded';
import { vigieApi } from '../../../lib/api/vigieApi';
import { rulesErrorMessage } from '../rulesErrorMessage';

export interface RulesState {
  /** null until the first answer. */
  rules: RulesInForce | null;
  error: string | null;
  reload: () => Promise<void>;
}

const loadRules = () => vigieApi.rules();
const describeFailure = (failure: unknown) => `Les règles n’ont pas pu être chargées. ${rulesErrorMessage(failure)}`;

/** Loads the rules in force now and on reload(); calls onUnauthenticated on a 401. */
export function useRules(onUnauthenticated: () => void): RulesState {
  const { value, error, reload } = useLoaded(loadRules, describeFailure, onUnauthenticated);
  return { rules: value, error, reload };
}
