import type { Signal } from '../../lib/api/types';

/** A stretch of the report's text and the signals (indexes into the list) whose evidence covers it. */
export interface Segment {
  text: string;
  start: number;
  signals: number[];
}

/**
 * Cuts the text at every boundary of the signals' ranges ([start, end) in UTF-16 code units):
 * each piece knows which signals cover it, so overlapping evidence needs no nesting. Ranges
 * that are empty, reversed, not whole numbers or outside the text are ignored; neighbouring
 * pieces covered by the same signals are joined.
 */
export function segments(text: string, signals: Signal[]): Segment[] {
  const ranges: { start: number; end: number; signal: number }[] = [];
  signals.forEach((signal, index) => {
    for (const range of signal.ranges ?? []) {
      const { start, end } = range;
      if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
      if (start < 0 || end > text.length || start >= end) continue;
      ranges.push({ start, end, signal: index });
    }
  });

  const cuts = new Set<number>([0, text.length]);
  for (const range of ranges) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const result: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = [
      ...new Set(ranges.filter((r) => r.start <= start && end <= r.end).map((r) => r.signal)),
    ].sort((a, b) => a - b);
    const previous = result[result.length - 1];
    if (previous && sameSignals(previous.signals, covering)) {
      previous.text += text.slice(start, end);
    } else {
      result.push({ text: text.slice(start, end), start, signals: covering });
    }
  }
  return result;
}

function sameSignals(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
