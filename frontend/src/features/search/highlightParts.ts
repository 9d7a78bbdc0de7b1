/** A piece of a highlight: plain text, marked or not. */
export interface HighlightPart {
  text: string;
  marked: boolean;
}

/**
 * Cuts a highlight's text at its marks (ranges that matched), for the page to show as text with
 * <mark> elements of its own: nothing in the text is ever read as markup. Out-of-range or
 * overlapping marks are clipped.
 */
export function highlightParts(text: string, marks: { start: number; end: number }[]): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(mark.start, text.length));
    const end = Math.max(start, Math.min(mark.end, text.length));
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    if (end > start) parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
