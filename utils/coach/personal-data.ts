// Personal data that belongs in a private channel: e-mail addresses, phone numbers, order and
// booking references, street addresses, postcodes, card numbers and a card's last digits. Each detector is a hand-written scan
// rather than one large regular expression, so a hostile draft (a megabyte of digits and dashes)
// costs linear time and nothing can backtrack.
import { isDigit, isWordChar, tokenize, type Token } from './tokens';

export type PersonalDataKind = 'email' | 'phone' | 'order' | 'booking' | 'address' | 'postcode' | 'card' | 'card-digits';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isAsciiAlnum = (code: number): boolean => isAsciiLetter(code) || isDigit(code);

function isEmailLocalChar(code: number): boolean {
  // . _ % + -
  return isAsciiAlnum(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

function isDomainChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 46 || code === 45;
}

/** What the brand itself publishes (its support address or hotline) is not the customer's data. */
export interface AllowedContacts {
  /** Every entry, lower-case with spaces collapsed: a hit inside one of these is the brand's own (an office address, say). */
  texts: readonly string[];
  emails: ReadonlySet<string>;
  /** Domains allowed whole, from entries written "*@brand.com". */
  domains: readonly string[];
  /** Phone numbers, digits only. */
  phones: ReadonlySet<string>;
  /** The brand's names and handles as a domain writes them ("brewly"): an address at one is the brand's own. */
  brandLabels: ReadonlySet<string>;
}

/**
 * `brandTerms`: the brand's names and handles. A shared mailbox at a domain named after the brand
 * ("support@brewly.com", "help@brewly.co.uk" for Brewly) is its own even when the plan lists none;
 * one person's address there ("sam@brewly.com") is not (see sharedMailbox).
 */
export function compileAllowedContacts(entries: readonly unknown[] | undefined, brandTerms: readonly string[] = []): AllowedContacts {
  const emails = new Set<string>();
  const domains: string[] = [];
  const phones = new Set<string>();
  const texts: string[] = [];
  for (const entry of entries ?? []) {
    if (typeof entry !== 'string') continue;
    const value = entry.trim().toLowerCase();
    if (value.length >= 5) texts.push(value.replace(/\s+/g, ' '));
    if (value.startsWith('*@')) domains.push(value.slice(2));
    else if (value.includes('@')) emails.add(value);
    else {
      const digits = value.replace(/\D/g, '');
      if (digits.length >= 5) phones.add(digits);
    }
  }
  const brandLabels = new Set(brandTerms.map((term) => term.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((label) => label.length >= 4));
  return { texts, emails, domains, phones, brandLabels };
}

/** Mailboxes a brand shares ("support@", "care@", "press@"), as against one person's ("sam@", "j.smith@"). */
const SHARED_MAILBOXES = new Set([
  'support', 'help', 'helpdesk', 'care', 'customercare', 'customerservice', 'customerservices', 'customer', 'customers',
  'service', 'services', 'cs', 'cx', 'info', 'information', 'contact', 'contactus', 'hello', 'hi', 'hey', 'team', 'press',
  'media', 'pr', 'news', 'newsroom', 'comms', 'communications', 'feedback', 'complaints', 'complaint', 'enquiries',
  'enquiry', 'inquiries', 'inquiry', 'questions', 'ask', 'privacy', 'dpo', 'gdpr', 'dataprotection', 'legal',
  'compliance', 'security', 'safety', 'recall', 'recalls', 'returns', 'refunds', 'orders', 'order', 'billing',
  'accounts', 'account', 'payments', 'sales', 'shop', 'store', 'stores', 'social', 'community', 'admin', 'office',
  'reception', 'noreply', 'no', 'reply', 'careers', 'jobs', 'hr', 'partners', 'partnerships', 'investors', 'ir',
  'marketing', 'webmaster', 'abuse', 'escalations', 'operations', 'ops', 'uk', 'us', 'eu', 'global',
]);

/**
 * A brand's shared mailbox: every part of its local part ("customer.care", "support-uk") names a
 * shared one, or one part is the brand's own name ("acmesupport", "acme.help").
 */
function sharedMailbox(local: string, brandLabels: ReadonlySet<string>): boolean {
  const parts = local.split(/[._+-]+/).filter(Boolean);
  for (const label of brandLabels) if (parts.some((part) => part.includes(label))) return true;
  return parts.length > 0 && parts.every((part) => SHARED_MAILBOXES.has(part));
}

function emailAllowed(address: string, allowed: AllowedContacts): boolean {
  const lower = address.toLowerCase();
  if (allowed.emails.has(lower)) return true;
  const at = lower.lastIndexOf('@');
  const domain = lower.slice(at + 1);
  if (allowed.domains.some((allowedDomain) => domain === allowedDomain || domain.endsWith(`.${allowedDomain}`))) return true;
  // At the brand's domain, a shared mailbox is the brand's contact even when the plan lists none; one
  // person's address there ("sam@acme.com") is a member of staff's, not to be posted in public
  // either (QA: "call me at 555-123-4567 or email me at sam@acme.com" named only the phone).
  return domain.split('.').slice(0, -1).some((label) => allowed.brandLabels.has(label)) && sharedMailbox(lower.slice(0, at), allowed.brandLabels);
}

/**
 * "name@example.com". Each "@" looks left over the local part and right over the domain; both
 * stop at the next "@", so every character is visited at most twice.
 */
function findEmails(text: string, allowed: AllowedContacts, hits: PersonalDataHit[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isEmailLocalChar(text.charCodeAt(start - 1))) start--;
    // A fediverse handle ("@sam@mastodon.social") is public, not an address.
    if (start === at || text.charCodeAt(start) === 46 || (start > 0 && text.charCodeAt(start - 1) === 64)) continue;
    let end = at + 1;
    while (end < text.length && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    const domain = text.slice(at + 1, end);
    const dot = domain.lastIndexOf('.');
    if (dot <= 0) continue;
    const tld = domain.slice(dot + 1);
    if (tld.length < 2 || !/^[a-z]+$/i.test(tld)) continue;
    if (emailAllowed(text.slice(start, end), allowed)) continue;
    hits.push({ kind: 'email', start, end });
  }
}

/** Luhn checksum, as card numbers carry. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const PHONE_SEPARATORS = new Set([32, 45, 46, 40, 41, 47, 0xa0, 0x2011, 0x2013]);
/** Words that announce a phone number shortly before it (a flat alternation: nothing to backtrack). */
const PHONE_CUE = /\b(?:call|phone|tel|mobile|cell|whatsapp|text|ring|number|reach|contact)\b/i;

function phoneCueBefore(text: string, start: number): boolean {
  return PHONE_CUE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * Labels that say what a number is when it is not a phone: "lot 2024-11-0457", "serial no.
 * 555-123-4567", "part # 447-2210-19". A recall or a product notice quotes them in public.
 */
const NUMBER_LABELS = new Set([
  'lot', 'lots', 'batch', 'batches', 'serial', 'serials', 'sn', 'model', 'models', 'part', 'parts', 'sku', 'skus',
  'item', 'items', 'product', 'catalog', 'catalogue', 'article', 'style', 'upc', 'ean', 'gtin', 'isbn', 'mpn',
  'build', 'version', 'firmware',
]);
/** What may stand between a label and its number ("lot no. 2024-11-0457", "part # 447-2210-19"). */
const LABEL_FILLERS = new Set(['no', 'nos', 'nr', 'num', 'number', 'numbers', 'code', 'codes', 'id', 'is', 'are', '#', ':', '-', '№']);
/** Between the numbers of a list ("lots 2024-11-0457, 2024-11-0458 and …"): only after another number. */
const LIST_JOINERS = new Set([',', 'and', 'or', '&', 'to', 'through', '–', '/']);
const ABBREVIATED = new Set(['no', 'nos', 'nr', 'num']);
/** How far back, in tokens, a label may stand: a list of three dashed numbers, and no further. */
const LABEL_WINDOW = 24;

/**
 * A label before the number that starts at `at`, with only fillers and other numbers between:
 * "lot 2024-11-0457", "batch no. 2024-11-0457", "lots 2024-11-0457, 2024-11-0458". Any other word
 * ("call", "on") ends the look, and so does a full stop or comma after a word ("the item, 0151 496
 * 0000"), so a phone number after a sentence about a lot is still a phone number.
 */
function labelledNumber(tokens: readonly Token[], at: number): boolean {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  for (let k = low - 1; k >= 0 && low - k <= LABEL_WINDOW; k--) {
    const token = tokens[k]!;
    const before = tokens[k - 1];
    if (token.kind === 'word' && NUMBER_LABELS.has(token.norm)) return true;
    if (token.kind === 'number' || LABEL_FILLERS.has(token.norm)) continue;
    if (token.norm === '.' && before !== undefined && ABBREVIATED.has(before.norm)) continue;
    if (LIST_JOINERS.has(token.norm) && before?.kind === 'number') continue;
    return false;
  }
  return false;
}

/** "2024-05-01", "01.05.2024", "5/1/2024": a date, not a phone number. */
function looksLikeDate(groups: readonly number[]): boolean {
  if (groups.length !== 3) return false;
  const [a = 0, b = 0, c = 0] = groups;
  return (a === 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && (c === 4 || c === 2));
}

/**
 * Digit runs with phone-style separators: "+44 20 7946 0958", "(555) 010-0134", "0151 496 0000".
 * Card numbers (13–19 digits that pass Luhn) come out of the same scan.
 */
function findNumbers(
  text: string,
  tokens: readonly Token[],
  allowed: AllowedContacts,
  taken: (start: number, end: number) => boolean,
  hits: PersonalDataHit[],
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const plus = code === 43 && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    const paren = code === 40 && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    if (!plus && !paren && !isDigit(code)) {
      i++;
      continue;
    }
    const previous = i > 0 ? text.charCodeAt(i - 1) : 32;
    // Glued to a word, a "#" or a currency sign: an identifier, a hashtag or a price.
    const glued = isWordChar(previous) || previous === 35 || previous === 36 || previous === 0x20ac || previous === 0xa3 || previous === 46 || previous === 44;
    let j = plus ? i + 1 : i;
    let digits = '';
    const groups: number[] = [];
    let group = 0;
    let separatorRun = 0;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isDigit(c)) {
        digits += text[j];
        group++;
        separatorRun = 0;
      } else if (PHONE_SEPARATORS.has(c) && separatorRun < 2 && digits.length < 20) {
        if (group > 0) groups.push(group);
        group = 0;
        separatorRun++;
      } else {
        break;
      }
      j++;
    }
    if (group > 0) groups.push(group);
    let end = j;
    // Trailing separators (and an unmatched "(") belong to the sentence, not the number.
    while (end > i && !isDigit(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 41) end--;
    if (end < n && text.charCodeAt(end - 1) === 41 && text.slice(i, end).indexOf('(') === -1) end--;
    const next = end < n ? text.charCodeAt(end) : 32;
    const followedByWord = isWordChar(next) || next === 37; // "%"
    const count = digits.length;
    const skipTo = Math.max(j, i + 1);
    if (glued || followedByWord || count < 7 || taken(i, end)) {
      i = skipTo;
      continue;
    }
    const cardShaped = count >= 13 && count <= 19 && (groups.length === 1 || groups.every((g, k) => g === 4 || k === groups.length - 1));
    if (cardShaped && luhnValid(digits)) {
      hits.push({ kind: 'card', start: i, end });
    } else if (count <= 15 && !allowed.phones.has(digits) && !looksLikeDate(groups)) {
      // Dotted numbers are versions ("1.2.3456789") unless every group is phone-sized ("555.123.4567").
      const onlyDots = /^[\d.]+$/.test(text.slice(i, end)) && groups.some((g) => g < 2);
      const phone =
        plus ||
        (paren && count >= 9) ||
        (groups.length >= 3 && count >= 9 && !onlyDots) ||
        (count >= 10 && digits.startsWith('0')) ||
        (!onlyDots && phoneCueBefore(text, i));
      if (phone && (plus || !labelledNumber(tokens, i))) hits.push({ kind: 'phone', start: i, end });
    }
    i = skipTo;
  }
}

const REFERENCE_WORDS = new Set([
  'order', 'booking', 'reservation', 'confirmation', 'invoice', 'tracking', 'reference', 'ref', 'case', 'ticket',
  'account', 'acct', 'membership', 'member', 'customer', 'policy', 'claim', 'receipt', 'transaction', 'parcel',
  'pnr', 'locator', 'itinerary', 'shipment', 'consignment', 'waybill',
]);
const REFERENCE_FILLERS = new Set(['number', 'no', 'nr', 'num', 'id', 'is', 'was', 'code', 'ref', 'reference', '#', ':', '.', '-', '№']);
/** Labels that name a reference by themselves ("PNR ABC123", "ref 7KQ2ZT"), as a filler after a label does ("order no."). */
const EXPLICIT_LABELS = new Set(['pnr', 'locator', 'ref', 'reference']);
/** Fillers that say a reference follows ("booking ref:", "order #"); "is" and "was" do not ("your booking is ACTIVE"). */
const EXPLICIT_FILLERS = new Set(['number', 'no', 'nr', 'num', 'id', 'code', 'ref', 'reference', '#', ':', '№']);

/** Letters and digits of an identifier written from some offset: "XJ4-99Q" is 6 long, 3 letters, 3 digits, 4 runs. */
interface CodeShape {
  /** Where the identifier ends in the text. */
  end: number;
  /** Letters and digits, separators not counted. */
  length: number;
  letters: number;
  digits: number;
  /** Lower-case letters: "7KQ2ZT" has none. */
  lower: number;
  /** Runs of letters and of digits: "RTX4090" has 2, "QX7H2P" 5. */
  runs: number;
}

/** Product names end this way in capitals ("PS5PRO", "S7EDGE", "A320NEO"): no booking reference needs the exception. */
const PRODUCT_SUFFIXES = ['PRO', 'MAX', 'MINI', 'PLUS', 'LITE', 'EDGE', 'ULTRA', 'NEO', 'AIR'];
/** A quarter or half of a fiscal year: "Q4FY24", "FY25H1". */
const FISCAL_PERIOD = /^(?:[QH][1-4]FY\d\d|FY\d\d[QH][1-4])$/;

/** A code in capitals that is a product, a period or a size: "PS5PRO", "Q4FY24", "100X50". */
function productLike(written: string): boolean {
  return /^[X\d]+$/.test(written) || FISCAL_PERIOD.test(written) || PRODUCT_SUFFIXES.some((suffix) => written.endsWith(suffix));
}

/** Reads an identifier like "AB-123456", "XJ4-99Q" or "12345678" from `start` (a leading "#" is skipped). */
function codeAt(text: string, start: number): CodeShape {
  let p = start;
  if (text.charCodeAt(p) === 35) p++;
  let end = p;
  let letters = 0;
  let digits = 0;
  let lower = 0;
  let runs = 0;
  let lastDigit: boolean | null = null;
  while (end < text.length && end - p < 40) {
    const c = text.charCodeAt(end);
    const digit = isDigit(c);
    if (digit || isAsciiLetter(c)) {
      if (digit) digits++;
      else letters++;
      if (c >= 97 && c <= 122) lower++;
      if (digit !== lastDigit) runs++;
      lastDigit = digit;
    } else if (!((c === 45 || c === 47) && end + 1 < text.length && isAsciiAlnum(text.charCodeAt(end + 1)))) {
      break;
    }
    end++;
  }
  return { end, length: letters + digits, letters, digits, lower, runs };
}

/**
 * After a reference word, is this identifier a reference? Four digits or more, as before ("order
 * 2024-11-0457", "ticket 4567"). A shorter mix of letters and digits ("7KQ2ZT", "XJ4-99Q", "ABC123")
 * when the label says a reference follows ("booking ref:", "PNR", "confirmation code"), or when it
 * is in capitals and mixed beyond a product's letters-then-digits ("booking QX7H2P", not "order
 * COVID19"). Six capitals alone, an airline's record locator, only after an explicit label ("PNR XKQZTP").
 */
function referenceShaped(code: CodeShape, written: string, explicit: boolean): boolean {
  if (code.digits >= 4) return true;
  if (code.length < 5 || code.length > 12) return false;
  if (code.digits >= 1 && code.letters >= 1) return explicit || (code.lower === 0 && code.runs >= 3 && !productLike(written));
  return explicit && code.digits === 0 && code.length === 6 && code.lower === 0;
}

/**
 * "order #12345678", "order no. AB-123456", "booking ref: XK4-99812", "Booking ref: 7KQ2ZT",
 * "PNR ABC123", "confirmation code XJ4-99Q", and a bare "#12345678".
 */
function findReferences(text: string, tokens: readonly Token[], hits: PersonalDataHit[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'hashtag' && /^\d{6,}$/.test(token.norm)) {
      hits.push({ kind: 'order', start: token.start, end: token.end });
      continue;
    }
    if (token.kind !== 'word' || !REFERENCE_WORDS.has(token.norm)) continue;
    let explicit = EXPLICIT_LABELS.has(token.norm);
    let k = i + 1;
    for (let skipped = 0; skipped < 4 && k < tokens.length && REFERENCE_FILLERS.has(tokens[k]!.norm); skipped++) {
      explicit ||= EXPLICIT_FILLERS.has(tokens[k]!.norm);
      k++;
    }
    const candidate = tokens[k];
    if (!candidate || candidate.start - token.end > 24) continue;
    // "case #AB12CD": a "#" says a number follows as a filler would.
    const hash = text.charCodeAt(candidate.start) === 35;
    const code = codeAt(text, candidate.start);
    if (!referenceShaped(code, text.slice(hash ? candidate.start + 1 : candidate.start, code.end), explicit || hash)) continue;
    // "7KQ2ZT_x", "ABC123é": the identifier runs on into something else.
    if (code.digits < 4 && code.end < text.length && isWordChar(text.charCodeAt(code.end))) continue;
    hits.push({ kind: 'order', start: token.start, end: code.end });
    i = k;
  }
}

