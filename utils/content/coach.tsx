// The reply coach in the page: finds the platforms' reply and compose boxes when they get focus, reads
// the draft as it is typed, shows the findings and suggestions beside the box (in a shadow root)
// and inserts a suggestion as typed text. It never sends or submits anything.
import { render } from 'preact';
import { Coach, type InsertResult } from '@/components/Coach';
import { analyzeDraft, answersUpsetPost, findingCodes, publishedContacts, suggestReplies, type Finding, type ReplyTarget, type Span, type Suggestion, type SuggestionContext, type SuggestionKind } from '../coach';
import type { PreApprovedMessage as CoachMessage } from '../coach';
import { localeCoachMessages } from '../coach/messages';
import { contactKind, messageExpiresAt, type CrisisPlan } from '../plan/plan';
import { brandForMessages, fillPublicText, promisesUpdate } from '../plan/texts';
import type { ExtractedPost, PlatformAdapter, PlatformId } from '../platforms/types';
import { extractPost } from '../platforms/placeholders';
import type { BrandProfile } from '../tracking/brand';
import { CONTAINED_EVENTS, ignorePageClicks } from './contained-events';
import { reportOnce } from './report-once';
import { shadowStyler } from './shadow-style';

/** The custom element name of the coach's host: unlikely to clash with any page's own. */
export const COACH_TAG = 'firebreak-coach';
/** The current finding codes, space-separated, on the host (a test contract: keep it stable). */
export const FINDINGS_ATTRIBUTE = 'data-firebreak-findings';

/** Quiet time after the last keystroke before the draft is analysed (analysis itself takes ~0.3 ms). */
const ANALYSE_DELAY_MS = 150;
/** Someone typing without a pause still sees the findings this often. */
const ANALYSE_MAX_WAIT_MS = 600;
/** The longest a press on the panel holds its content still (a press held longer is no click). */
const MAX_PRESS_HOLD_MS = 1_000;
/** Finding boxes walks the page, so mutations in between are coalesced into one look. */
const MIN_SCAN_INTERVAL_MS = 500;
/** The plan and incident state are fetched again on focus when older than this. */
const CONTEXT_MAX_AGE_MS = 10_000;
/** How many single-purpose wrappers the panel may climb out of to sit after the editor's container. */
const MAX_WRAPPER_CLIMB = 5;

/**
 * What the coach knows beyond the page: the plan, the brand and the incident. The platform comes
 * from the adapter and `replyingTo` from the post each box answers.
 */
export type CoachContext = Omit<SuggestionContext, 'platform' | 'replyingTo'>;

/** Told to the caller after a suggestion went into a box (the user still posts it themselves). */
export interface InsertedReply {
  platform: PlatformId;
  /** The platform's id of the post being answered, when the page shows one. */
  postId?: string;
  text: string;
  suggestionId: string;
  kind: SuggestionKind;
}

export interface CoachOptions {
  root: Document;
  adapter: PlatformAdapter;
  /** Stops the coach: listeners, observers and every panel go. */
  signal: AbortSignal;
  /**
   * Asked before each piece of work: false stops the coach as `signal` does. WXT notices a
   * reloaded extension only when asked (ctx.isValid), so the caller aborts `signal` when it says so.
   */
  isValid?: () => boolean;
  /** The plan, brand and incident state; asked for on start and again on focus once stale. */
  getContext(): Promise<CoachContext>;
  onInserted(reply: InsertedReply): void;
  /** Called once per kind of failure, so a broken page never floods the console. */
  onError?(error: unknown): void;
  /** How long "Undo" shows after "Hide coach for this box" (HIDE_UNDO_MS; tests shorten it). */
  hideUndoMs?: number;
}

// ---- Building the context from the settings -------------------------------------------------------

export interface CoachContextInput {
  plan: CrisisPlan;
  brand?: BrandProfile;
  /** Whether an incident is open now (replies then go through the plan's approval step). */
  incidentActive: boolean;
  /** Only the pre-approved messages meant for this platform are offered. */
  platform?: PlatformId;
  /** Now, in ms: the time {nextUpdate} counts from. Default: Date.now(). */
  now?: number;
  /** The zone {nextUpdate} is written in. Default: the browser's, as the popup writes it. */
  timeZone?: string;
  /** The open incident's public wording of the issue, for {issue}. Default: the general wording. */
  issue?: string;
  /**
   * When {nextUpdate} says the next public update comes (ms): the open incident's promise while it is
   * in the future (publicUpdateAt). Default: the response target from now, on a quarter hour.
   */
  nextUpdateAt?: number;
}

const browserTimeZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

/** The role whose contact the public may use: the default plan's "customer-support", or one titled so. */
const SUPPORT_ROLE_ID = 'customer-support';

/**
 * The contacts the team published in its plan, which are the brand's and not personal data: the
 * roles' contacts the replies give out (`given`: the support contact, the press contact), and the e-mail
 * addresses, phone numbers, street addresses and links its pre-approved messages give out (all of them,
 * whatever platform they are meant for).
 */
function planContacts(plan: CrisisPlan, filledTexts: readonly string[], given: ReadonlyArray<string | undefined>): string[] {
  // Only what the team gives the public. Other roles' contacts (the crisis lead's mobile) stay private,
  // and the coach still warns about them.
  const contacts = new Set<string>(given.filter((contact): contact is string => contact !== undefined));
  for (const text of [...plan.messages.map((message) => message.text), ...filledTexts]) {
    for (const contact of publishedContacts(text)) contacts.add(contact);
  }
  return [...contacts];
}

/**
 * Where the "take it private" reply sends people on a platform without private messages: the
 * support role's contact, when it is an e-mail address or a phone number. A chat handle or link
 * is the team's own channel, never one to give the public.
 */
function supportContact(plan: CrisisPlan): string | undefined {
  const role = plan.roles.find((candidate) => candidate.id === SUPPORT_ROLE_ID) ?? plan.roles.find((candidate) => /\bsupport\b/i.test(candidate.title));
  const contact = role?.contact.trim() ?? '';
  const kind = contact ? contactKind(contact) : null;
  return kind === 'email' || kind === 'phone' ? contact : undefined;
}

/** The role the press is sent to: the default plan's "communications" (PR and communications). */
const PRESS_ROLE_ID = 'communications';

