import { Link } from 'react-router';
import type { Priority, RulesPreview, RulesPreviewChange } from '../../../lib/api/types';
import { PRIORITY_LABELS } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';

const BANDS: Priority[] = ['P1', 'P2', 'P3', 'P4'];

function plural(n: number, one: string, many: string): string {
  return n > 1 ? many : one;
}

/** « 3 signalements ouverts sur 120 changeraient de bande ». */
export function previewSummary(preview: RulesPreview): string {
  const many = preview.changedBand > 1;
  return `${preview.changedBand} signalement${many ? 's' : ''} ouvert${many ? 's' : ''} sur ${
    preview.openReports
  } changerai${many ? 'ent' : 't'} de bande`;
}

/** « 5 changeraient de score, 7 de rang dans la file ». */
export function previewDetails(preview: RulesPreview): string {
  return `${preview.changedScore} ${plural(preview.changedScore, 'changerait', 'changeraient')} de score, ${
    preview.moved
  } de rang dans la file`;
}

/** « ↑ 3 » (up the queue), « ↓ 2 », or « = ». */
function movement(change: RulesPreviewChange): string {
  const delta = change.rankBefore - change.rankAfter;
  if (delta === 0) return '=';
  return delta > 0 ? `↑ ${delta}` : `↓ ${-delta}`;
}

function movementWords(change: RulesPreviewChange): string {
  const delta = change.rankBefore - change.rankAfter;
  if (delta === 0) return 'même rang';
  return delta > 0 ? `monte de ${delta}` : `descend de ${-delta}`;
}

/**
 * What the previewed rules will do, as the rescoring will do it: open reports per band before and
 * after, and each report that changes band, score or rank; whether the draft changed since.
 */
export function PreviewResult({ preview, stale }: { preview: RulesPreview; stale: boolean }) {
  return (
    <div className="rules-preview">
      {stale && (
        <p className="warning">
          Le brouillon a changé depuis cette prévisualisation : prévisualisez-le à nouveau avant de
          le publier.
        </p>
      )}
      <p>{previewDetails(preview)}.</p>
      <div className="table-scroll">
        <table className="queue rules-preview-bands">
          <caption>Signalements ouverts par bande</caption>
          <thead>
            <tr>
              <th scope="col">Bande</th>
              <th scope="col" className="numeric">
                Aujourd’hui
              </th>
              <th scope="col" className="numeric">
                Après publication
              </th>
            </tr>
          </thead>
          <tbody>
            {BANDS.map((band) => (
              <tr key={band}>
                <th scope="row">
                  {band} — {PRIORITY_LABELS[band]}
                </th>
                <td className="numeric">{preview.bandsBefore[band] ?? 0}</td>
                <td className="numeric">{preview.bandsAfter[band] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.changes.length > 0 && (
        <div className="table-scroll">
          <table className="queue rules-preview-changes">
            <caption>
              Signalements qui changent
              {preview.changes.length < Math.max(preview.changedBand, preview.changedScore, preview.moved)
                ? ` (les ${preview.changes.length} premiers : changements de bande, puis les plus grands déplacements)`
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Signalement</th>
                <th scope="col">Bande</th>
                <th scope="col" className="numeric">
                  Score
                </th>
                <th scope="col" className="numeric">
                  Rang dans la file
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((change) => (
                <tr key={change.id}>
                  <th scope="row">
                    <Link to={`/signalements/${encodeURIComponent(change.id)}`}>Signalement {change.id.slice(0, 8)}</Link>
                  </th>
                  <td>
                    {change.from === change.to ? (
                      <>
                        <PriorityBadge priority={change.from} />
                        <span className="visually-hidden"> inchangée</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">
                          <PriorityBadge priority={change.from} /> → <PriorityBadge priority={change.to} />
                        </span>
                        <span className="visually-hidden">{`de ${change.from} ${PRIORITY_LABELS[change.from]} à ${
                          change.to
                        } ${PRIORITY_LABELS[change.to]}`}</span>
                      </>
                    )}
                  </td>
                  <td className="numeric">
                    {change.scoreBefore === change.scoreAfter
                      ? change.scoreAfter
                      : `${change.scoreBefore} → ${change.scoreAfter}`}
                  </td>
                  <td className="numeric">
                    <span aria-hidden="true">
                      {change.rankBefore} → {change.rankAfter} ({movement(change)})
                    </span>
                    <span className="visually-hidden">{`${change.rankBefore} à ${change.rankAfter}, ${movementWords(change)}`}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