// ---- A booking reference with no label: "we found QX7H2P and rebooked it" ---------------------

/**
 * Words before a code that make it something the brand publishes or a product's: a promo code
 * ("use code SPR1NG"), an error the brand's own app shows ("error code E4F2A1"; "error E42" is too
 * short to look like a reference anyway), a flight ("flight 3K1234"), gate or seat, and every number
 * label (lot, batch, serial, model, part, SKU…).
 */
const PUBLIC_CODE_LABELS = new Set([
  ...NUMBER_LABELS,
  'error', 'errors', 'err', 'fault', 'warning', 'status', 'promo', 'promotion', 'discount', 'coupon', 'voucher',
  'offer', 'use', 'enter', 'apply', 'redeem', 'flight', 'flights', 'gate', 'seat', 'room', 'platform', 'route',
  'hashtag', 'password', 'wifi', 'release', 'patch', 'update', 'chip', 'chipset', 'engine',
]);
/** What may stand between such a label and its code ("use the code: SPR1NG", "error code #E4F2A1"). */
const PUBLIC_CODE_FILLERS = new Set(['code', 'codes', 'the', 'our', 'this', 'no', 'number', 'id', 'is', '#', ':', '-', '.']);
/** Characters that join a token to a longer identifier or a number: "SM-G991B2", "v1.2AB3C4", "a/B2C3D4". */
const JOINERS = new Set([45, 47, 46, 95, 0x2011]);

