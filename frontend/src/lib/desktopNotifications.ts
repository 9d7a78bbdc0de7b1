import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { setTabCount } from './tabTitle';

export type Permission = NotificationPermission | 'unsupported';

/** What a desktop notification says, and where a click on it leads. Never report content. */
export interface DesktopNotice {
  id: string;
  title: string;
  body: string;
  link: string;
}

// One permission for the whole page: allowed from one button, every feature notifying hears it.
const listeners = new Set<() => void>();

function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks the browser once (from a click); every user of {@link useDesktopNotifications} hears the answer. */
export async function askNotificationPermission(): Promise<void> {
  if (typeof Notification === 'undefined') return;
  await Notification.requestPermission();
  for (const listener of listeners) listener();
}

/** The page's notification permission, kept in step with {@link askNotificationPermission}. */
export function useNotificationPermission() {
  const permission = useSyncExternalStore(subscribe, currentPermission, currentPermission);
  return { permission, ask: askNotificationPermission };
}

/**
 * Reaches a person who is looking at another window: a desktop notification (the browser's
 * Notifications API, once she allowed it) for each notice not there at the previous answer, and
 * their number in the tab's title under `source`. `notices` null: not answered yet. The notices
 * present at the first answer are on the page already: only the later ones are notified.
 */
export function useDesktopNotifications(notices: DesktopNotice[] | null, source: string, open: (link: string) => void) {
  const { permission, ask } = useNotificationPermission();
  const notified = useRef<Set<string> | null>(null);

  useEffect(() => {
    if (notices === null) return;
    setTabCount(source, notices.length);
    const seen = notified.current;
    notified.current = new Set([...(seen ?? []), ...notices.map((notice) => notice.id)]);
    if (seen === null || permission !== 'granted') return;
    for (const notice of notices.filter((n) => !seen.has(n.id))) {
      const notification = new Notification(notice.title, { body: notice.body, tag: notice.id });
      notification.onclick = () => {
        window.focus();
        open(notice.link);
      };
    }
  }, [notices, source, permission, open]);

  useEffect(
    () => () => {
      setTabCount(source, 0);
    },
    [source],
  );

  const askNow = useCallback(() => ask(), [ask]);
  return { permission, ask: askNow };
}
