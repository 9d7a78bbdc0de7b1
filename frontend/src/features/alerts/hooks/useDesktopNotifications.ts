import { useCallback, useEffect, useRef, useState } from 'react';
import type { DutyAlert } from '../../../lib/api/types';
import { alertDetails, alertHeadline } from '../alertText';
import { setTabCount } from '../../../lib/tabTitle';

type Permission = NotificationPermission | 'unsupported';

function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/**
 * Reaches a coordinator who is looking at another window: a desktop notification (the browser's
 * Notifications API, once she allowed it) for each alert not seen before, and the number of alerts
 * waiting for acknowledgement in the tab's title. Band, platform, département, time: no content.
 */
export function useDesktopNotifications(alerts: DutyAlert[] | null, open: (link: string) => void) {
  const [permission, setPermission] = useState<Permission>(currentPermission);
  const notified = useRef<Set<string> | null>(null);

  const ask = useCallback(async () => {
    if (typeof Notification === 'undefined') return;
    setPermission(await Notification.requestPermission());
  }, []);

  useEffect(() => {
    if (alerts === null) return;
    const waiting = alerts.filter((alert) => alert.acknowledgedBy === null);
    setTabCount('alerts', waiting.length);
    // the alerts present at the first answer are on the page already; notify only the new ones
    const seen = notified.current;
    notified.current = new Set([...(seen ?? []), ...waiting.map((alert) => alert.id)]);
    if (seen === null || permission !== 'granted') return;
    for (const alert of waiting.filter((a) => !seen.has(a.id))) {
      const notification = new Notification(`Vigie — ${alertHeadline(alert)}`, {
        body: alertDetails(alert),
        tag: alert.id,
      });
      notification.onclick = () => {
        window.focus();
        open(alert.link);
      };
    }
  }, [alerts, permission, open]);

  useEffect(
    () => () => {
      setTabCount('alerts', 0);
    },
    [],
  );

  return { permission, ask };
}