function publicCodeLabelBefore(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const token = tokens[k]!;
    if (token.kind === 'word' && PUBLIC_CODE_LABELS.has(token.norm)) return true;
    if (!PUBLIC_CODE_FILLERS.has(token.norm)) return false;
  }
  return false;
}

/**
 * A six-character code in capitals that mixes letters and digits the way an airline's record
 * locator or a booking reference does ("QX7H2P", "7KQ2ZT"): two letters or more, a digit or more,
 * and at least three runs, so a product's letters-then-digits ("RX6800", "CRJ900", "COVID1") and
 * a dimension ("100X50") are not it. Written in capitals as a whole word, not joined to a longer
 * identifier, not after a label that makes it public (a lot, an error, a promo code, a flight).
 */
function findBookingCodes(text: string, tokens: readonly Token[], hits: PersonalDataHit[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || token.end - token.start !== 6) continue;
    const raw = text.slice(token.start, token.end);
    const code = codeAt(raw, 0);
    if (code.length !== 6 || code.lower > 0 || code.letters < 2 || code.digits < 1 || code.runs < 3) continue;
    if (productLike(raw)) continue;
    const before = token.start > 0 ? text.charCodeAt(token.start - 1) : 32;
    const after = token.end < text.length ? text.charCodeAt(token.end) : 32;
    const afterNext = token.end + 1 < text.length ? text.charCodeAt(token.end + 1) : 32;
    if (JOINERS.has(before) || before === 36 || (JOINERS.has(after) && isWordChar(afterNext))) continue;
    if (publicCodeLabelBefore(tokens, i)) continue;
    hits.push({ kind: 'booking', start: token.start, end: token.end });
  }
}

