import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/ApiError';
import type { RulesInForce } from '../../api/types';
import { vigieApi } from '../../api/vigieApi';
import { rulesErrorMessage } from './rulesErrorMessage';

export interface RulesState {
  /** null until the first answer. */
  rules: RulesInForce | null;
  error: string | null;
  reload: () => Promise<void>;
}

/** Loads the rules in force now and on reload(); calls onUnauthenticated on a 401. */
export function useRules(onUnauthenticated: () => void): RulesState {
  const [rules, setRules] = useState<RulesInForce | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onUnauthenticatedRef = useRef(onUnauthenticated);
  const mounted = useRef(true);

  useEffect(() => {
    onUnauthenticatedRef.current = onUnauthenticated;
  }, [onUnauthenticated]);

  const reload = useCallback(async () => {
    try {
      const current = await vigieApi.rules();
      if (!mounted.current) return;
      setRules(current);
      setError(null);
    } catch (failure) {
      if (!mounted.current) return;
      if (failure instanceof ApiError && failure.unauthenticated) {
        onUnauthenticatedRef.current();
        return;
      }
      setError(`Les règles n’ont pas pu être chargées. ${rulesErrorMessage(failure)}`);
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  return { rules, error, reload };
}
