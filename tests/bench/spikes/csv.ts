// The bench:spikes series format: `timestamp,platform,count,negative`, one row per platform per 5-minute
// bucket, timestamp = bucket start in ISO 8601 UTC. Rows may come in any order; missing buckets are zero.

import { BUCKET_MS } from '../../../utils/tracking/baseline';
import type { MentionBucket } from '../../../utils/tracking/detect';

export const SERIES_COLUMNS = ['timestamp', 'platform', 'count', 'negative'] as const;

export class SeriesCsvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SeriesCsvError';
  }
}

const MAX_REPORTED_PROBLEMS = 20;
/** ISO 8601 date-time with an explicit zone; a zone-less time would silently mean local time. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function splitCsvLine(line: string): string[] {
  // The format has no quoted commas in practice, but accept quoted fields ("x") from spreadsheet exports.
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Parses a series; throws SeriesCsvError listing every bad row (up to 20) and changes nothing. */
export function parseSeriesCsv(text: string): MentionBucket[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex === -1) throw new SeriesCsvError(['The series is empty: expected the header timestamp,platform,count,negative.']);
  const header = splitCsvLine(lines[headerIndex]!).map((h) => h.toLowerCase());
  const columns = SERIES_COLUMNS.map((name) => header.indexOf(name));
  const missing = SERIES_COLUMNS.filter((_, i) => columns[i] === -1);
  if (missing.length > 0) {
    throw new SeriesCsvError([
      `Line ${headerIndex + 1}: the header must name timestamp,platform,count,negative; missing: ${missing.join(', ')} (got "${lines[headerIndex]!.trim()}").`,
    ]);
  }
  const [timeColumn, platformColumn, countColumn, negativeColumn] = columns as [number, number, number, number];

  const problems: string[] = [];
  const problem = (lineNumber: number, message: string): void => {
    if (problems.length < MAX_REPORTED_PROBLEMS) problems.push(`Line ${lineNumber}: ${message}`);
    else if (problems.length === MAX_REPORTED_PROBLEMS) problems.push('… more bad rows not shown.');
  };
  const buckets: MentionBucket[] = [];
  const seen = new Map<string, number>();
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const lineNumber = i + 1;
    const fields = splitCsvLine(line);
    if (fields.length !== header.length) {
      problem(lineNumber, `expected ${header.length} fields, got ${fields.length} ("${line.trim()}").`);
      continue;
    }
    const timestamp = fields[timeColumn]!;
    const platform = fields[platformColumn]!;
    const count = wholeNumber(fields[countColumn]!);
    const negatives = wholeNumber(fields[negativeColumn]!);
    const time = ISO_DATE_TIME.test(timestamp) ? Date.parse(timestamp) : NaN;
    if (Number.isNaN(time)) {
      problem(lineNumber, `timestamp "${timestamp}" is not an ISO 8601 UTC time such as 2024-05-01T12:05:00Z.`);
      continue;
    }
    if (time % BUCKET_MS !== 0) {
      problem(lineNumber, `timestamp ${timestamp} is not the start of a 5-minute bucket.`);
      continue;
    }
    if (platform === '') {
      problem(lineNumber, 'platform is empty.');
      continue;
    }
    if (count === null) {
      problem(lineNumber, `count "${fields[countColumn]}" is not a whole number ≥ 0.`);
      continue;
    }
    if (negatives === null || negatives > count) {
      problem(lineNumber, `negative "${fields[negativeColumn]}" must be a whole number between 0 and count (${count}).`);
      continue;
    }
    const key = `${platform}\u0000${time}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problem(lineNumber, `duplicate bucket for ${platform} at ${timestamp} (first on line ${earlier}).`);
      continue;
    }
    seen.set(key, lineNumber);
    buckets.push({ platform, bucketStart: time, count, negatives });
  }
  if (problems.length > 0) throw new SeriesCsvError(problems);
  if (buckets.length === 0) throw new SeriesCsvError(['The series has a header but no rows.']);
  buckets.sort((a, b) => a.bucketStart - b.bucketStart || a.platform.localeCompare(b.platform));
  return buckets;
}

export function formatSeriesCsv(buckets: readonly MentionBucket[]): string {
  const rows = buckets.map(
    (b) => `${new Date(b.bucketStart).toISOString().replace('.000Z', 'Z')},${b.platform},${b.count},${b.negatives}`,
  );
  return `${SERIES_COLUMNS.join(',')}\n${rows.join('\n')}\n`;
}
