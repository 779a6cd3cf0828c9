// Mastodon statuses and Hacker News comments arrive as HTML. The service worker has no DOM (no
// DOMParser, and innerHTML is never an option for text from the network), so this reads HTML as
// text in one left-to-right pass: tags are dropped, block tags become line breaks, entities are
// decoded. No regular expression runs over the input, so no input can make it slow.

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  middot: '·',
  bull: '•',
  times: '×',
};

/** Tags whose start or end breaks the line, as a browser would lay them out. */
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'hr']);
/** Tags whose content is never text. */
const RAW_TAGS = new Set(['script', 'style', 'template']);
/** An entity longer than this is not one: "&" followed by prose. */
const MAX_ENTITY = 32;

const isNameChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45;

function codePointText(code: number): string | null {
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** Decodes one entity starting at `at` (text[at] === '&'): the text and where it ends, or null. */
function entityAt(text: string, at: number): { value: string; end: number } | null {
  const limit = Math.min(text.length, at + MAX_ENTITY);
  let end = at + 1;
  while (end < limit && text[end] !== ';' && text[end] !== '&' && text[end] !== '<' && text[end] !== ' ') end++;
  if (text[end] !== ';') return null;
  const body = text.slice(at + 1, end);
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const hex = body.slice(2);
    const value = /^[0-9a-f]{1,6}$/i.test(hex) ? codePointText(parseInt(hex, 16)) : null;
    return value === null ? null : { value, end: end + 1 };
  }
  if (body.startsWith('#')) {
    const decimal = body.slice(1);
    const value = /^[0-9]{1,7}$/.test(decimal) ? codePointText(Number(decimal)) : null;
    return value === null ? null : { value, end: end + 1 };
  }
  const named = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
  return named === undefined ? null : { value: named, end: end + 1 };
}

/** Decodes HTML entities in plain text (&amp;, &#39;, &#x1F600;); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const amp = text.indexOf('&', index);
    if (amp === -1) {
      out += text.slice(index);
      break;
    }
    out += text.slice(index, amp);
    const entity = entityAt(text, amp);
    if (entity) {
      out += entity.value;
      index = entity.end;
    } else {
      out += '&';
      index = amp + 1;
    }
  }
  return out;
}

/** Collapses runs of spaces, drops empty lines, trims each line and the whole. */
function tidy(text: string): string {
  const lines: string[] = [];
  let line = '';
  let space = false;
  const flush = () => {
    if (line !== '') lines.push(line);
    line = '';
    space = false;
  };
  for (const char of text) {
    if (char === '\n') flush();
    else if (char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\u00a0') space = true;
    else {
      if (space && line !== '') line += ' ';
      space = false;
      line += char;
    }
  }
  flush();
  return lines.join('\n');
}

/**
 * Plain text of an HTML fragment: "<p>Hi &amp; bye</p><p>#tag</p>" → "Hi & bye\n#tag".
 * Linear in the input's length: every step moves forward, and each search starts where the last ended.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  const lower = html.toLowerCase();
  let out = '';
  let index = 0;
  const length = html.length;
  while (index < length) {
    const lt = html.indexOf('<', index);
    if (lt === -1) {
      out += decodeEntities(html.slice(index));
      break;
    }
    out += decodeEntities(html.slice(index, lt));
    const next = html[lt + 1] ?? '';
    // A "<" not followed by a tag start is text ("a < b").
    if (!(next === '/' || next === '!' || next === '?' || isNameChar(next.charCodeAt(0)))) {
      out += '<';
      index = lt + 1;
      continue;
    }
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      index = close === -1 ? length : close + 3;
      continue;
    }
    // The tag's name, then its end: the first ">" outside a quoted attribute value.
    let cursor = lt + 1 + (next === '/' ? 1 : 0);
    const nameStart = cursor;
    while (cursor < length && isNameChar(html.charCodeAt(cursor))) cursor++;
    const name = lower.slice(nameStart, cursor);
    let quote = '';
    while (cursor < length) {
      const char = html[cursor]!;
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') break;
      cursor++;
    }
    if (cursor >= length) break; // an unfinished tag at the end is not text
    index = cursor + 1;
    if (BLOCK_TAGS.has(name)) out += '\n';
    else if (name === 'td' || name === 'th') out += ' ';
    if (next !== '/' && RAW_TAGS.has(name)) {
      const close = lower.indexOf(`</${name}`, index);
      if (close === -1) break;
      const end = html.indexOf('>', close);
      index = end === -1 ? length : end + 1;
    }
  }
  return tidy(out);
}
