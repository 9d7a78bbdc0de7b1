import type { Partner } from '../../../lib/api/types';
import { useLoaded } from '../../../lib/useLoaded';
import { vigieApi } from '../../../lib/api/vigieApi';
import { adminErrorMessage } from '../adminErrorMessage';

export interface PartnersState {
  /** null until the first answer. */
  partners: Partner[] | null;
  error: string | null;
  reload: () => Promise<void>;
}

const loadPartners = () => vigieApi.partners();
const describeFailure = (failure: unknown) =>
  `La liste des partenaires n’a pas pu être chargée. ${adminErrorMessage(failure)}`;

/** Loads the partners now and on reload(); calls onUnauthenticated on a 401. */
export function usePartners(onUnauthenticated: () => void): PartnersState {
  const { value, error, reload } = useLoaded(loadPartners, describeFailure, onUnauthenticated);
  return { partners: value, error, reload };
}
