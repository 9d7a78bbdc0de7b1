import { useEffect } from 'react';
import { Link } from 'react-router';
import { formatHour } from '../../../lib/parisTime';
import { useLoaded } from '../../../lib/useLoaded';
import { queueAlerts } from '../api/alertsApi';
import { platformLabel } from '../../../components/labels';

/** How often the coordinator's page asks again: an alert is about minutes, not seconds. */
export const ALERT_REFRESH_MS = 60_000;


/** "PT15M" → 15, "PT1H" → 60; null for anything else. */
export function thresholdMinutes(duration: string): number | null {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(duration);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

/** A failed refresh keeps the last answer shown: it must not hide an alert. */
function keepLastAnswer(): string {
  return '';
}

/**
 * For coordinators, on every page: the P1 reports that arrived too long ago and that nobody holds
 * (never taken, released, or left when a claim ran out). A P1 must never wait unseen.
 */
export function UnclaimedP1Banner() {
  const { value: alerts, reload } = useLoaded(queueAlerts, keepLastAnswer);

  useEffect(() => {
    const timer = window.setInterval(() => void reload(), ALERT_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  if (!alerts || alerts.unclaimedP1.length === 0) return null;
  const minutes = thresholdMinutes(alerts.threshold);
  const count = alerts.unclaimedP1.length;
  return (
    <section className="alert-banner" role="alert" aria-label="Alertes P1">
      <p>
        <strong>
          {count === 1 ? '1 signalement P1 attend' : `${count} signalements P1 attendent`} une prise en charge
          {minutes !== null ? ` depuis plus de ${minutes} min` : ''}
        </strong>
      </p>
      <ul>
        {alerts.unclaimedP1.map((report) => (
          <li key={report.id}>
            <Link to={`/signalements/${report.id}`}>
              {platformLabel(report.platform)}, reçu à{' '}
              {formatHour(report.receivedAt)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
