import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatHour } from '../../../lib/parisTime';
import { useLoaded } from '../../../lib/useLoaded';
import type { QueueAlerts } from '../../../lib/api/types';
import { alertsApi } from '../api/alertsApi';
import { alertDetails, alertHeadline, waited } from '../alertText';
import { summarise } from '../alertGroups';
import { useDesktopNotifications } from '../hooks/useDesktopNotifications';
import { useTranslation } from '../../../lib/i18n';

/** How often the alerts are asked again: the thresholds are minutes, a notification should not lag. */
export const ALERT_REFRESH_MS = 15_000;

function loadAlerts(): Promise<QueueAlerts> {
  return alertsApi.alerts();
}

/** How long the oldest of these has waited, in the alerts' words. */
function waitedLongest(group: { waiting: string; since: string }[]): string {
  const oldest = [...group].sort((a, b) => a.since.localeCompare(b.since))[0];
  return oldest ? waited(oldest.waiting) : '';
}

/** A failed refresh keeps the last answer shown: it must not hide an alert. */
function keepLastAnswer(): string {
  return '';
}

/**
 * For coordinators, on every page: the alerts routed to me (reports waiting past their band's
 * time, claims without decision, escalations, exposure budgets), each acknowledged by one person;
 * desktop notifications and the tab title for the new ones.
 */
export function AlertsPanel() {
  const { t } = useTranslation();
  const { value: alerts, reload } = useLoaded(loadAlerts, keepLastAnswer);
  const navigate = useNavigate();
  const [message, setMessage] = useState('');
  const openLink = useCallback((link: string) => void navigate(link), [navigate]);
  const { permission, ask } = useDesktopNotifications(alerts?.items ?? null, openLink);

  useEffect(() => {
    const timer = window.setInterval(() => void reload(), ALERT_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  async function acknowledge(id: string) {
    try {
      await alertsApi.acknowledge(id);
      setMessage(t('alerts.acknowledged'));
    } catch {
      setMessage(t('alerts.acknowledgeFailed'));
    }
    void reload();
  }

  /** One call for the group: the server takes them all or none, so the panel never shows half a group taken. */
  async function acknowledgeAll(ids: string[]) {
    try {
      const { acknowledged, already } = await alertsApi.acknowledgeTogether(ids);
      setMessage(
        already.length === 0
          ? t('alerts.allTaken', { count: acknowledged.length })
          : t('alerts.partlyTaken', { taken: acknowledged.length, count: already.length }),
      );
    } catch {
      setMessage(t('alerts.allTakenFailed'));
    }
    void reload();
  }

  if (!alerts || alerts.items.length === 0) return null;
  const waiting = alerts.items.filter((alert) => alert.acknowledgedBy === null).length;
  const { summaries, listed } = summarise(alerts.items);
  return (
    <section className="alert-banner" role={waiting > 0 ? 'alert' : 'region'} aria-label={t('alerts.region')}>
      <p>
        <strong>
          {waiting === 0
            ? t('alerts.allAcknowledged', { count: alerts.items.length })
            : t('alerts.waiting', { count: waiting })}
        </strong>
        {alerts.onDuty
          ? t('alerts.onDuty')
          : alerts.noCoordinatorOnDuty
            ? t('alerts.nobodyOnDuty')
            : ''}{' '}
        {permission === 'default' && (
          <button type="button" className="plain-button" onClick={() => void ask()}>
            {t('alerts.enableNotifications')}
          </button>
        )}
      </p>
      <ul>
        {summaries.map(({ priority, alerts: group }) => (
          <li key={`summary-${priority}`} className="alert-waiting alert-summary">
            <strong>{t('alerts.summaryWaiting', { count: group.length, band: priority })}</strong> —{' '}
            <Link to={`/file?band=${priority}`}>{t('alerts.summarySee')}</Link>{' '}
            {t('alerts.summaryOldest', { duration: waitedLongest(group) })}{' '}
            {group.some((a) => a.acknowledgedBy === null) ? (
              <button
                type="button"
                className="plain-button"
                onClick={() => void acknowledgeAll(group.filter((a) => a.acknowledgedBy === null).map((a) => a.id))}
              >
                {t('alerts.acknowledgeAll')}
              </button>
            ) : (
              <span>{t('alerts.summaryAcknowledged')}</span>
            )}
          </li>
        ))}
        {listed.map((alert) => (
          <li key={alert.id} className={alert.acknowledgedBy ? 'alert-acknowledged' : 'alert-waiting'}>
            <Link to={alert.link}>{alertHeadline(alert)}</Link> — {alertDetails(alert)}
            {alert.noCoordinatorOnDuty && t('alerts.nobodyOnDutyShort')}{' '}
            {alert.acknowledgedBy ? (
              <span>
                {t('alerts.acknowledgedBy', { who: alert.acknowledgedBy })}
                {alert.acknowledgedAt && t('alerts.acknowledgedAt', { at: formatHour(alert.acknowledgedAt) })}
              </span>
            ) : (
              <button type="button" className="plain-button" onClick={() => void acknowledge(alert.id)}>
                {t('alerts.acknowledge')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="visually-hidden">
        {message}
      </p>
    </section>
  );
}
