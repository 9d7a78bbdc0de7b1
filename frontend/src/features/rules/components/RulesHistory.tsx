import type { RuleVersion } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';

/** The published versions, newest first. */
export function RulesHistory({ history, current }: { history: RuleVersion[]; current: string }) {
  if (history.length === 0) {
    return (
      <p className="empty">
        Aucune version publiée : les règles livrées avec Vigie (version {current}) sont en vigueur.
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="queue rules-history">
        <caption className="visually-hidden">
          Versions publiées, de la plus récente à la plus ancienne
        </caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Publiée par</th>
            <th scope="col">Le (heure de Paris)</th>
            <th scope="col">Commentaire</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry) => (
            <tr key={entry.version}>
              <th scope="row">
                <span className="rule-code">{entry.version}</span>
                {entry.version === current && <span className="secondary">en vigueur</span>}
              </th>
              <td>{entry.publishedBy}</td>
              <td>{formatInstant(entry.publishedAt)}</td>
              <td>{entry.comment || <span className="secondary">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
