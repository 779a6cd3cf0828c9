// Reddit's API gives a post's body as the markdown its author typed; the page shows it rendered.
// A label the user corrects on the page is keyed on the text the page shows (textKey), and the
// stored excerpt is read by people, so the source reads the body as the page shows it: "**kills**"
// is "kills", "[video](https://…)" is "video", "&#x200B;" is nothing.
//
// Line by line, with bounded patterns only: no input can make it slow (a post is at most 40,000
// characters, and no pattern here looks further than a few hundred characters from where it starts).
import { decodeEntities } from './html';

/** Characters a backslash makes literal in Reddit's markdown. */
const ESCAPABLE = '\\`*_{}[]()#+-.!>~^|<&';
/** A private-use code point per escaped character, so no later step reads it as markup. */
const PROTECT_BASE = 0xe000;

const protect = (char: string) => String.fromCharCode(PROTECT_BASE + char.charCodeAt(0));

function unprotect(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += code >= PROTECT_BASE && code < PROTECT_BASE + 128 ? String.fromCharCode(code - PROTECT_BASE) : char;
  }
  return out;
}

/** Inline markup of one line: code, links, emphasis, strikethrough, superscript, spoilers. */
function inline(line: string): string {
  return (
    line
      // `code` shows its content.
      .replace(/`([^`\n]{1,500})`/g, (_, code: string) => code)
      // ![alt](url) and [text](url "title") show their text; the address is not on the page.
      .replace(/!?\[([^\]\n]{0,300})\]\([^)\s]{0,1000}(?:\s{1,10}"[^"\n]{0,300}")?\)/g, '$1')
      // **bold**, __bold__, ~~struck~~: the words stay.
      .replace(/\*\*(?=\S)([^*\n]{1,300}?)\*\*/g, '$1')
      .replace(/(^|[^\p{L}\p{N}_])__(?=\S)([^_\n]{1,300}?)__(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/~~(?=\S)([^~\n]{1,300}?)~~/g, '$1')
      // *italics* and _italics_ (not the underscores inside snake_case words).
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]{1,300}?)\*(?![\p{L}\p{N}*])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]{1,300}?)_(?![\p{L}\p{N}_])/gu, '$1$2')
      // >!spoiler!< shows its text (behind a click).
      .replace(/>!([^\n]{0,300}?)!</g, '$1')
      // ^(superscript words) and ^superscript.
      .replace(/\^\(([^)\n]{0,300})\)/g, '$1')
      .replace(/\^(?=\S)/g, '')
  );
}

/** Plain text of Reddit markdown, as the page shows it (line breaks kept between blocks). */
export function markdownToText(markdown: string): string {
  if (typeof markdown !== 'string' || markdown === '') return '';
  let escaped = '';
  for (let index = 0; index < markdown.length; index++) {
    const char = markdown[index]!;
    const next = markdown[index + 1];
    if (char === '\\' && next !== undefined && ESCAPABLE.includes(next)) {
      escaped += protect(next);
      index++;
    } else escaped += char;
  }

  const lines: string[] = [];
  let fence: string | null = null;
  for (const raw of escaped.split(/\r?\n/)) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== null) {
      // Inside a code block the text is shown as written.
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      else lines.push(raw);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    let line = raw;
    // > quotes (not the >! of a spoiler), at any depth.
    for (let depth = 0; depth < 20; depth++) {
      const quote = /^\s{0,3}>(?!!)\s?/.exec(line);
      if (!quote) break;
      line = line.slice(quote[0].length);
    }
    // Rules and table separator rows show no text.
    if (/^\s{0,3}([-*_])(?:[ \t]{0,10}\1){2,}[ \t]*$/.test(line) || (/^[\s|:-]+$/.test(line) && line.includes('-') && line.includes('|'))) {
      lines.push('');
      continue;
    }
    // # Headings (and their closing #s; a line that is no heading keeps its "#").
    const heading = /^\s{0,3}#{1,6}(?:[ \t]+|$)/.exec(line);
    if (heading) line = withoutClosingHashes(line.slice(heading[0].length));
    line = line
      // List markers are drawn, not written.
      .replace(/^\s{0,12}(?:[-*+]|\d{1,9}[.)])[ \t]+/, '');
    // A table's cells, side by side.
    if (line.includes('|') && /^\s*\|/.test(line)) line = line.replace(/\|/g, ' ');
    lines.push(inline(line));
  }
  // Entities last, so "&ast;" written in a post stays an asterisk and never becomes markup.
  return tidy(decodeEntities(unprotect(lines.join('\n'))));
}

/** Spaces collapsed and lines trimmed; empty lines (and zero-width spaces) dropped. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\u200b\ufeff]/g, '').replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * A heading's closing #s ("## Title ##") go; "C#" and "issue #" (no space before, or more than six) stay.
 * By hand, not by a regular expression: `/[ \t]+#{1,6}[ \t]*$/` takes quadratic time on a long run of
 * spaces that does not end the line, and a Reddit post may hold 40,000 of them.
 */
function withoutClosingHashes(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > 0 && line[hashes - 1] === '#') hashes--;
  const count = end - hashes;
  if (count < 1 || count > 6 || hashes === 0 || (line[hashes - 1] !== ' ' && line[hashes - 1] !== '\t')) return line;
  let start = hashes;
  while (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start--;
  return line.slice(0, start);
}
