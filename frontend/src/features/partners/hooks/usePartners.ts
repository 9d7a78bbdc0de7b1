import type { Partner } from '../../../lib/api/types';
import { useLoaded } from '../../../lib/useLoaded';
import { partnersApi } from '../api/partnersApi';
import { adminErrorMessage } from '../adminErrorMessage';
import { t } from '../../../lib/i18n';

export interface PartnersState {
  /** null until the first answer. */
  partners: Partner[] | null;
  error: string | null;
  reload: () => Promise<void>;
}

const loadPartners = () => partnersApi.partners();
const describeFailure = (failure: unknown) =>
  t('partners.loadFailed', { why: adminErrorMessage(failure) });

/** Loads the partners now and on reload(). */
export function usePartners(): PartnersState {
  const { value, error, reload } = useLoaded(loadPartners, describeFailure);
  return { partners: value, error, reload };
}