/**
 * Where the press line sends a journalist: the contact of a role the team titled for the press ("Press
 * office"), an e-mail address or a phone number; else the PR and communications role's (by id, or
 * titled so) when it is an e-mail address. That role is a person as often as a desk, and a person's
 * mobile is never given to the public unasked. A chat handle or link is the team's own channel.
 */
function pressContact(plan: CrisisPlan): string | undefined {
  const pressRole = plan.roles.find((candidate) => /\bpress\b/i.test(candidate.title) && candidate.contact.trim());
  const role =
    pressRole ??
    plan.roles.find((candidate) => candidate.id === PRESS_ROLE_ID) ??
    plan.roles.find((candidate) => /\b(?:PR|media|communications)\b/i.test(candidate.title));
  const contact = role?.contact.trim() ?? '';
  const kind = contact ? contactKind(contact) : null;
  return kind === 'email' || (kind === 'phone' && role === pressRole) ? contact : undefined;
}

/**
 * The coach's context from the plan and the brand profile: confidential terms, voice, the
 * pre-approved messages (placeholders filled as the popup fills them), brand terms that are not
 * shouting, the brand's own contacts (not personal data), where to take a conversation private,
 * and who approves replies during an incident.
 */
export function coachContextFromPlan({ plan, brand, incidentActive, platform, now = Date.now(), timeZone = browserTimeZone(), issue, nextUpdateAt }: CoachContextInput): CoachContext {
  const roleOf = (id: string) => plan.roles.find((role) => role.id === id);
  const labelOf = (role: { owner?: string; title: string }) => (role.owner ? `${role.owner} (${role.title})` : role.title);
  // Placeholders filled as the popup fills them ({issue} in the incident's words or general ones,
  // {nextUpdate} its promise or the response target from now, {brand}); what cannot be filled stays
  // visible and is flagged as a blank.
  const filled = { brand: brandForMessages(brand), ...(timeZone ? { timeZone } : {}), ...(issue ? { issue } : {}), ...(nextUpdateAt !== undefined ? { nextUpdateAt } : {}) };
  const preApproved = plan.messages
    .filter((message) => !platform || !message.channels || message.channels.includes(platform))
    .map((message): CoachMessage => {
      const role = roleOf(message.ownerRoleId);
      const expires = messageExpiresAt(message);
      return {
        id: message.id,
        title: message.title,
        text: fillPublicText(plan, message.text, filled, now),
        ...(role ? { owner: labelOf(role) } : {}),
        ...(expires !== null ? { expires } : {}),
      };
    });
  const step = plan.approvalSteps[0];
  const approverRole = step ? roleOf(step.roleId) : undefined;
  const brandTerms = brand ? [...brand.names, ...brand.products, ...brand.handles.map((handle) => handle.replace(/^@/, ''))] : [];
  const privateContact = supportContact(plan);
  const press = pressContact(plan);
  return {
    confidentialTerms: plan.confidentialTerms,
    voice: plan.brandVoice,
    preApproved,
    brandTerms,
    allowedContacts: planContacts(plan, preApproved.map((message) => message.text), [privateContact, press]),
    ...(privateContact ? { privateContact } : {}),
    ...(press ? { pressContact: press } : {}),
    incident: {
      active: incidentActive,
      ...(approverRole ? { approver: labelOf(approverRole) } : {}),
      ...(step?.description ? { approvalStep: step.description } : {}),
    },
  };
}

/**
 * The time an inserted reply promised the next public update by: `nextUpdateAt` (what filled the
 * coach's messages) when it is one of the plan's messages with {nextUpdate}, else undefined.
 */
export function insertedPromise(plan: Pick<CrisisPlan, 'messages'>, reply: Pick<InsertedReply, 'kind' | 'suggestionId'>, nextUpdateAt: number): number | undefined {
  if (reply.kind !== 'pre-approved') return undefined;
  const id = reply.suggestionId.replace(/^pre-approved:/, '');
  const message = plan.messages.find((candidate) => candidate.id === id);
  return message && promisesUpdate(message.text) ? nextUpdateAt : undefined;
}

// ---- Reading and writing the box -----------------------------------------------------------------

/** Whether the box (or something in it) has focus; in a site's shadow root the document sees only the host. */
function hasFocus(box: Element, root: Document): boolean {
  const active = root.activeElement;
  return !!active && (active === box || box.contains(active) || box.matches(':focus-within'));
}

const isTextField = (element: Element): element is HTMLTextAreaElement | HTMLInputElement =>
  element.localName === 'textarea' || element.localName === 'input';

function isEditable(element: Element): boolean {
  if (isTextField(element)) return true;
  const value = element.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only' || (element as HTMLElement).isContentEditable === true;
}

/**
 * The draft as the user sees it: a text field's value, or the editor's rendered text (its
 * paragraphs become newlines). Only the end is trimmed, so offsets into it match the box.
 */
export function readDraft(box: Element): string {
  if (isTextField(box)) return box.value;
  const text = (box as HTMLElement).innerText ?? box.textContent ?? '';
  return text.replace(/\n+$/, '');
}

/** The deepest first or last node of `node`, where a caret or selection edge can sit. */
function leaf(node: Node, edge: 'first' | 'last'): Node {
  let current = node;
  for (;;) {
    const next = edge === 'first' ? current.firstChild : current.lastChild;
    if (!next || (next.nodeType === Node.ELEMENT_NODE && (next as Element).localName === 'br')) return next ?? current;
    current = next;
  }
}

/**
 * Where a text node of the box holds draft offset `offset` (offsets into readDraft): the node and
 * the offset in it. Only when the text nodes before it read exactly as the draft does up to there
 * (no paragraph break in between), else null.
 */
function textPosition(box: HTMLElement, draft: string, offset: number): { node: Text; at: number } | null {
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let seen = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (seen.length + text.length >= offset) {
      const at = offset - seen.length;
      return (seen + text.slice(0, at)) === draft.slice(0, offset) ? { node: node as Text, at } : null;
    }
    seen += text;
  }
  return null;
}

/**
 * Selects what the box holds from draft offset `from` (0: all of it, as a user's select-all would),
 * or puts the caret at its end when there is nothing there. Null when there is no selection, or
 * when `from` cannot be placed in the editor's nodes.
 */
