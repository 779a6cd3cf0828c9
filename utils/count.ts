// Counts as people read them: with their language's grouping, "12,412 mentions" in English and "12.412"
// in German, never "12412". The one place counts are written, for the alert reasons (tracking/detect.ts,
// tracking/reason-messages.ts), the pages (popup, dashboard, options) and the post-mortem report.
// Percentages, multiples, times, ids and years are not counts, and are written as they are.
import { browser } from 'wxt/browser';

const countFormats = new Map<string, Intl.NumberFormat>();

/**
 * A whole count as `language` writes it, with its grouping: "12,412" in English, "12.412" in German.
 * English for a language that is empty or not one Intl knows. Pure: for what is written in English
 * wherever it is read (the post-mortem report, the detector's default words).
 */
export function groupedCount(value: number, language = 'en'): string {
  let format = countFormats.get(language);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(language || 'en', { maximumFractionDigits: 0 });
    } catch {
      format = countFormats.get('en') ?? new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    }
    // A few languages a page or the worker ever sees: the cache stays small.
    if (countFormats.size < 16) countFormats.set(language, format);
  }
  return format.format(value);
}

/** The browser's UI language ("en-GB", "de"); 'en' where there is none or it cannot be read. */
function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    // No i18n API (a test's fake browser): English.
    return 'en';
  }
}

/** A count as the browser's UI language writes it, for the locale file's words: "12,412", "12.412". */
export const uiCount = (value: number): string => groupedCount(value, uiLanguage());
