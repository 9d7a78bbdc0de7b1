import { Link } from 'react-router';
import type { QueueItem } from '../../../lib/api/types';
import { claimLabel } from '../../../components/claimLabel';
import { formatInstant } from '../../../lib/parisTime';
import { platformLabel, statusLabel } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';

const SCORE = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

function place(city: string | null, department: string | null): string {
  if (city && department) return `${city} (${department})`;
  return city ?? department ?? '—';
}

/** The id of a row's link, to move the focus onto it (keyboard triage). */
export const rowLinkId = (id: string) => `file-${id}`;

interface QueueRowProps {
  item: QueueItem;
  /** The signed-in worker, to say « par vous ». */
  me: string | null;
  selected?: boolean;
}

/** One report of the queue. Everything from the report is rendered as plain text. */
export function QueueRow({ item, me, selected = false }: QueueRowProps) {
  const claim = claimLabel(item.claim, me);
  const classes = [selected ? 'selected' : null].filter(Boolean);
  return (
    <tr className={classes.join(' ') || undefined} aria-current={selected ? 'true' : undefined}>
      <th scope="row">
        <Link id={rowLinkId(item.id)} to={`/signalements/${item.id}`} className="row-link">
          <PriorityBadge priority={item.priority} />
        </Link>
      </th>
      <td className="numeric">{SCORE.format(item.score)}</td>
      <td>
        <span className="platform">{platformLabel(item.platform)}</span>
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
      <td>
        {statusLabel(item.status)}
        {item.followUpDue && <span className="tag tag-follow-up">Relance due</span>}
      </td>
      <td>
        {claim === null ? (
          <span className="secondary">Libre</span>
        ) : (
          <span className={item.claim?.worker === me ? 'claim claim-mine' : 'claim'}>{claim}</span>
        )}
      </td>
    </tr>
  );
}
