import { Link } from 'react-router';
import type { QueueItem } from '../../../lib/api/types';
import { claimLabel } from '../../../components/claimLabel';
import { formatInstant } from '../../../lib/parisTime';
import { platformLabel, statusLabel } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { waitedFor } from '../queueAge';
import { locale, useTranslation } from '../../../lib/i18n';

/** A score in the chosen language (« 72,5 » in French). */
const score = (value: number) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value);
/** The signals shown on a row: the first ones (the strongest come first), the rest on the report. */
const SIGNALS_SHOWN = 3;

/** The id of a row's link, to move the focus onto it (keyboard triage). */
export const rowLinkId = (id: string) => `file-${id}`;

interface QueueRowProps {
  item: QueueItem;
  /** The signed-in worker, to say « par vous ». */
  me: string | null;
  selected?: boolean;
  /** Just put in by « N nouveaux »: highlighted until the next ones. */
  fresh?: boolean;
}

/**
 * One report of the queue, dense enough to scan many at once: band, score, age, platform,
 * département, the signals' words and the start of the text. Everything from the report is
 * rendered as plain text.
 */
export function QueueRow({ item, me, selected = false, fresh = false }: QueueRowProps) {
  const { t } = useTranslation();
  const claim = claimLabel(item.claim, me);
  const classes = [selected ? 'selected' : null, fresh ? 'fresh' : null].filter(Boolean);
  const shown = item.signals.slice(0, SIGNALS_SHOWN);
  const more = item.signals.length - shown.length;
  return (
    <tr className={classes.join(' ') || undefined} aria-current={selected ? 'true' : undefined}>
      <th scope="row" className="band-cell">
        <Link id={rowLinkId(item.id)} to={`/signalements/${item.id}`} className="row-link">
          <PriorityBadge priority={item.priority} />
        </Link>
        {fresh && <span className="tag tag-new">{t('queue.row.new')}</span>}
      </th>
      <td className="numeric score-cell">{score(item.score)}</td>
      <td className="age-cell">
        <time dateTime={item.receivedAt} title={t('queue.row.receivedAt', { at: formatInstant(item.receivedAt) })}>
          {waitedFor(item.receivedAt)}
        </time>
      </td>
      <td className="platform-cell">
        <span className="platform">{platformLabel(item.platform)}</span>
        {item.platformName && <span className="secondary">{item.platformName}</span>}
      </td>
      <td className="department-cell">
        {item.department ?? '—'}
        {item.city && <span className="secondary">{item.city}</span>}
      </td>
      <td className="gist-cell">
        {shown.length === 0 ? (
          <span className="signal-words secondary">{t('queue.row.noSignal')}</span>
        ) : (
          <ul className="signal-words">
            {shown.map((signal, index) => (
              <li key={`${signal.code}-${index}`}>
                {signal.label}
                {signal.evidence && <> {t('queue.row.evidence', { evidence: signal.evidence })}</>}
              </li>
            ))}
            {more > 0 && <li className="secondary">+ {more}</li>}
          </ul>
        )}
        {item.excerpt && <span className="excerpt">{item.excerpt}</span>}
      </td>
      <td className="claim-cell">
        {statusLabel(item.status)}
        {item.followUpDue && <span className="tag tag-follow-up">{t('queue.row.followUpDue')}</span>}
        {claim === null ? (
          <span className="secondary">{t('queue.row.free')}</span>
        ) : (
          <span className={item.claim?.worker === me ? 'claim claim-mine' : 'claim'}>{claim}</span>
        )}
      </td>
    </tr>
  );
}