function selectContents(box: HTMLElement, from = 0): Range | null {
  const doc = box.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return null;
  const range = doc.createRange();
  const first = leaf(box, 'first');
  const last = leaf(box, 'last');
  const draft = readDraft(box);
  const empty = draft.length <= from;
  const startAt = from > 0 ? textPosition(box, draft, from) : null;
  if (from > 0 && !startAt) return null;
  const place = (node: Node, which: 'start' | 'end') => {
    if (node === box) {
      if (which === 'start') range.setStart(box, 0);
      else range.setEnd(box, box.childNodes.length);
    } else if (node.nodeType === Node.TEXT_NODE) {
      if (which === 'start') range.setStart(node, 0);
      else range.setEnd(node, node.textContent?.length ?? 0);
    } else if (which === 'start' || empty) {
      // A <br> placeholder: the caret goes before it, where the editor puts typed text.
      if (which === 'start') range.setStartBefore(node);
      else range.setEndBefore(node);
    } else {
      range.setEndAfter(node);
    }
  };
  if (startAt) {
    // After the mentions the box starts with: the rest of the draft, or the caret just after them.
    range.setStart(startAt.node, startAt.at);
    if (empty) range.collapse(true);
    else place(last, 'end');
  } else if (empty) {
    place(last, 'start');
    range.collapse(true);
  } else {
    place(first, 'start');
    place(last, 'end');
  }
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

function execCommand(doc: Document, command: string, value?: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

const execInsert = (doc: Document, text: string): boolean => execCommand(doc, 'insertText', text);

/**
 * Draft.js (X's composer) keeps its own model of the text and posts that. Text typed into its nodes by
 * a command shows on screen, but the model does not follow: undo, the next key or Send bring back what
 * it holds. It takes a paste as the user's own input, into its model, over its selection.
 */
const isDraftEditor = (box: HTMLElement): boolean =>
  box.classList.contains('public-DraftEditor-content') || box.closest('.DraftEditor-root') !== null;

/**
 * Offers `text` to the editor as a paste of plain text over the selection; whether the editor took it
 * (the page's own script did). The browser tells of a changed selection a moment later, too late for a
 * paste made now: the editor is told at once, as the browser would, so it pastes over the selection.
 */
function pasteInto(box: HTMLElement, text: string): boolean {
  const view = box.ownerDocument.defaultView;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  box.ownerDocument.dispatchEvent(new view.Event('selectionchange'));
  const clipboardData = new view.DataTransfer();
  clipboardData.setData('text/plain', text);
  return !box.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
}

/** The editor's block (paragraph, list item, the box itself) that holds `node`. */
function blockAround(node: Node, box: HTMLElement): Element {
  const view = box.ownerDocument.defaultView;
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element && element !== box && box.contains(element) && view?.getComputedStyle(element).display.startsWith('inline')) {
    element = element.parentElement;
  }
  return element && box.contains(element) ? element : box;
}

const TRANSPARENT = /^(transparent|rgba\(0, 0, 0, 0\))$/;

/** The background that shows behind `element`: its own, or the nearest ancestor's that has one. */
function backgroundBehind(element: Element): string {
  const view = element.ownerDocument.defaultView;
  for (let current: Element | null = element; current && view; current = current.parentElement) {
    const color = view.getComputedStyle(current).backgroundColor;
    if (!TRANSPARENT.test(color)) return color;
  }
  return 'rgba(0, 0, 0, 0)';
}

/**
 * Whether the text at `node` is formatted beyond its paragraph's own look (bold, italic, a colour,
 * font, size, underline, highlight, sub- or superscript). Read from computed styles, not tags: an
 * editor's own plain wrappers (Draft.js's spans) are no formatting.
 */
function formattedAt(node: Node, box: HTMLElement): boolean {
  const view = box.ownerDocument.defaultView;
  const element = node instanceof Element ? node : node.parentElement;
  if (!view || !element || !box.contains(element)) return false;
  const block = blockAround(element, box);
  const own = view.getComputedStyle(element);
  const base = view.getComputedStyle(block);
  if (own.fontWeight !== base.fontWeight || own.fontStyle !== base.fontStyle || own.fontFamily !== base.fontFamily || own.fontSize !== base.fontSize || own.color !== base.color) return true;
  // Decorations, highlights and offsets are not inherited: each inline element up to the block sets its own.
  for (let current: Element | null = element; current && current !== block; current = current.parentElement) {
    const style = view.getComputedStyle(current);
    if (style.textDecorationLine !== 'none' || style.verticalAlign !== 'baseline' || !TRANSPARENT.test(style.backgroundColor)) return true;
  }
  return false;
}

/** The inline styles the browser's typing style can carry that a command turns on and off. */
const TOGGLED_STYLES = ['bold', 'italic', 'underline', 'strikeThrough', 'subscript', 'superscript'] as const;

/**
 * Turns off the formatting the browser keeps for the next typed text after formatted text was
 * deleted (its "typing style"), so the text takes its paragraph's own look. On a caret these
 * commands change only that typing style, not the page, and stay in the same undo step as the
 * deletion and the typing that follow.
 */
function plainTypingStyle(doc: Document, box: HTMLElement): void {
  const caret = doc.getSelection()?.focusNode;
  const view = doc.defaultView;
  if (!caret || !view) return;
  const block = blockAround(caret, box);
  const base = view.getComputedStyle(block);
  // A heading is bold of itself: only what the deleted text added is turned off.
  const natural: Partial<Record<(typeof TOGGLED_STYLES)[number], boolean>> = { bold: Number(base.fontWeight) >= 600, italic: base.fontStyle !== 'normal' };
  for (const command of TOGGLED_STYLES) {
    if (doc.queryCommandState(command) !== (natural[command] ?? false)) execCommand(doc, command);
  }
  if (doc.queryCommandValue('foreColor') !== base.color) execCommand(doc, 'foreColor', base.color);
  if (doc.queryCommandValue('backColor') !== backgroundBehind(block)) execCommand(doc, 'hiliteColor', 'transparent');
  if (doc.queryCommandValue('fontName') !== base.fontFamily) execCommand(doc, 'fontName', base.fontFamily);
}

/** The first node the range covers, where its text starts. */
function startNode(range: Range): Node {
  const container = range.startContainer;
  const child = container.nodeType === Node.TEXT_NODE ? null : container.childNodes[range.startOffset];
  return child ? leaf(child, 'first') : container;
}

const isSpaceChar = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);
const isHandleChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}_.@-]/u.test(char);

