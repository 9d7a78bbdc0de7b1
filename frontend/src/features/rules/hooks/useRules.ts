import type { RulesInForce } from '../../../lib/api/types';
import { useLoaded } from '../../../lib/useLoaded';
import { rulesApi } from '../api/rulesApi';
import { rulesErrorMessage } from '../rulesErrorMessage';
import { t } from '../../../lib/i18n';

export interface RulesState {
  /** null until the first answer. */
  rules: RulesInForce | null;
  error: string | null;
  reload: () => Promise<void>;
}

const loadRules = () => rulesApi.rules();
const describeFailure = (failure: unknown) => t('rules.loadFailed', { reason: rulesErrorMessage(failure) });

/** Loads the rules in force now and on reload(). */
export function useRules(): RulesState {
  const { value, error, reload } = useLoaded(loadRules, describeFailure);
  return { rules: value, error, reload };
}
