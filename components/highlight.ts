/** A span of text to highlight, with why. */
export interface Highlight {
  start: number;
  end: number;
  tone: 'negative' | 'positive' | 'signal' | 'brand';
  title: string;
}

export type Segment = { text: string; highlight?: Highlight };

/**
 * Cuts `text` into plain and highlighted segments. Overlapping highlights keep the earliest
 * (and, at the same start, the longest); offsets outside the text are ignored.
 */
export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const usable = highlights
    .filter((h) => Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end <= text.length && h.start < h.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const highlight of usable) {
    if (highlight.start < cursor) continue;
    if (highlight.start > cursor) segments.push({ text: text.slice(cursor, highlight.start) });
    segments.push({ text: text.slice(highlight.start, highlight.end), highlight });
    cursor = highlight.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}
