import type { RuleVersion } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { useTranslation } from '../../../lib/i18n';

/** The published versions, newest first. */
export function RulesHistory({ history, current }: { history: RuleVersion[]; current: string }) {
  const { t } = useTranslation();
  if (history.length === 0) {
    return (
      <p className="empty">
        {t('rules.history.none', { current })}
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="queue rules-history">
        <caption className="visually-hidden">
          {t('rules.history.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('rules.history.version')}</th>
            <th scope="col">{t('rules.history.by')}</th>
            <th scope="col">{t('rules.history.at')}</th>
            <th scope="col">{t('rules.history.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry) => (
            <tr key={entry.version}>
              <th scope="row">
                <span className="rule-code">{entry.version}</span>
                {entry.version === current && <span className="secondary">{t('rules.history.inForce')}</span>}
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
