import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/ApiError';
import type { Partner } from '../../api/types';
import { vigieApi } from '../../api/vigieApi';
import { adminErrorMessage } from './adminErrorMessage';

export interface PartnersState {
  /** null until the first answer. */
  partners: Partner[] | null;
  error: string | null;
  reload: () => Promise<void>;
}

/** Loads the partners now and on reload(); calls onUnauthenticated on a 401. */
export function usePartners(onUnauthenticated: () => void): PartnersState {
  const [partners, setPartners] = useState<Partner[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onUnauthenticatedRef = useRef(onUnauthenticated);
  const mounted = useRef(true);

  useEffect(() => {
    onUnauthenticatedRef.current = onUnauthenticated;
  }, [onUnauthenticated]);

  const reload = useCallback(async () => {
    try {
      const list = await vigieApi.partners();
      if (!mounted.current) return;
      setPartners(list);
      setError(null);
    } catch (failure) {
      if (!mounted.current) return;
      if (failure instanceof ApiError && failure.unauthenticated) {
        onUnauthenticatedRef.current();
        return;
      }
      setError(`La liste des partenaires n’a pas pu être chargée. ${adminErrorMessage(failure)}`);
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  return { partners, error, reload };
}
