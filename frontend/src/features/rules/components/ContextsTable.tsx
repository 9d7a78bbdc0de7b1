import type { RuleContext } from '../../../lib/api/types';
import { describeWindow, quoted } from '../describeRules';
import { RuleCode } from './RuleCode';

/** The exclusion contexts: the words near a match that make it mean something else. */
export function ContextsTable({ contexts }: { contexts: Record<string, RuleContext> }) {
  const entries = Object.entries(contexts).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="empty">Aucun contexte d’exclusion</p>;
  return (
    <div className="table-scroll">
      <table className="queue contexts-table">
        <caption className="visually-hidden">
          Contextes d’exclusion : nom, fenêtre et expressions
        </caption>
        <thead>
          <tr>
            <th scope="col">Contexte</th>
            <th scope="col">Fenêtre</th>
            <th scope="col">Expressions</th>
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
                  {context.matchOn === 'WORD' && <span className="secondary">mot exact</span>}
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
