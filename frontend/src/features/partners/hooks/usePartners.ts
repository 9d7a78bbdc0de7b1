import type { Partner } from '../../../lib/api/types';
import { useLoaded } from '../../../lib/useLoaded';
import { partnersApi } from '../api/partnersApi';
import { adminErrorMessage } from '../adminErrorMessage';

export interface PartnersState {
  /** null until the first answer. */
  partners: Partner[] | null;
  error: string | null;
  reload: () => Promise<void>;
}

const loadPartners = () => partnersApi.partners();
const describeFailure = (failure: unknown) =>
  `La liste des partenaires n’a pas pu être chargée. ${adminErrorMessage(failure)}`;

/** Loads the partners now and on reload(). */
export function usePartners(): PartnersState {
  const { value, error, reload } = useLoaded(loadPartners, describeFailure);
  return { partners: value, error, reload };
}