const STREET_TYPES = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'ln', 'highway', 'hwy', 'parkway',
  'pkwy', 'terrace', 'crescent', 'cres', 'gardens', 'mews', 'grove',
]);
/** Street types that are also ordinary words ("3 easy ways"): the street's name must be capitalised. */
const AMBIGUOUS_STREET_TYPES = new Set(['way', 'drive', 'dr', 'court', 'ct', 'place', 'pl', 'close', 'square', 'sq', 'row', 'hill', 'walk']);
const STREET_PREFIXES = new Set(['rue', 'via', 'calle', 'avenida', 'rua', 'avenue']);
const STREET_SUFFIXES = ['straße', 'strasse', 'str', 'weg', 'gasse', 'platz', 'laan', 'straat', 'vej', 'gatan', 'katu'];

function isHouseNumber(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'number') return token.norm.length <= 5;
  // "221b"
  return token.kind === 'word' && /^\d{1,5}[a-z]$/.test(token.norm);
}

function capitalised(text: string, token: Token): boolean {
  const first = text.charAt(token.start);
  return first !== first.toLowerCase();
}

/** "221B Baker Street", "1600 Pennsylvania Avenue", "12 rue de la Paix", "Hauptstraße 5". */
function findStreetAddresses(text: string, tokens: readonly Token[], hits: PersonalDataHit[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && STREET_SUFFIXES.some((suffix) => token.norm.endsWith(suffix) && token.norm.length > suffix.length + 2) && capitalised(text, token)) {
      const number = tokens[i + 1];
      if (isHouseNumber(number)) hits.push({ kind: 'address', start: token.start, end: number!.end });
      continue;
    }
    if (!isHouseNumber(token)) continue;
    const opener = tokens[i + 1];
    if (opener?.kind === 'word' && STREET_PREFIXES.has(opener.norm)) {
      // "12 rue de Rivoli": up to four words after it, one of them a capitalised name.
      let last = i + 1;
      let named = false;
      while (last + 1 < tokens.length && last - i < 5 && tokens[last + 1]!.kind === 'word') {
        last++;
        named ||= capitalised(text, tokens[last]!);
      }
      if (named) {
        hits.push({ kind: 'address', start: token.start, end: tokens[last]!.end });
        i = last;
        continue;
      }
    }
    // One to three name words, then the street type.
    for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
      const word = tokens[k]!;
      if (word.kind !== 'word') break;
      const names = k - i - 1;
      const unambiguous = STREET_TYPES.has(word.norm);
      const ambiguous = AMBIGUOUS_STREET_TYPES.has(word.norm);
      if (names >= 1 && (unambiguous || ambiguous)) {
        let allCapitalised = capitalised(text, word);
        for (let m = i + 1; m < k; m++) allCapitalised &&= capitalised(text, tokens[m]!);
        if (unambiguous || allCapitalised) {
          hits.push({ kind: 'address', start: token.start, end: word.end });
          i = k;
          break;
        }
      }
    }
  }
}

