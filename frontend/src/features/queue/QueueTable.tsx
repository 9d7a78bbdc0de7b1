import type { QueueItem } from '../../api/types';
import { QueueRow } from './QueueRow';

/** The reports in the order the backend gave (its triage order): never re-sorted here. */
export function QueueTable({ items, highlightedId }: { items: QueueItem[]; highlightedId?: string }) {
  return (
    <div className="table-scroll">
      <table className="queue">
        <caption className="visually-hidden">
          Signalements en attente, du plus urgent au moins urgent
        </caption>
        <thead>
          <tr>
            <th scope="col">Priorité</th>
            <th scope="col">Score</th>
            <th scope="col">Plateforme</th>
            <th scope="col">Lieu</th>
            <th scope="col">Observé le</th>
            <th scope="col">Signaux</th>
            <th scope="col">Statut</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <QueueRow key={item.id} item={item} highlighted={item.id === highlightedId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