/**
 * The run of @mentions a draft starts with, and the space after them: "@mayachen ", "@maya@mastodon.social
 * @other ". Mastodon fills it in so that the person is notified; inserting a reply keeps it. A mention
 * followed by anything but a space ("@maya, thanks") is the user's own writing, not a prefix.
 */
export function leadingMentions(draft: string): string {
  let kept = 0;
  let i = 0;
  while (isSpaceChar(draft[i])) i++;
  while (draft[i] === '@') {
    let j = i + 1;
    while (isHandleChar(draft[j])) j++;
    // A handle ends in a letter or digit: "@maya." ends a sentence.
    while (j > i + 1 && /[.@-]/.test(draft[j - 1] ?? '')) j--;
    if (j === i + 1 || (j < draft.length && !isSpaceChar(draft[j]))) break;
    while (isSpaceChar(draft[j])) j++;
    kept = j;
    i = j;
  }
  return draft.slice(0, kept);
}

/**
 * `text` without the handles `mentions` already holds: "Hello @mayachen, we're sorry" after the
 * "@mayachen " Mastodon put first reads "Hello, we're sorry", not the name twice. Exported for tests.
 */
export function withoutMentionsOf(text: string, mentions: string): string {
  const handles = new Set(mentions.split(/\s+/).filter((handle) => handle.startsWith('@')).map((handle) => handle.toLowerCase()));
  if (handles.size === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (text[i] === '@' && (i === 0 || !isHandleChar(text[i - 1]))) {
      let j = i + 1;
      while (isHandleChar(text[j])) j++;
      while (j > i + 1 && /[.@-]/.test(text[j - 1] ?? '')) j--;
      if (handles.has(text.slice(i, j).toLowerCase())) {
        // Drop the handle and the space before it: "Hello @maya," → "Hello,".
        out = out.replace(/[ \t]+$/, '');
        i = j;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return out.trimStart();
}

/**
 * Replaces the box's content with `text` the way typing would, so the site's own editor takes it:
 * focus, select, then the browser's insertText command (editors listen for its beforeinput and
 * input events, and the browser's undo restores the previous draft). The text is plain: it does
 * not take the formatting of the draft it replaces. The @mentions the box starts
 * with stay ("@mayachen " on Mastodon) unless `text` brings its own; only what follows them is
 * replaced. Falls back to the native value setter (text fields) or a beforeinput the editor may
 * handle, then a plain text node (contenteditable). Never submits. Returns whether the box now
 * holds the text.
 */
export function insertText(box: Element, given: string): boolean {
  return replaceDraft(box, given).ok;
}

/**
 * What insertText did: whether the box now holds the text, and whether the browser's or the
 * editor's own undo (Ctrl+Z, ⌘Z) brings the draft back: so when it went in as typing would (the
 * insertText command, or a paste Draft.js took into its model with its undo stack); not when the
 * text was set directly (the value setter, a text node) for want of either.
 */
export interface Replaced {
  ok: boolean;
  undoable: boolean;
}

export function replaceDraft(box: Element, given: string): Replaced {
  const done = (ok: boolean, undoable = ok): Replaced => ({ ok, undoable: ok && undoable });
  const doc = box.ownerDocument;
  const mentions = given.trimStart().startsWith('@') ? '' : leadingMentions(readDraft(box));
  const text = mentions ? withoutMentionsOf(given, mentions) : given;
  // "@maya" with no space yet gets one, so the reply does not run into the handle.
  const keep = mentions && !isSpaceChar(mentions[mentions.length - 1]) ? `${mentions} ` : mentions;
  const insert = keep === mentions ? text : ` ${text}`;
  const wanted = keep + text;
  if (isTextField(box)) {
    box.focus();
    if (mentions) box.setSelectionRange(mentions.length, box.value.length);
    else box.select();
    if (execInsert(doc, insert) && box.value === wanted) return done(true);
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box) as object, 'value')?.set;
    if (setter) setter.call(box, wanted);
    else box.value = wanted;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: insert }));
    return done(box.value === wanted, false);
  }
  if (!(box instanceof HTMLElement)) return done(false);
  box.focus();
  // Where the mentions cannot be placed in the editor's nodes, the whole box is replaced, mentions included.
  const afterMentions = mentions ? selectContents(box, mentions.length) : null;
  const [from, data] = afterMentions ? [mentions.length, insert] : [0, wanted];
  const range = afterMentions ?? selectContents(box);
  // Typed over formatted text, the browser gives the new text the deleted text's formatting: a draft
  // starting in bold made the whole reply bold. There the draft is deleted first and that formatting
  // turned off before typing, all one editing step (one undo brings the draft back). A plain draft
  // is replaced by the one insertText, as the user's own typing would.
  // A paste Draft.js took is in its model: nothing else is tried, so the text cannot go in twice.
  if (range !== null && isDraftEditor(box) && pasteInto(box, data)) return done(readDraft(box).trim() === wanted.trim());
  const formatted = range !== null && !range.collapsed && formattedAt(startNode(range), box);
  if (formatted && execCommand(doc, 'delete')) plainTypingStyle(doc, box);
  if (execInsert(doc, data) && readDraft(box).trim() === wanted.trim()) {
    if (formatted) clearLeftFormatting(box, from);
    return done(true);
  }
  // No insertText command here: offer the editor the same beforeinput it would get from typing.
  const before = new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data });
  if (box.dispatchEvent(before)) {
    const target = selectContents(box, from) ?? range;
    if (!target) return done(false);
    target.deleteContents();
    target.insertNode(doc.createTextNode(data));
    doc.getSelection()?.collapseToEnd();
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data }));
  }
  // Taken by the editor's own beforeinput handler (its undo is its own: not promised), or set by hand.
  return done(readDraft(box).trim() === wanted.trim(), false);
}

/**
 * What typing could not leave plain (a font size has no command that sets it exactly) is removed
 * from the inserted text, from draft offset `from` on: a second undo step, only then.
 */
function clearLeftFormatting(box: HTMLElement, from: number): void {
  const doc = box.ownerDocument;
  // The caret sits at the end of the inserted text.
  const caret = doc.getSelection()?.focusNode;
  if (!caret || !formattedAt(caret, box)) return;
  const range = selectContents(box, from);
  if (!range || range.collapsed) return;
  execCommand(doc, 'removeFormat');
  doc.getSelection()?.collapseToEnd();
}

