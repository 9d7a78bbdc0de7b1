import { useCallback, useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { platformLabel } from '../../../components/labels';
import { useDesktopNotifications } from '../../../lib/desktopNotifications';
import { useTranslation } from '../../../lib/i18n';
import type { UnseenWatchAlert } from '../../../lib/api/types';
import { useLoaded } from '../../../lib/useLoaded';
import { watchlistApi } from '../api/watchlistApi';

/** As often as the coordination alerts: a watched contact's new report should not lag either. */
export const WATCH_ALERT_REFRESH_MS = 15_000;

function loadUnseen(): Promise<UnseenWatchAlert[]> {
  return watchlistApi.unseen();
}

/** A failed refresh keeps the last answer: nothing to say on every page. */
function keepLastAnswer(): string {
  return '';
}

/**
 * For whoever can watch, on every page, showing nothing itself: a desktop notification (once she
 * allowed them, from the alerts panel or her watchlist) for each watch alert not seen yet and not
 * notified before, and their number in the tab's title. Band, platform type, département: the
 * server sends neither the contact nor the content here.
 */
export function WatchAlertNotifier() {
  const { t } = useTranslation();
  const { value: unseen, reload } = useLoaded(loadUnseen, keepLastAnswer);
  const navigate = useNavigate();
  const open = useCallback((link: string) => void navigate(link), [navigate]);
  const notices = useMemo(
    () =>
      unseen === null
        ? null
        : unseen.map((alert) => ({
            id: alert.id,
            title: t('watchAlerts.notificationTitle', { band: alert.priority }),
            body: [
              alert.platform ? platformLabel(alert.platform) : null,
              t('alerts.department', { department: alert.department ?? t('alerts.unknownDepartment') }),
            ]
              .filter((part) => part !== null)
              .join(' · '),
            link: '/surveillance',
          })),
    [unseen, t],
  );
  useDesktopNotifications(notices, 'watch', open);

  useEffect(() => {
    const timer = window.setInterval(() => void reload(), WATCH_ALERT_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  return null;
}
