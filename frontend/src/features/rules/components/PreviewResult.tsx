import { Link } from 'react-router';
import type { Priority, RulesPreview, RulesPreviewChange } from '../../../lib/api/types';
import { PRIORITY_LABELS } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { t, useTranslation } from '../../../lib/i18n';

const BANDS: Priority[] = ['P1', 'P2', 'P3', 'P4'];

/** « 3 signalements ouverts sur 120 changeraient de bande ». */
export function previewSummary(preview: RulesPreview): string {
  return t('rules.preview.summary', { count: preview.changedBand, open: preview.openReports });
}

/** « 5 changeraient de score, 7 de rang dans la file ». */
export function previewDetails(preview: RulesPreview): string {
  return t('rules.preview.details', { count: preview.changedScore, moved: preview.moved });
}

/** « ↑ 3 » (up the queue), « ↓ 2 », or « = ». */
function movement(change: RulesPreviewChange): string {
  const delta = change.rankBefore - change.rankAfter;
  if (delta === 0) return '=';
  return delta > 0 ? `↑ ${delta}` : `↓ ${-delta}`;
}

function movementWords(change: RulesPreviewChange): string {
  const delta = change.rankBefore - change.rankAfter;
  if (delta === 0) return t('rules.preview.sameRank');
  return delta > 0 ? t('rules.preview.up', { count: delta }) : t('rules.preview.down', { count: -delta });
}

/**
 * What the previewed rules will do, as the rescoring will do it: open reports per band before and
 * after, and each report that changes band, score or rank; whether the draft changed since.
 */
export function PreviewResult({ preview, stale }: { preview: RulesPreview; stale: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="rules-preview">
      {stale && (
        <p className="warning">
          {t('rules.preview.stale')}
        </p>
      )}
      <p>{previewDetails(preview)}.</p>
      <div className="table-scroll">
        <table className="queue rules-preview-bands">
          <caption>{t('rules.preview.byBand')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules.bands.band')}</th>
              <th scope="col" className="numeric">
                {t('rules.preview.today')}
              </th>
              <th scope="col" className="numeric">
                {t('rules.preview.after')}
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
              {t('rules.preview.changes')}
              {preview.changes.length < Math.max(preview.changedBand, preview.changedScore, preview.moved)
                ? t('rules.preview.firstOnes', { count: preview.changes.length })
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('rules.preview.report')}</th>
                <th scope="col">{t('rules.bands.band')}</th>
                <th scope="col" className="numeric">
                  {t('rules.preview.score')}
                </th>
                <th scope="col" className="numeric">
                  {t('rules.preview.rank')}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((change) => (
                <tr key={change.id}>
                  <th scope="row">
                    <Link to={`/signalements/${encodeURIComponent(change.id)}`}>{t('rules.preview.reportId', { id: change.id.slice(0, 8) })}</Link>
                  </th>
                  <td>
                    {change.from === change.to ? (
                      <>
                        <PriorityBadge priority={change.from} />
                        <span className="visually-hidden">{t('rules.preview.unchanged')}</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">
                          <PriorityBadge priority={change.from} /> → <PriorityBadge priority={change.to} />
                        </span>
                        <span className="visually-hidden">
                          {t('rules.preview.bandChange', {
                            from: `${change.from} ${PRIORITY_LABELS[change.from]}`,
                            to: `${change.to} ${PRIORITY_LABELS[change.to]}`,
                          })}
                        </span>
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
                    <span className="visually-hidden">
                      {t('rules.preview.rankChange', {
                        before: change.rankBefore,
                        after: change.rankAfter,
                        movement: movementWords(change),
                      })}
                    </span>
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