/**
 * Selects `span` of the draft in the box (offsets into readDraft), so typing replaces it: a blank
 * left in an inserted message. In an editor the span is found in one text node, counting earlier
 * occurrences of the same text; when the editor split it across nodes, nothing is selected.
 * Returns whether the span is selected.
 */
export function selectInDraft(box: Element, span: Span): boolean {
  if (isTextField(box)) {
    box.setSelectionRange(span.start, span.end);
    return box.selectionStart === span.start && box.selectionEnd === span.end;
  }
  const doc = box.ownerDocument;
  const selection = doc.getSelection();
  const draft = readDraft(box);
  const wanted = draft.slice(span.start, span.end);
  if (!selection || wanted === '') return false;
  let skip = 0;
  for (let at = draft.indexOf(wanted); at !== -1 && at < span.start; at = draft.indexOf(wanted, at + 1)) skip++;
  const walker = doc.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
      if (skip-- > 0) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
  }
  return false;
}

// ---- Where the panel goes and what the box answers -----------------------------------------------

/** Elements the panel never climbs onto: it stays inside the composer's form, dialog or post. */
const BOUNDARY = 'body, html, form, [role="dialog"], [role="form"], article';
const INTERACTIVE = 'button, a[href], input, select, textarea, [contenteditable="true"], [role="button"]';

/**
 * An element the site shows and hides (old Reddit's edit forms): the panel stays inside it, so it
 * is shown and hidden with its box.
 */
function togglesVisibility(element: Element): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.hidden || element.style.display !== '') return true;
  return element.ownerDocument.defaultView?.getComputedStyle(element).display === 'none';
}

/**
 * The element the panel goes after: the box's editor container. It climbs out of wrappers that
 * hold nothing else interactive (placeholders, decorations), out of slotted elements (a sibling of
 * a slotted element inside a shadow host would not be rendered) and out of labels (a click on the
 * panel must not activate the box), but never onto a post, form or dialog, nor out of an element the
 * site shows and hides.
 */
function anchorFor(box: Element, posts: ReadonlySet<Element>): Element {
  let anchor = box;
  let climbed = 0;
  for (let guard = 0; guard < 20; guard++) {
    const parent = anchor.parentElement;
    if (!parent || parent.matches(BOUNDARY) || posts.has(parent) || togglesVisibility(parent)) break;
    const mustClimb = anchor.hasAttribute('slot') || parent.shadowRoot !== null || parent.localName === 'label' || isEditable(parent);
    if (mustClimb) {
      anchor = parent;
      continue;
    }
    if (climbed >= MAX_WRAPPER_CLIMB) break;
    const others = Array.from(parent.children).filter((child) => child !== anchor && child.localName !== COACH_TAG);
    if (others.some((child) => child.matches(INTERACTIVE) || child.querySelector(INTERACTIVE) !== null)) break;
    anchor = parent;
    climbed++;
  }
  return anchor;
}

interface Answered {
  replyingTo?: ReplyTarget;
  postId?: string;
}

/** At most this many posts are read to find the one a box answers (a long page stops there). */
const MAX_LOOKUPS = 100;

/** Labels that name no one: "Reply to this post", "Reply to comment". */
const NOT_A_NAME = /^(?:this|that|the|a|an|his|her|their|your|my|our|post|comment|reply|thread|message|conversation|discussion|tweet|story|video)\b/i;

/**
 * Whom the box says it answers, from its own label or placeholder: "Reply to Ana Lima"
 * (Facebook's reply to a comment), "Reply to @mayachen" (Mastodon), "Reply to acmecoffee..."
 * (Threads). Undefined when it names no one ("Write a comment…", "Post your reply").
 */
