import { Link } from 'react-router';
import type { RulesPreview } from '../../../lib/api/types';
import { PRIORITY_LABELS } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';

/** « 3 signalements ouverts sur 120 changeraient de bande ». */
export function previewSummary(preview: RulesPreview): string {
  const plural = preview.changedBand > 1;
  return `${preview.changedBand} signalement${plural ? 's' : ''} ouvert${plural ? 's' : ''} sur ${
    preview.openReports
  } changerai${plural ? 'ent' : 't'} de bande`;
}

/** A few of the open reports the previewed rules would move, and whether the draft changed since. */
export function PreviewResult({ preview, stale }: { preview: RulesPreview; stale: boolean }) {
  return (
    <div className="rules-preview">
      {stale && (
        <p className="warning">
          Le brouillon a changé depuis cette prévisualisation : prévisualisez-le à nouveau avant de
          le publier.
        </p>
      )}
      {preview.examples.length > 0 && (
        <>
          <h3 id="rules-preview-examples">
            Exemples
            {preview.changedBand > preview.examples.length
              ? ` (${preview.examples.length} sur ${preview.changedBand})`
              : ''}
          </h3>
          <ul className="rules-preview-examples" aria-labelledby="rules-preview-examples">
            {preview.examples.map((example) => (
              <li key={example.id}>
                <Link to={`/signalements/${encodeURIComponent(example.id)}`}>
                  Signalement {example.id.slice(0, 8)}
                  <span className="visually-hidden">
                    {` : de ${example.from} ${PRIORITY_LABELS[example.from] ?? ''} à ${example.to} ${
                      PRIORITY_LABELS[example.to] ?? ''
                    }`}
                  </span>
                </Link>{' '}
                <span aria-hidden="true">
                  <PriorityBadge priority={example.from} /> → <PriorityBadge priority={example.to} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
