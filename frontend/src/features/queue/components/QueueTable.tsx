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
export function QueueTable({
  items,
  me,
  selectedId,
  fresh,
  caption = 'Signalements en attente, du plus urgent au moins urgent',
}: QueueTableProps) {
  return (
    <div className="table-scroll">
      <table className="queue">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Priorité</th>
            <th scope="col">Score</th>
            <th scope="col">Attente</th>
            <th scope="col">Plateforme</th>
            <th scope="col">Dép.</th>
            <th scope="col">Signaux et début du texte</th>
            <th scope="col">État</th>
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
