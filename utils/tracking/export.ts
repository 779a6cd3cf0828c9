import type { Mention } from './db';

// timeApproximate: 'true' where the time was read from a label for people ("3 weeks ago", "6 October")
// and is the latest the label allows, so a spreadsheet never takes it for the minute of posting.
const COLUMNS = ['platform', 'postId', 'time', 'timeApproximate', 'sentiment', 'score', 'signals', 'author', 'permalink', 'brandTerms', 'excerpt', 'source'] as const;

/**
 * A CSV cell: quoted when it must be, and a leading = + - @ neutralised so a spreadsheet never runs
 * a post's text as a formula.
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  // Numbers stay numbers; text that starts like a formula does not.
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function mentionsToCsv(mentions: readonly Mention[]): string {
  const lines = [COLUMNS.join(',')];
  for (const mention of mentions) {
    lines.push(
      COLUMNS.map((column) => (column === 'time' ? csvCell(new Date(mention.time).toISOString()) : csvCell(mention[column]))).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function mentionsToJson(mentions: readonly Mention[]): string {
  return JSON.stringify(
    { format: 'firebreak-mentions', version: 1, exportedAt: new Date().toISOString(), mentions: mentions.map((m) => ({ ...m, time: new Date(m.time).toISOString() })) },
    null,
    2,
  );
}

/** Offers text as a file download from an extension page. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
