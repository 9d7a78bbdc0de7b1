import { Fragment, useId } from 'react';
import type { Signal } from '../../../lib/api/types';
import { segments } from '../highlight';
import { useTranslation } from '../../../lib/i18n';

/** Colour of a signal's marks and of its key in the legend: four, then again. */
export const evidenceClass = (index: number) => `evidence-${(index % 4) + 1}`;

interface HighlightedTextProps {
  text: string;
  signals: Signal[];
}

/**
 * The report's text as text (never markup), with the words each signal fired on in <mark>.
 * Each mark says which signals it stands for (hidden text read by screen readers, and
 * aria-describedby to the legend below), and the legend gives colour, number and label.
 */
export function HighlightedText({ text, signals }: HighlightedTextProps) {
  const { t } = useTranslation();
  const id = useId();
  const legendId = (index: number) => `${id}-signal-${index}`;
  const pieces = segments(text, signals);
  const highlighted = new Set(pieces.flatMap((piece) => piece.signals));

  return (
    <>
      <div className="report-text">
        {pieces.map((piece) =>
          piece.signals.length === 0 ? (
            <Fragment key={piece.start}>{piece.text}</Fragment>
          ) : (
            <mark
              key={piece.start}
              className={`evidence ${evidenceClass(piece.signals[0]!)}${piece.signals.length > 1 ? ' evidence-overlap' : ''}`}
              aria-describedby={piece.signals.map(legendId).join(' ')}
              data-signals={piece.signals.map((index) => index + 1).join(' ')}
            >
              <span className="visually-hidden">
                {t('report.text.markStart', { signals: piece.signals.map((index) => signals[index]?.label).join(t('report.text.separator')) })}{' '}
              </span>
              {piece.text}
              <span className="visually-hidden">]</span>
            </mark>
          ),
        )}
      </div>
      {highlighted.size > 0 && (
        <>
          <h3 className="legend-title" id={`${id}-legend`}>
            {t('report.text.legend')}
          </h3>
          <ol className="evidence-legend" aria-labelledby={`${id}-legend`}>
            {signals.map((signal, index) =>
              highlighted.has(index) ? (
                <li key={`${signal.code}-${index}`} id={legendId(index)} value={index + 1}>
                  <span className={`legend-key ${evidenceClass(index)}`} aria-hidden="true">
                    {index + 1}
                  </span>{' '}
                  {signal.label}
                </li>
              ) : null,
            )}
          </ol>
        </>
      )}
    </>
  );
}