// ---- A card's last digits: "the card ending 4242", "last four digits: 4242", "**** 4242" -------------

/** Words that make "ending 4242" a card's (or an account's) last digits. */
const CARD_WORDS = new Set([
  'card', 'cards', 'visa', 'mastercard', 'amex', 'maestro', 'discover', 'debit', 'credit', 'account', 'acct', 'iban',
]);
const ENDING_WORDS = new Set(['ending', 'ends', 'ended']);
const ENDING_FILLERS = new Set(['in', 'with', ':', '-', '*', '•', '#']);
const LAST_DIGITS_FILLERS = new Set(['of', 'your', 'the', 'card', 'are', 'is', 'were', 'was', ':', '-']);
/** Characters that stand for hidden digits: "****", "••••", "XXXX". */
const MASK_CHARS = new Set([42, 0x2022, 0x25cf, 0xb7, 0x2217, 120, 88]);

const isFourDigits = (token: Token | undefined): token is Token => token !== undefined && token.kind === 'number' && token.norm.length === 4;

/**
 * "Visa ending in 4242" (a card word at most three words before "ending"), "the last four digits
 * are 4242" and "last 4 digits: 4242". A bare four-digit number ("version 4242", "room 1234")
 * is nobody's card.
 */
function findCardEndings(tokens: readonly Token[], hits: PersonalDataHit[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (ENDING_WORDS.has(token.norm)) {
      let cue = -1;
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        if (CARD_WORDS.has(tokens[k]!.norm)) {
          cue = k;
          break;
        }
      }
      if (cue < 0) continue;
      let k = i + 1;
      for (let skipped = 0; skipped < 6 && k < tokens.length && ENDING_FILLERS.has(tokens[k]!.norm); skipped++) k++;
      const digits = tokens[k];
      if (isFourDigits(digits)) {
        hits.push({ kind: 'card-digits', start: tokens[cue]!.start, end: digits.end });
        i = k;
      }
    } else if (token.norm === 'last') {
      let k = i + 1;
      const counted = tokens[k]?.norm === 'four' || tokens[k]?.norm === '4';
      if (counted) k++;
      const named = tokens[k]?.norm === 'digits' || tokens[k]?.norm === 'numbers';
      if (named) k++;
      if (!counted && !named) continue;
      for (let skipped = 0; skipped < 4 && k < tokens.length && LAST_DIGITS_FILLERS.has(tokens[k]!.norm); skipped++) k++;
      const digits = tokens[k];
      if (isFourDigits(digits)) {
        hits.push({ kind: 'card-digits', start: token.start, end: digits.end });
        i = k;
      }
    }
  }
}

