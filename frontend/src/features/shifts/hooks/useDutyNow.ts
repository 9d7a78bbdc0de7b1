import { useEffect } from 'react';
import type { DutyNow } from '../../../lib/api/types';
import { useLoaded, type Loaded } from '../../../lib/useLoaded';
import { shiftsApi } from '../api/shiftsApi';
import { t } from '../../../lib/i18n';

/** How often who is on duty, and my exposure, are asked again. */
export const DUTY_REFRESH_MS = 30_000;

function loadNow(): Promise<DutyNow> {
  return shiftsApi.now();
}

/** A failed refresh keeps the last answer shown. */
function quietly(): string {
  return t('shifts.refreshFailed');
}

/** GET /shifts/now, now and every 30 s. */
export function useDutyNow(): Loaded<DutyNow> {
  const loaded = useLoaded(loadNow, quietly);
  const { reload } = loaded;
  useEffect(() => {
    const timer = window.setInterval(() => void reload(), DUTY_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  return loaded;
}
