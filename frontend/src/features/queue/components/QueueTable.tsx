import type { QueueItem } from '../../../lib/api/types';
import { QueueRow } from './QueueRow';

interface QueueTableProps {
  items: QueueItem[];
  me: string | null;
  selectedId?: string | null;
  /** Rows just put in by « N nouveaux ». */
  fresh?: ReadonlySet<string>;
  caption?: string;
}

/** The reports in the order the backend gave (its triage order): never re-sorted here. */
import { useTranslation } from '../../../lib/i18n';

export function QueueTable({
  items,
  me,
  selectedId,
  fresh,
  caption,
}: QueueTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="queue">
        <caption className="visually-hidden">{caption ?? t('queue.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.table.band')}</th>
            <th scope="col">{t('queue.table.score')}</th>
            <th scope="col">{t('queue.table.age')}</th>
            <th scope="col">{t('queue.table.platform')}</th>
            <th scope="col">{t('queue.table.department')}</th>
            <th scope="col">{t('queue.table.gist')}</th>
            <th scope="col">{t('queue.table.state')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <QueueRow
              key={item.id}
              item={item}
              me={me}
              selected={item.id === selectedId}
              fresh={fresh?.has(item.id) ?? false}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