/**
 * "**** 4242", "•••• •••• •••• 4242", "XXXX-XXXX-XXXX-4242": four or more masked digits, then the
 * four a receipt shows. Each run of mask characters is read once, so this stays linear.
 */
function findMaskedCards(text: string, hits: PersonalDataHit[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!MASK_CHARS.has(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const start = i;
    let masks = 0;
    let j = i;
    // Mask characters, in groups split by one space or dash.
    while (j < n) {
      const c = text.charCodeAt(j);
      if (MASK_CHARS.has(c)) {
        masks++;
        j++;
      } else if ((c === 32 || c === 45) && j + 1 < n && (MASK_CHARS.has(text.charCodeAt(j + 1)) || isDigit(text.charCodeAt(j + 1)))) {
        j++;
      } else {
        break;
      }
    }
    let end = j;
    while (end < n && isDigit(text.charCodeAt(end))) end++;
    const after = end < n ? text.charCodeAt(end) : 32;
    if (masks >= 4 && end - j === 4 && !isWordChar(after)) hits.push({ kind: 'card-digits', start, end });
    i = Math.max(end, start + 1);
  }
}

// ---- Postcodes: "SW1A 1AA", and a US ZIP+4 where a state or "ZIP" says it is one ----------------

/** The UK's postcode areas (and the Crown dependencies'): "PS5 4GB" is a console, not a place. */
const UK_POSTCODE_AREAS = new Set(
  ('ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy e ec eh en ex fk fy ' +
    'g gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la ld le ll ln ls lu m me mk ml n ne ng nn np nr ' +
    'nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl sm sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa ' +
    'wc wd wf wn wr ws wv yo ze').split(' '),
);
/** The outward code: area letters, a district digit, then maybe a digit or letter ("SW1A", "M1", "EC1V"). */
const UK_OUTWARD = /^([a-z]{1,2})\d[a-z\d]?$/;
/** The inward code: a digit and two letters, never C, I, K, M, O or V. */
const UK_INWARD = /^\d[abd-hjlnp-uw-z]{2}$/;
/** Inward codes that are sizes far more often than places: "M2 1TB", "G5 8GB". */
const SIZE_UNITS = new Set(['gb', 'tb', 'pb']);
const POSTCODE_WORDS = new Set(['postcode', 'postcodes', 'zip', 'zipcode']);
const US_STATES = new Set(
  ('al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok ' +
    'or pa ri sc sd tn tx ut vt va wa wv wi wy pr').split(' '),
);

const upperCase = (text: string, token: Token): boolean => {
  const raw = text.slice(token.start, token.end);
  return raw === raw.toUpperCase();
};

/** "postcode", "post code", "ZIP" or "zip code" at most four tokens before `index` ("postcode on file: SW1A 1AA"). */
function postcodeCueBefore(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const norm = tokens[k]!.norm;
    if (POSTCODE_WORDS.has(norm)) return true;
    if (norm === 'code' && (tokens[k - 1]?.norm === 'post' || tokens[k - 1]?.norm === 'postal')) return true;
  }
  return false;
}

