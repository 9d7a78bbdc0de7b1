import { useState, type FormEvent } from 'react';
import type { RuleDefinition } from '../../../lib/api/types';
import { isLastCondition, phraseProblem } from '../ruleDraft';
import { RuleCode } from './RuleCode';
import { useTranslation } from '../../../lib/i18n';

interface PhrasesEditorProps {
  definition: RuleDefinition;
  editable: boolean;
  onAdd: (index: number, phrase: string) => void;
  onRemove: (index: number, phrase: string) => void;
}

/** One signal's words and phrases: each with a « Retirer » button, and a field to add one. */
function RulePhrases({
  definition,
  index,
  editable,
  onAdd,
  onRemove,
}: PhrasesEditorProps & { index: number }) {
  const { t } = useTranslation();
  const rule = definition.rules[index];
  const [phrase, setPhrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!rule) return null;
  const phrases = rule.when.phrases ?? [];
  const last = isLastCondition(definition, index);
  const inputId = `rule-phrase-${index}`;
  const problemId = `${inputId}-problem`;

  function add(event: FormEvent) {
    event.preventDefault();
    const reason = phraseProblem(definition, index, phrase);
    setProblem(reason);
    if (reason !== null) return;
    onAdd(index, phrase);
    setPhrase('');
  }

  return (
    <fieldset className="rule-phrases">
      <legend>
        {rule.label} <RuleCode code={rule.code} />
      </legend>
      <ul className="phrase-list" aria-label={t('rules.phrases.listOf', { code: rule.code })}>
        {phrases.map((existing) => (
          <li key={existing}>
            <span className="phrase">{existing}</span>
            <button
              type="button"
              className="plain-button"
              disabled={!editable || last}
              title={last ? t('rules.phrases.lastOne') : undefined}
              onClick={() => onRemove(index, existing)}
            >
              {t('rules.phrases.remove')}
              <span className="visually-hidden">{t('rules.phrases.removeWhat', { phrase: existing, code: rule.code })}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="phrase-add" onSubmit={add} noValidate>
        <label htmlFor={inputId}>{t('rules.phrases.addTo', { code: rule.code })}</label>
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          value={phrase}
          disabled={!editable}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? problemId : undefined}
          onChange={(event) => {
            setPhrase(event.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" disabled={!editable}>
          {t('rules.phrases.add')}
        </button>
        {problem !== null && (
          <p id={problemId} className="field-error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </fieldset>
  );
}

/**
 * « Mots et expressions »: the phrases of every signal that fires on words, to add to or remove
 * from without touching the JSON (which follows each change).
 */
export function PhrasesEditor(props: PhrasesEditorProps) {
  const withPhrases = props.definition.rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => Array.isArray(rule.when?.phrases) && rule.when.phrases.length > 0);
  return (
    <div className="phrases-editor">
      {withPhrases.map(({ rule, index }) => (
        <RulePhrases key={`${index}-${rule.code}`} {...props} index={index} />
      ))}
    </div>
  );
}
