import type { QueueItem } from '../../api/types';
import { formatInstant } from './formatInstant';
import { PLATFORM_LABELS, statusLabel } from './labels';
import { PriorityBadge } from './PriorityBadge';

const SCORE = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

function place(city: string | null, department: string | null): string {
  if (city && department) return `${city} (${department})`;
  return city ?? department ?? '—';
}

/** One report of the queue. Everything from the report is rendered as plain text. */
export function QueueRow({ item, highlighted = false }: { item: QueueItem; highlighted?: boolean }) {
  return (
    <tr className={highlighted ? 'highlighted' : undefined}>
      <th scope="row">
        <PriorityBadge priority={item.priority} />
        {highlighted && <span className="highlight-tag">Votre signalement</span>}
      </th>
      <td className="numeric">{SCORE.format(item.score)}</td>
      <td>
        <span className="platform">{PLATFORM_LABELS[item.platform] ?? item.platform}</span>
        {item.platformName && <span className="secondary">{item.platformName}</span>}
      </td>
      <td>{place(item.city, item.department)}</td>
      <td>
        <time dateTime={item.observedAt}>{formatInstant(item.observedAt)}</time>
      </td>
      <td>
        {item.signals.length === 0 ? (
          '—'
        ) : (
          <ul className="signals">
            {item.signals.map((signal) => (
              <li key={signal.code}>{signal.label}</li>
            ))}
          </ul>
        )}
      </td>
      <td>{statusLabel(item.status)}</td>
    </tr>
  );
}