function ukOutward(norm: string): boolean {
  const match = UK_OUTWARD.exec(norm);
  return match !== null && UK_POSTCODE_AREAS.has(match[1]!);
}

/**
 * UK postcodes written as the Royal Mail writes them ("SW1A 1AA": capitals, one space), or in any
 * case after "postcode"; US ZIP+4 ("94105-1234") after a state ("CA 94105-1234") or "ZIP".
 * A plain five-digit number is not read as a ZIP code: it is as often a price or a count.
 */
function findPostcodes(text: string, tokens: readonly Token[], hits: PersonalDataHit[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word' && token.norm.length <= 4 && ukOutward(token.norm)) {
      const inward = tokens[i + 1];
      const cued = postcodeCueBefore(tokens, i);
      if (
        inward &&
        inward.kind === 'word' &&
        inward.start === token.end + 1 &&
        UK_INWARD.test(inward.norm) &&
        !SIZE_UNITS.has(inward.norm.slice(1)) &&
        (cued || (upperCase(text, token) && upperCase(text, inward)))
      ) {
        hits.push({ kind: 'postcode', start: token.start, end: inward.end });
        i++;
        continue;
      }
    }
    // Written without its space ("SW1A1AA"): only after "postcode".
    if (token.kind === 'word' && token.norm.length >= 5 && token.norm.length <= 7) {
      const outward = token.norm.slice(0, -3);
      if (ukOutward(outward) && UK_INWARD.test(token.norm.slice(-3)) && postcodeCueBefore(tokens, i)) {
        hits.push({ kind: 'postcode', start: token.start, end: token.end });
        continue;
      }
    }
    if (token.kind === 'number' && token.norm.length === 5) {
      const dash = tokens[i + 1];
      const plus4 = tokens[i + 2];
      if (dash?.norm !== '-' || dash.start !== token.end || plus4?.kind !== 'number' || plus4.norm.length !== 4 || plus4.start !== dash.end) continue;
      const after = plus4.end < text.length ? text.charCodeAt(plus4.end) : 32;
      if (isWordChar(after) || after === 45) continue;
      const previous = tokens[i - 1]?.norm === ',' ? tokens[i - 2] : tokens[i - 1];
      const state = previous !== undefined && previous.kind === 'word' && US_STATES.has(previous.norm) && upperCase(text, previous);
      if (state || postcodeCueBefore(tokens, i)) {
        hits.push({ kind: 'postcode', start: token.start, end: plus4.end });
        i += 2;
      }
    }
  }
}

