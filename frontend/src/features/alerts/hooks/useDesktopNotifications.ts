import { useMemo } from 'react';
import type { DutyAlert } from '../../../lib/api/types';
import { alertDetails, alertHeadline } from '../alertText';
import { useDesktopNotifications as useNotices } from '../../../lib/desktopNotifications';

/**
 * Reaches a coordinator who is looking at another window: a desktop notification for each alert
 * waiting for acknowledgement not seen before, and their number in the tab's title. Band,
 * platform, département, time: no content.
 */
export function useDesktopNotifications(alerts: DutyAlert[] | null, open: (link: string) => void) {
  const notices = useMemo(
    () =>
      alerts === null
        ? null
        : alerts
            .filter((alert) => alert.acknowledgedBy === null)
            .map((alert) => ({ id: alert.id, title: `Vigie — ${alertHeadline(alert)}`, body: alertDetails(alert), link: alert.link })),
    [alerts],
  );
  return useNotices(notices, 'alerts', open);
}