function addresseeFromLabel(box: Element): string | undefined {
  for (const attribute of ['aria-label', 'aria-placeholder', 'placeholder', 'data-placeholder']) {
    const match = /^\s*(?:reply|replying|respond|responding|answer|answering)\s+to\s+(.+)$/i.exec(box.getAttribute(attribute) ?? '');
    if (!match?.[1]) continue;
    const named = match[1]
      .replace(/(?:\.{3}|…|[.:])+\s*$/, '')
      .replace(/['’]s\s+(?:comment|post|reply|message|story|video|thread)$/i, '')
      .trim();
    if (named && named.length <= 60 && !NOT_A_NAME.test(named)) return named;
  }
  return undefined;
}

/** The same person's name or handle: "@Maya", "maya" and "maya@mastodon.social" are. */
function sameName(a: string, b: string): boolean {
  const normal = (name: string) => name.trim().replace(/^@/, '').replace(/@.*$/, '').replace(/\s+/g, ' ').toLowerCase();
  const left = normal(a);
  return left !== '' && left === normal(b);
}

/**
 * The post the box answers, and whom to greet. In this order:
 * - the person the box's own label names ("Reply to Ana Lima"), with their comment where the page
 *   shows it;
 * - the post or comment that contains the box (the innermost);
 * - the nearest post before the box (X's reply box under the focused post, a thread's composer
 *   under its post). When that is a comment, the box sits after a list of replies (a Bluesky or
 *   TikTok thread's composer) and may answer any of them: the thread's post gives the tone, and
 *   no one is greeted, as a wrong name is worse than none.
 */
/** A modal the platform opened over the page (X's reply dialog, a photo viewer): what it answers is inside it. */
const MODAL = '[role="dialog"], dialog, [aria-modal="true"]';

function answeredPost(box: Element, adapter: PlatformAdapter, allPosts: readonly Element[]): Answered {
  // A box in a modal answers a post in that modal. With none there (Bluesky's composer, X's dialog when its
  // post is drawn otherwise) the page behind gives the context, but no one is greeted by name from it: the
  // dialog is appended at the end of the body, so the "nearest post before the box" is the timeline's last.
  const modal = box.closest(MODAL);
  const inModal = modal ? allPosts.filter((post) => modal.contains(post)) : [];
  const posts = inModal.length > 0 ? inModal : allPosts;
  const greetFromPage = !modal || inModal.length > 0;
  const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  // A platform's notice where a post was ("[removed]") is no post to answer: its author is "[deleted]".
  const read = (element: Element): ExtractedPost | null => extractPost(adapter, element, { engagement: false });
  const answer = (post: ExtractedPost, greet: boolean, author = greet && greetFromPage ? post.author : undefined): Answered => ({
    replyingTo: { text: post.text, ...(author ? { author } : {}) },
    postId: post.id,
  });
  // Innermost first (a comment inside a post), then the posts before the box, nearest first.
  const containing = posts.filter((post) => post.contains(box)).sort((a, b) => (a.contains(b) ? 1 : -1));
  const before = posts.filter((post) => !post.contains(box) && follows(post, box)).sort((a, b) => (follows(a, b) ? 1 : -1));

  const guess = (): { post: ExtractedPost; greet: boolean } | null => {
    // Inside a post it cannot read (still loading), it knows nothing better.
    if (containing[0]) {
      const inside = read(containing[0]);
      return inside && { post: inside, greet: true };
    }
    const nearest = before[0] ? read(before[0]) : null;
    if (!nearest) return null;
    if (nearest.kind === 'post') return { post: nearest, greet: true };
    for (const element of before.slice(1, MAX_LOOKUPS)) {
      const post = read(element);
      if (post?.kind === 'post') return { post, greet: false };
    }
    return { post: nearest, greet: false };
  };

  const named = addresseeFromLabel(box);
  if (named) {
    const after = posts.filter((post) => !post.contains(box) && follows(box, post));
    for (const element of [...containing, ...before, ...after].slice(0, MAX_LOOKUPS)) {
      const post = read(element);
      if (post?.author && sameName(post.author, named)) return answer(post, true);
    }
    const guessed = guess();
    return guessed ? answer(guessed.post, true, named) : { replyingTo: { text: '', author: named } };
  }
  const guessed = guess();
  return guessed ? answer(guessed.post, guessed.greet) : {};
}

// ---- Styles ---------------------------------------------------------------------------------------

// Sizes in px, never rem: inside a page, rem follows the page's root font size.
// The host is the page's element too, and an undefined custom one (a content script cannot define
// one): the page's rules for it beat the shadow root's normal declarations, as web-component sites'
// \`:not(:defined) { display: none }\` (or visibility: hidden) would, hiding the whole coach. The
// shadow root's !important ones beat the page's, even its !important ones; [hidden] still wins, by
// specificity.
const COACH_CSS = `
:host { all: initial !important; display: block !important; box-sizing: border-box !important; max-width: 100% !important; margin: 4px 0 !important;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif !important; color: #1b1f24 !important; text-align: left !important; }
:host([hidden]) { display: none !important; }
* { box-sizing: border-box; }
.coach { border: 1px solid #d0d7de; border-radius: 8px; background: #fff; overflow: hidden; }
.bar { display: flex; align-items: center; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #1d63ed; outline-offset: 2px; }
.toggle { flex: 1; display: flex; align-items: center; gap: 6px; min-height: 28px; padding: 3px 8px; border: 0; background: none; text-align: left; }
.title { font-weight: 600; }
.count { margin-left: auto; font-size: 12px; padding: 0 6px; border-radius: 8px; background: #f6f8fa; }
.count.critical { background: #fde7e9; color: #8c1d18; } .count.warning { background: #fff4d6; color: #6b4500; } .count.info { background: #e8f0fe; color: #174ea6; }
.count.ok { color: #1a7f37; }
.hide { border: 0; background: none; font-size: 18px; line-height: 1; padding: 4px 10px; }
.hidden-note { margin: 0; padding: 4px 8px; display: flex; align-items: center; gap: 8px; color: #57606a; }
.undo { border: 1px solid #d0d7de; border-radius: 6px; background: none; padding: 1px 10px; font-weight: 600; color: #1d63ed; }
.body { max-height: 320px; overflow: auto; padding: 0 10px 8px; border-top: 1px solid #d0d7de; }
.body[hidden] { display: none; }
h3 { font-size: 12px; margin: 8px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
ul { margin: 0; padding: 0; list-style: none; }
.finding { padding: 6px 8px; margin: 0 0 4px; border-left: 3px solid; border-radius: 4px; background: #f6f8fa; }
.finding.critical { border-color: #b3261e; } .finding.warning { border-color: #b58100; } .finding.info { border-color: #1d63ed; }
.severity { font-weight: 600; font-size: 12px; }
.finding.critical .severity { color: #8c1d18; } .finding.warning .severity { color: #6b4500; } .finding.info .severity { color: #174ea6; }
.quotes { margin-top: 4px; display: flex; flex-wrap: wrap; gap: 4px 8px; }
.quote { quotes: '“' '”'; white-space: pre-wrap; overflow-wrap: anywhere; color: #57606a; }
mark { color: #1b1f24; background: #ffe9b3; border-bottom: 2px solid #b58100; padding: 0 1px; border-radius: 2px; }
.finding.critical mark { background: #ffd7d5; border-color: #b3261e; }
.suggestion { padding: 6px 8px; margin: 0 0 6px; border: 1px solid #d0d7de; border-radius: 6px; }
.suggestion.unusable { color: #57606a; background: #f6f8fa; }
.kind { font-size: 11px; padding: 0 5px; border-radius: 6px; background: #e8f0fe; color: #174ea6; }
.suggestion-text { margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.note { margin: 0 0 4px; font-size: 12px; color: #57606a; }
.insert { padding: 2px 12px; border: 1px solid #1d63ed; border-radius: 6px; background: #1d63ed; color: #fff; font-weight: 600; }
.insert:disabled { cursor: not-allowed; background: #eaeef2; border-color: #d0d7de; color: #57606a; }
.status { margin: 8px 0 0; font-size: 12px; color: #1a7f37; }
/* Takes no room until it has something to say (a live region: kept in place, never display: none). */
.status:empty { margin: 0; }
.empty { margin: 0; color: #57606a; }
.secondary { margin: 6px 0 0; } .secondary > summary { cursor: pointer; padding: 2px 0 6px; color: #57606a; font-size: 12px; }
.secondary > summary:focus-visible { outline: 2px solid #1d63ed; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (prefers-color-scheme: dark) {
  :host { color: #e6edf3 !important; }
  .coach { background: #16181c; border-color: #3a4048; } .body { border-color: #3a4048; }
  .count, .finding, .suggestion.unusable { background: #22262c; } h3, .quote, .note, .empty, .suggestion.unusable, .secondary > summary, .hidden-note { color: #9ba6b2; }
  .undo { border-color: #3a4048; color: #8ab4f8; }
  .count.critical { background: #4a1c1a; color: #ffd7d5; } .count.warning { background: #3d2e05; color: #ffe9b3; } .count.info { background: #1f3661; color: #dbe7ff; }
  .count.ok, .status { color: #56d364; }
  .finding.critical .severity { color: #ff8a80; } .finding.warning .severity { color: #e3b341; } .finding.info .severity { color: #8ab4f8; }
  mark { background: #4d3b0b; color: #e6edf3; } .finding.critical mark { background: #5c2321; }
  .suggestion { border-color: #3a4048; } .kind { background: #1f3661; color: #dbe7ff; }
  .insert:disabled { background: #22262c; border-color: #3a4048; color: #9ba6b2; }
}
`;

const styleInto = shadowStyler(COACH_CSS);

// ---- The coach ------------------------------------------------------------------------------------

interface Attachment {
  box: Element;
  host: HTMLElement;
  /** Puts the panel back when the site's own rendering dropped it. */
  ensurePlaced(posts: ReadonlySet<Element>): void;
  contextChanged(): void;
  dispose(): void;
}

/**
 * Attaches the reply coach to every reply and compose box the adapter finds: those there at the
 * start, and each one that gets focus later, until `signal` aborts. Never throws into the page.
 */
export function startCoach(options: CoachOptions): void {
  const { root, adapter, signal } = options;
  if (signal.aborted) return;
  const attached = new Map<Element, Attachment>();
  const dismissed = new WeakSet<Element>();
  let context: CoachContext = {};
  let contextAt = -Infinity;
  let contextLoading = false;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  let lastScan = -Infinity;

  const fail = reportOnce(options.onError);
  const undoWindow = options.hideUndoMs === undefined ? {} : { hideUndoMs: options.hideUndoMs };
  const stopped = () => signal.aborted || options.isValid?.() === false;

  const refreshContext = (force = false) => {
    if (contextLoading || stopped() || (!force && performance.now() - contextAt < CONTEXT_MAX_AGE_MS)) return;
    contextLoading = true;
    let pending: Promise<CoachContext>;
    try {
      pending = Promise.resolve(options.getContext());
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending
      .then((fresh) => {
        if (signal.aborted) return;
        context = fresh ?? {};
        contextAt = performance.now();
        for (const attachment of attached.values()) attachment.contextChanged();
      })
      .catch(fail)
      .finally(() => {
        contextLoading = false;
      });
  };

  const attach = (box: Element, posts: readonly Element[], postSet: ReadonlySet<Element>): Attachment => {
    const answered = answeredPost(box, adapter, posts);
    const host = root.createElement(COACH_TAG);
    host.setAttribute(FINDINGS_ATTRIBUTE, '');
    if (dismissed.has(box)) host.hidden = true;
    const shadow = host.attachShadow({ mode: 'open' });
    styleInto(shadow);
    const local = new AbortController();
    const listen = { signal: local.signal };
    // Events from the panel stop at its host (see CONTAINED_EVENTS).
    for (const type of CONTAINED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation(), listen);
    // Its buttons (Insert, Hide) act on the user's clicks only, never on the page script's.
    ignorePageClicks(shadow, listen);

    let draft = '';
    let findings: Finding[] = [];
    let suggestions: Suggestion[] = [];
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let firstPending: number | undefined;

    const draftContext = (): SuggestionContext => ({ ...context, platform: adapter.id, ...(answered.replyingTo ? { replyingTo: answered.replyingTo } : {}) });

    const onInsert = (suggestion: Suggestion): InsertResult => {
      try {
        if (!suggestion.usable || !box.isConnected || stopped()) return { ok: false, draft };
        // What the user wrote, past the mentions the site put first (those stay, or the text brings its own).
        const before = readDraft(box);
        const written = before.slice(leadingMentions(before).length).trim();
        const { ok, undoable } = replaceDraft(box, suggestion.text);
        analyse();
        // Their own words gone: said, with the way back when there is one (QA: replaced silently).
        const replaced = ok && written !== '' && written !== draft.slice(leadingMentions(draft).length).trim();
        if (ok) {
          // A blank the message leaves to write is flagged, and selected: typing fills it in.
          const blank = findings.find((finding) => finding.code === 'placeholder')?.spans[0];
          if (blank) selectInDraft(box, blank);
          try {
            options.onInserted({
              platform: adapter.id,
              ...(answered.postId ? { postId: answered.postId } : {}),
              text: suggestion.text,
              suggestionId: suggestion.id,
              kind: suggestion.kind,
            });
          } catch (error) {
            // The text is in the box all the same.
            fail(error);
          }
        }
        return { ok, draft, ...(replaced ? { replaced: { undoable } } : {}) };
      } catch (error) {
        fail(error);
        return { ok: false, draft };
      }
    };

    // Hidden for this box: the panel says so, with "Undo", for a few seconds; then the host hides
    // (it stays in the page, and keeps reporting findings in its attribute).
    const onHide = () => {
      try {
        dismissed.add(box);
        if (box instanceof HTMLElement) box.focus();
      } catch (error) {
        fail(error);
      }
    };
    const onUndoHide = () => {
      dismissed.delete(box);
    };
    const onHidden = () => {
      if (!dismissed.has(box)) return;
      // The focus on "Undo" when its time ran out would drop to the page's <body>: back to the box.
      const focusInPanel = shadow.activeElement !== null;
      host.hidden = true;
      try {
        if (focusInPanel && box instanceof HTMLElement) box.focus();
      } catch (error) {
        fail(error);
      }
    };

    // Set once the box has focus in a reply to an upset post: the panel opens with its replies.
    let invited = false;
    // A press on the panel (mouse, pen, finger) holds what it shows until the release: a repaint in
    // between (the last keystrokes' analysis adding findings above the replies, a fresh plan) moved the
    // Insert button from under the pointer, and the click, which goes where press and release meet,
    // landed on nothing (a CI run: "Insert" clicked, the box unchanged). Held at most a moment.
    let pressed: ReturnType<typeof setTimeout> | undefined;
    let held = false;
    const release = () => {
      if (pressed === undefined) return;
      clearTimeout(pressed);
      pressed = undefined;
      // After the click the release brings (it follows in the same task), never before it.
      setTimeout(() => {
        if (held && pressed === undefined && !stopped()) paint();
      }, 0);
    };
    host.addEventListener(
      'pointerdown',
      () => {
        if (pressed !== undefined) clearTimeout(pressed);
        pressed = setTimeout(release, MAX_PRESS_HOLD_MS);
      },
      listen,
    );
    // Released anywhere: the pointer may leave the panel while pressed.
    const view = root.defaultView;
    for (const type of ['pointerup', 'pointercancel'] as const) view?.addEventListener(type, release, { capture: true, signal: local.signal });
    const paint = () => {
      held = pressed !== undefined;
      if (held) return;
      render(
        <Coach draft={draft} findings={findings} suggestions={suggestions} onInsert={onInsert} onHide={onHide} onUndoHide={onUndoHide} onHidden={onHidden} invited={invited} {...undoWindow} />,
        shadow,
      );
    };
    const inviteIfUpset = () => {
      if (invited || stopped() || !hasFocus(box, root)) return;
      if (!answersUpsetPost(answered.replyingTo)) return;
      invited = true;
      paint();
    };

    function analyse() {
      if (debounce !== undefined) clearTimeout(debounce);
      debounce = undefined;
      firstPending = undefined;
      if (stopped()) return;
      try {
        draft = readDraft(box);
        findings = draft.trim() ? analyzeDraft(draft, draftContext(), localeCoachMessages) : [];
        host.setAttribute(FINDINGS_ATTRIBUTE, findingCodes(findings));
        paint();
      } catch (error) {
        fail(error);
      }
    }

    const scheduleAnalysis = () => {
      try {
        const now = performance.now();
        firstPending ??= now;
        if (debounce !== undefined) clearTimeout(debounce);
        const wait = Math.min(ANALYSE_DELAY_MS, Math.max(0, firstPending + ANALYSE_MAX_WAIT_MS - now));
        debounce = setTimeout(analyse, wait);
      } catch (error) {
        fail(error);
      }
    };

    const computeSuggestions = () => {
      try {
        suggestions = suggestReplies(draftContext(), localeCoachMessages);
      } catch (error) {
        suggestions = [];
        fail(error);
      }
    };

    box.addEventListener('input', scheduleAnalysis, listen);
    box.addEventListener('compositionend', scheduleAnalysis, listen);
    box.addEventListener(
      'focus',
      () => {
        try {
          refreshContext();
          inviteIfUpset();
        } catch (error) {
          fail(error);
        }
      },
      listen,
    );
    // Editors that render typed text themselves (Draft.js cancels the native input) change the DOM.
    const typing = isTextField(box) ? undefined : new MutationObserver(scheduleAnalysis);
    typing?.observe(box, { characterData: true, childList: true, subtree: true });

    const place = (postSet: ReadonlySet<Element>) => {
      const anchor = anchorFor(box, postSet);
      if (anchor.nextSibling !== host) anchor.after(host);
    };
    place(postSet);
    computeSuggestions();
    analyse();
    // A box attached because it got focus has had its focus event already.
    inviteIfUpset();

    return {
      box,
      host,
      ensurePlaced(current) {
        if (!host.isConnected) place(current);
      },
      contextChanged() {
        computeSuggestions();
        analyse();
      },
      dispose() {
        local.abort();
        if (pressed !== undefined) clearTimeout(pressed);
        pressed = undefined;
        held = false;
        typing?.disconnect();
        if (debounce !== undefined) clearTimeout(debounce);
        render(null, shadow);
        host.remove();
      },
    };
  };

  const scan = () => {
    scanTimer = undefined;
    lastScan = performance.now();
    if (stopped()) return;
    try {
      for (const [box, attachment] of attached) {
        if (!box.isConnected) {
          attached.delete(box);
          attachment.dispose();
        }
      }
      // Finding posts walks the page: only when a box is new or lost its panel.
      const pending = adapter.findReplyBoxes(root).filter((box) => !attached.get(box)?.host.isConnected && isEditable(box));
      if (pending.length === 0) return;
      const posts = adapter.findPosts(root);
      const postSet = new Set(posts);
      for (const box of pending) {
        try {
          const existing = attached.get(box);
          if (existing) existing.ensurePlaced(postSet);
          else attached.set(box, attach(box, posts, postSet));
        } catch (error) {
          fail(error);
        }
      }
      refreshContext();
    } catch (error) {
      fail(error);
    }
  };

  const requestScan = (soon = false) => {
    if (scanTimer !== undefined || stopped()) return;
    const wait = soon ? 0 : Math.max(0, lastScan + MIN_SCAN_INTERVAL_MS - performance.now());
    scanTimer = setTimeout(scan, wait);
  };

  const isOwn = (node: Node) => node.nodeName === COACH_TAG.toUpperCase() || node.nodeName.startsWith('FIREBREAK-');
  const insideBox = (node: Node) => {
    for (const box of attached.keys()) if (box.contains(node)) return true;
    return false;
  };
  // A box is coached from when it gets focus (below), which is when replying starts: the page's
  // changes are not read for new boxes, so a feed streaming in costs the coach nothing. They matter
  // only once panels are shown: one the site's rendering dropped, or a box that went away.
  const observer = new MutationObserver((records) => {
    if (attached.size === 0 || stopped()) return;
    try {
      const relevant = records.some(
        (record) =>
          record.removedNodes.length > 0 &&
          !insideBox(record.target) &&
          (Array.from(record.removedNodes).some(isOwn) || [...attached.keys()].some((box) => !box.isConnected)),
      );
      if (relevant) requestScan();
    } catch (error) {
      fail(error);
    }
  });
  observer.observe(root, { childList: true, subtree: true });

  // A box is found when it gets focus (and the boxes already there when the coach starts, at once).
  root.addEventListener(
    'focusin',
    (event) => {
      try {
        const target = event.target;
        if (!(target instanceof Element) || attached.has(target) || stopped()) return;
        if (isTextField(target) || isEditable(target)) requestScan(true);
      } catch (error) {
        fail(error);
      }
    },
    { signal, capture: true },
  );

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (scanTimer !== undefined) clearTimeout(scanTimer);
      for (const attachment of attached.values()) {
        try {
          attachment.dispose();
        } catch (error) {
          fail(error);
        }
      }
      attached.clear();
    },
    { once: true },
  );

  refreshContext(true);
  requestScan(true);
}