/** `part` occurs in `whole` with no letter or digit glued to either side ("acme.co" is not in "acme.com"). */
function containsWhole(whole: string, part: string): boolean {
  for (let at = whole.indexOf(part); at !== -1; at = whole.indexOf(part, at + 1)) {
    const before = at > 0 ? whole.charCodeAt(at - 1) : 32;
    const after = at + part.length < whole.length ? whole.charCodeAt(at + part.length) : 32;
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

/** All personal data in the draft, in text order, with no two hits overlapping. */
export function findPersonalData(text: string, tokens: readonly Token[], allowed: AllowedContacts): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  findEmails(text, allowed, hits);
  findReferences(text, tokens, hits);
  findBookingCodes(text, tokens, hits);
  findStreetAddresses(text, tokens, hits);
  findPostcodes(text, tokens, hits);
  findCardEndings(tokens, hits);
  findMaskedCards(text, hits);
  // Numbers already read as part of an address, a reference or an e-mail are not phones too.
  const claimed = [...hits].sort((a, b) => a.start - b.start);
  let cursor = 0;
  const taken = (start: number, end: number): boolean => {
    while (cursor < claimed.length && claimed[cursor]!.end <= start) cursor++;
    const hit = claimed[cursor];
    return hit !== undefined && hit.start < end;
  };
  findNumbers(text, tokens, allowed, taken, hits);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalDataHit[] = [];
  for (const hit of hits) {
    const last = merged[merged.length - 1];
    if (last && hit.start < last.end) continue;
    if (allowed.texts.length > 0) {
      const written = text.slice(hit.start, hit.end).toLowerCase().replace(/\s+/g, ' ');
      if (allowed.texts.some((entry) => containsWhole(entry, written))) continue;
    }
    merged.push(hit);
  }
  return merged;
}

/** Contact details a text gives out, as the brand publishes them: addresses, numbers and links. */
const PUBLISHED_KINDS = new Set<PersonalDataKind>(['email', 'phone', 'address', 'postcode']);
const LINK_TRAILERS = new Set(['.', ',', ';', ':', '!', '?', ')', ']', "'", '"', '\u2019', '\u201d']);

/**
 * The e-mail addresses, phone numbers, street addresses and links written in `text`: in a message
 * the team approved for posting, these are the brand's own contacts ("email support@brewly.com or
 * call 0800 123 4567"), for allowedContacts.
 */
export function publishedContacts(text: string): string[] {
  if (typeof text !== 'string' || text === '') return [];
  const tokens = tokenize(text);
  const found = findPersonalData(text, tokens, compileAllowedContacts([]))
    .filter((hit) => PUBLISHED_KINDS.has(hit.kind))
    .map((hit) => text.slice(hit.start, hit.end));
  for (const token of tokens) {
    if (token.kind !== 'url') continue;
    // A link runs to the next space: a full stop or bracket after it belongs to the sentence.
    let end = token.end;
    while (end > token.start && LINK_TRAILERS.has(text.charAt(end - 1))) end--;
    if (end > token.start) found.push(text.slice(token.start, end));
  }
  return found;
}
