import type { RuleContext } from '../../../lib/api/types';
import { describeWindow, quoted } from '../describeRules';
import { RuleCode } from './RuleCode';
import { useTranslation } from '../../../lib/i18n';

/** The exclusion contexts: the words near a match that make it mean something else. */
export function ContextsTable({ contexts }: { contexts: Record<string, RuleContext> }) {
  const { t } = useTranslation();
  const entries = Object.entries(contexts).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="empty">{t('rules.contexts.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="queue contexts-table">
        <caption className="visually-hidden">
          {t('rules.contexts.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('rules.contexts.context')}</th>
            <th scope="col">{t('rules.contexts.window')}</th>
            <th scope="col">{t('rules.contexts.phrases')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([name, context]) => {
            return (
              <tr key={name}>
                <th scope="row">
                  <RuleCode code={name} />
                </th>
                <td>
                  {describeWindow(context)}
                  {context.matchOn === 'WORD' && <span className="secondary">{t('rules.condition.word')}</span>}
                </td>
                <td>{(context.phrases ?? []).map(quoted).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
