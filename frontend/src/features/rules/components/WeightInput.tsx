import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n';

interface WeightInputProps {
  code: string;
  weight: number;
  disabled: boolean;
  onChange: (weight: number) => void;
}

/**
 * The weight of one rule. What is typed is kept as typed (an empty box while retyping);
 * only a whole number reaches the JSON.
 */
export function WeightInput({ code, weight, disabled, onChange }: WeightInputProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(String(weight));
  const [shown, setShown] = useState(weight);
  if (shown !== weight) {
    // The JSON changed elsewhere (the editor): show its value.
    setShown(weight);
    setTyped(String(weight));
  }

  function change(value: string) {
    setTyped(value);
    if (/^-?\d+$/.test(value.trim())) {
      const next = Number(value);
      setShown(next);
      onChange(next);
    }
  }

  return (
    <input
      type="number"
      inputMode="numeric"
      step={1}
      className="rule-weight"
      aria-label={t('rules.table.weightOf', { code })}
      value={typed}
      disabled={disabled}
      onChange={(event) => change(event.target.value)}
    />
  );
}
