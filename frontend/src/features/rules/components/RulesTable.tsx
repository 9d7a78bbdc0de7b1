import type { RuleDefinition, SignalRule } from '../../../lib/api/types';
import { describeCondition } from '../describeRules';
import { RuleCode } from './RuleCode';
import { WeightInput } from './WeightInput';
import { useTranslation } from '../../../lib/i18n';

interface RulesTableProps {
  /** The rules shown: the draft's, or those in force when the draft cannot be read. */
  definition: RuleDefinition;
  /** The rules in force, to point out what the draft changes. */
  inForce: RuleDefinition;
  editable: boolean;
  onWeight: (index: number, weight: number) => void;
  onLabel: (index: number, label: string) => void;
}

function RuleChange({ rule, before }: { rule: SignalRule; before: SignalRule | undefined }) {
  const { t } = useTranslation();
  if (!before) return <span className="secondary rule-changed">{t('rules.table.newRule')}</span>;
  if (before.weight === rule.weight) return null;
  return <span className="secondary rule-changed">{t('rules.table.inForce', { weight: before.weight })}</span>;
}

/** The signals, one row each: code, label and weight (editable), what fires them, what drops them. */
export function RulesTable({ definition, inForce, editable, onWeight, onLabel }: RulesTableProps) {
  const { t } = useTranslation();
  const inForceByCode = new Map(inForce.rules.map((rule) => [rule.code, rule]));
  return (
    <div className="table-scroll">
      <table className="queue rules-table">
        <caption className="visually-hidden">
          {t('rules.table.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('rules.table.code')}</th>
            <th scope="col">{t('rules.table.label')}</th>
            <th scope="col" className="numeric">
              {t('rules.table.weight')}
            </th>
            <th scope="col">{t('rules.table.firedBy')}</th>
            <th scope="col">{t('rules.table.unless')}</th>
          </tr>
        </thead>
        <tbody>
          {definition.rules.map((rule, index) => {
            const before = inForceByCode.get(rule.code);
            return (
              <tr key={`${index}-${rule.code}`}>
                <th scope="row">
                  <RuleCode code={rule.code} />
                </th>
                <td>
                  <input
                    type="text"
                    className="rule-label"
                    aria-label={t('rules.table.labelOf', { code: rule.code })}
                    value={rule.label ?? ''}
                    disabled={!editable}
                    onChange={(event) => onLabel(index, event.target.value)}
                  />
                </td>
                <td className="numeric">
                  <WeightInput
                    code={rule.code}
                    weight={rule.weight}
                    disabled={!editable}
                    onChange={(weight) => onWeight(index, weight)}
                  />
                  <RuleChange rule={rule} before={before} />
                </td>
                <td>
                  <ul className="rule-conditions">
                    {describeCondition(rule.when).map((part) => (
                      <li key={part}>{part}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  {rule.unless && rule.unless.length > 0 ? (
                    <ul className="rule-conditions">
                      {rule.unless.map((context) => (
                        <li key={context}>
                          <RuleCode code={context} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="secondary">{t('rules.table.noContext')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
