import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding, FindingCode, Severity, Span, Suggestion, SuggestionKind } from '@/utils/coach';

/** Locale keys cannot hold dashes (Chrome's message names): each code's key. */
const CODE_KEY = {
  hostile: 'coach.codes.hostile',
  arguing: 'coach.codes.arguing',
  defensive: 'coach.codes.defensive',
  dismissive: 'coach.codes.dismissive',
  sarcasm: 'coach.codes.sarcasm',
  shouting: 'coach.codes.shouting',
  'too-long': 'coach.codes.tooLong',
  'personal-data': 'coach.codes.personalData',
  confidential: 'coach.codes.confidential',
  'no-acknowledgement': 'coach.codes.noAcknowledgement',
  'needs-approval': 'coach.codes.needsApproval',
  placeholder: 'coach.codes.placeholder',
  'not-english': 'coach.codes.notEnglish',
  'legal-risk': 'coach.codes.legalRisk',
  overpromise: 'coach.codes.overpromise',
} as const satisfies Record<FindingCode, string>;

const KIND_KEY = {
  empathetic: 'coach.kinds.empathetic',
  dm: 'coach.kinds.dm',
  'pre-approved': 'coach.kinds.preApproved',
} as const satisfies Record<SuggestionKind, string>;

/** Severity never rests on colour alone: an icon and a word go with it. */
const SEVERITY_ICON: Record<Severity, string> = { critical: '✖', warning: '⚠', info: 'ℹ' };
const SEVERITY_RANK: Record<Severity, number> = { critical: 2, warning: 1, info: 0 };

/** How long "Undo" shows after "Hide coach for this box", counted while the user is not on it (see Coach). */
export const HIDE_UNDO_MS = 8_000;
/**
 * How long the hidden note's live region stays empty before the note goes into it: a region put into the
 * page with its words already in it is not read out by every browser and screen reader (QA).
 */
export const HIDDEN_NOTE_DELAY_MS = 100;
/** Characters of the draft shown on each side of a quoted span. */
const CONTEXT_CHARS = 24;
/** Spans quoted per finding; the rest are counted. */
const MAX_QUOTES = 3;

export const findingTitle = (code: FindingCode): string => i18n.t(CODE_KEY[code]);

export interface InsertResult {
  ok: boolean;
  draft: string;
  /** The text took the place of words the user had written: whether undo in the box brings them back. */
  replaced?: { undoable: boolean };
}

/** The undo keys of the user's system: "⌘Z" on Apple's, "Ctrl+Z" elsewhere. */
export function undoKeys(platform = globalThis.navigator?.platform ?? ''): string {
  return i18n.t(/^(Mac|iPhone|iPad|iPod)/i.test(platform) ? 'coach.undoKeysApple' : 'coach.undoKeys');
}

/** The status line after an insertion: whether it replaced a draft, and how to get that back. */
export function insertedMessage({ ok, replaced }: Pick<InsertResult, 'ok' | 'replaced'>, platform?: string): string {
  if (!ok) return i18n.t('coach.insertFailed');
  if (!replaced) return i18n.t('coach.inserted');
  return replaced.undoable ? i18n.t('coach.insertedOverDraftUndo', [undoKeys(platform)]) : i18n.t('coach.insertedOverDraft');
}

export interface CoachProps {
  /** The draft exactly as analysed: the findings' spans are offsets into it. */
  draft: string;
  findings: readonly Finding[];
  suggestions: readonly Suggestion[];
  /** Puts the suggestion's text into the reply box: whether the box now holds it, and the draft after. */
  onInsert: (suggestion: Suggestion) => InsertResult;
  /** "Hide coach for this box" was chosen: "Undo" shows for `hideUndoMs`, then `onHidden`. */
  onHide: () => void;
  /** "Undo" after "Hide coach for this box": the panel is back. */
  onUndoHide: () => void;
  /** The time to undo passed: the panel goes for this box. */
  onHidden: () => void;
  /** How long "Undo" shows after hiding (8 s). */
  hideUndoMs?: number;
  /** The box has focus and answers an upset post: the panel opens by itself, as on typing. */
  invited?: boolean;
}

/** A piece of the draft around a span, the span itself marked. */
/**
 * The spans of a finding, grouped where their quotes would overlap: one quote with each span marked,
 * not the same words quoted once per span ("WE ARE LOOKING INTO IT" three times). Spans in text order.
 */
function quoteGroups(spans: readonly Span[]): Span[][] {
  const groups: Span[][] = [];
  for (const span of spans) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group && previous && span.start - CONTEXT_CHARS <= previous.end + CONTEXT_CHARS) group.push(span);
    else groups.push([span]);
  }
  return groups;
}

function Quote({ draft, spans }: { draft: string; spans: readonly Span[] }) {
  const clamp = (at: number) => Math.max(0, Math.min(at, draft.length));
  const first = clamp(spans[0]?.start ?? 0);
  const from = Math.max(0, first - CONTEXT_CHARS);
  const to = Math.min(draft.length, clamp(spans[spans.length - 1]?.end ?? first) + CONTEXT_CHARS);
  const parts: ComponentChildren[] = [];
  let at = from;
  for (const span of spans) {
    // Overlapping spans: each marks only what the one before did not.
    const start = Math.max(at, clamp(span.start));
    const end = Math.max(start, clamp(span.end));
    parts.push(draft.slice(at, start), <mark key={start}>{draft.slice(start, end)}</mark>);
    at = end;
  }
  return (
    <q class="quote" dir="auto">
      {from > 0 ? '…' : ''}
      {parts}
      {draft.slice(at, to)}
      {to < draft.length ? '…' : ''}
    </q>
  );
}

function FindingItem({ finding, draft }: { finding: Finding; draft: string }) {
  const groups = quoteGroups(finding.spans);
  const shown = groups.slice(0, MAX_QUOTES);
  const more = groups.slice(MAX_QUOTES).reduce((count, group) => count + group.length, 0);
  return (
    <li class={`finding ${finding.severity}`} data-code={finding.code}>
      <span class="severity">
        <span aria-hidden="true">{SEVERITY_ICON[finding.severity]}</span> {i18n.t(`coach.severity.${finding.severity}`)}
      </span>{' '}
      <strong>{findingTitle(finding.code)}</strong>: {finding.why}
      {shown.length > 0 && (
        <div class="quotes">
          <span class="visually-hidden">{i18n.t('coach.inDraft')} </span>
          {shown.map((group) => (
            <Quote key={`${group[0]!.start}-${group[group.length - 1]!.end}`} draft={draft} spans={group} />
          ))}
          {more > 0 && <span class="more"> {i18n.t('coach.moreSpans', [String(more)])}</span>}
        </div>
      )}
    </li>
  );
}

function SuggestionItem({ suggestion, onInsert }: { suggestion: Suggestion; onInsert: (s: Suggestion) => void }) {
  const noteId = useId();
  const disabled = !suggestion.usable;
  const note = disabled ? (suggestion.note ? i18n.t('coach.notUsable', [suggestion.note]) : i18n.t('coach.notUsableNoNote')) : suggestion.note;
  return (
    <li class={`suggestion ${suggestion.kind}${disabled ? ' unusable' : ''}`} data-suggestion={suggestion.id}>
      <div class="suggestion-head">
        <span class="kind">{i18n.t(KIND_KEY[suggestion.kind])}</span> <strong>{suggestion.title}</strong>
      </div>
      <p class="suggestion-text" dir="auto">
        {suggestion.text}
      </p>
      {note && (
        <p class="note" id={noteId}>
          {disabled && <span aria-hidden="true">✖ </span>}
          {note}
        </p>
      )}
      <button
        type="button"
        class="insert"
        disabled={disabled}
        aria-label={i18n.t('coach.insertLabel', [suggestion.title])}
        aria-describedby={note ? noteId : undefined}
        onClick={() => onInsert(suggestion)}
      >
        {i18n.t('coach.insert')}
      </button>
    </li>
  );
}

/**
 * The reply coach beside one reply box: a small header that opens on the first words typed (or on
 * focus, in a reply to an upset post), the findings in words with the exact part of the draft
 * quoted, and replies to insert.
 */
export function Coach({ draft, findings, suggestions, onInsert, onHide, onUndoHide, onHidden, hideUndoMs = HIDE_UNDO_MS, invited = false }: CoachProps) {
  const [open, setOpen] = useState(false);
  const [hiding, setHiding] = useState(false);
  // While hiding: the note and its "Undo" are in the live region (it was put in empty first).
  const [noteShown, setNoteShown] = useState(false);
  const refocusToggle = useRef(false);
  // The note after an insertion, shown until the draft changes.
  const [status, setStatus] = useState<{ message: string; draft: string } | null>(null);
  const userToggled = useRef(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // Set by an insertion: the panel's top (the status line, then the most serious finding) comes into view.
  const showTop = useRef(false);
  const bodyId = useId();
  const hasDraft = draft.trim().length > 0;

  // Opens by itself once, when the user starts typing or starts a reply to an upset post; after
  // that the user decides.
  useEffect(() => {
    if ((hasDraft || invited) && !userToggled.current) setOpen(true);
  }, [hasDraft, invited]);

  // "Hide coach for this box": its live region comes empty, and the note with "Undo" a moment later.
  useEffect(() => {
    if (!hiding) {
      setNoteShown(false);
      if (refocusToggle.current) toggle.current?.focus();
      refocusToggle.current = false;
      return undefined;
    }
    const timer = setTimeout(() => setNoteShown(true), HIDDEN_NOTE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [hiding]);

  // Whether the user is on the panel: the keyboard focus in it, the pointer over it.
  const [focusIn, setFocusIn] = useState(false);
  const [pointerIn, setPointerIn] = useState(false);
  const held = focusIn || pointerIn;

  // "Undo" shows for a while (from when it is shown); then the panel goes. Never under a user who is
  // on it (WCAG 2.2.1, timing adjustable): the time stops while the focus is on "Undo" or the pointer
  // over the panel, and starts again in full once they leave.
  useEffect(() => {
    if (!hiding || !noteShown || held) return undefined;
    const timer = setTimeout(onHidden, hideUndoMs);
    return () => clearTimeout(timer);
  }, [hiding, noteShown, held]);

  const hide = () => {
    setHiding(true);
    onHide();
  };
  const undoHide = () => {
    refocusToggle.current = true;
    setHiding(false);
    onUndoHide();
  };

  const setOpenByUser = (value: boolean) => {
    userToggled.current = true;
    setOpen(value);
  };

  const worst = findings.reduce<Severity | null>(
    (acc, finding) => (acc === null || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[acc] ? finding.severity : acc),
    null,
  );
  // The most serious first: the list scrolls, and a critical finding must not wait below the fold.
  const ranked = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  // The plan's crisis messages under a pleased post stay one click away, not among the suggestions.
  const primary = suggestions.filter((suggestion) => !suggestion.secondary);
  const secondary = suggestions.filter((suggestion) => suggestion.secondary);
  const count = i18n.t('coach.findingCount', findings.length);
  const summary = findings.length === 0 ? i18n.t('coach.summaryNone') : i18n.t('coach.summary', [ranked.map((f) => findingTitle(f.code)).join(', ')]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpenByUser(false);
      toggle.current?.focus();
    }
  };

  const insert = (suggestion: Suggestion) => {
    const result = onInsert(suggestion);
    showTop.current = true;
    setStatus({ message: insertedMessage(result), draft: result.draft });
  };

  // The Insert buttons sit low in the panel, scrolled to: once a text is in, what it says (a critical
  // "Blank to fill in" above all, first as the findings are ranked) must not wait above the fold
  // (QA). Only the panel scrolls, never the page: the focus is in the reply box.
  useLayoutEffect(() => {
    if (!showTop.current) return;
    showTop.current = false;
    if (body.current) body.current.scrollTop = 0;
  });

  // On the whole panel, hidden or not: the pointer that pressed "Hide" is over it still.
  const whereTheUserIs = {
    onFocusIn: () => setFocusIn(true),
    onFocusOut: (event: FocusEvent) => {
      // Moving between the panel's own controls is no leaving (focusin comes right after).
      const next = event.relatedTarget as Node | null;
      if (!next || !(event.currentTarget as Node).contains(next)) setFocusIn(false);
    },
    onPointerEnter: () => setPointerIn(true),
    onPointerLeave: () => setPointerIn(false),
  };

  if (hiding) {
    return (
      <section class="coach" aria-label={i18n.t('coach.regionLabel')} {...whereTheUserIs}>
        {/* Empty as it comes, its words a moment later: a live region added with its words is not always read out. */}
        <p class="hidden-note" role="status">
          {noteShown && (
            <>
              {i18n.t('coach.hiddenNote')}{' '}
              <button type="button" class="undo" onClick={undoHide}>
                {i18n.t('coach.undoHide')}
              </button>
            </>
          )}
        </p>
      </section>
    );
  }

  return (
    <section class="coach" aria-label={i18n.t('coach.regionLabel')} onKeyDown={onKeyDown} {...whereTheUserIs}>
      <div class="bar">
        <button
          ref={toggle}
          type="button"
          class="toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          title={open ? i18n.t('coach.collapse') : i18n.t('coach.expand')}
          onClick={() => setOpenByUser(!open)}
        >
          <span class="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span class="title">{i18n.t('coach.title')}</span>
          <span class={`count ${worst ?? 'ok'}`}>
            {worst ? (
              <>
                <span aria-hidden="true">{SEVERITY_ICON[worst]} </span>
                {count}
              </>
            ) : (
              <>
                <span aria-hidden="true">✓ </span>
                {hasDraft ? i18n.t('coach.looksGood') : count}
              </>
            )}
          </span>
        </button>
        <button type="button" class="hide" aria-label={i18n.t('coach.hide')} title={i18n.t('coach.hide')} onClick={hide}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {/* Always present, so screen readers hear the findings change even while the panel is collapsed. */}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {hasDraft ? summary : ''}
      </div>
      <div id={bodyId} ref={body} class="body" hidden={!open}>
        {open && (
          <>
            {/* At the top, with the findings: in view with them after an insertion. */}
            <p class="status" role="status">
              {status && status.draft === draft ? status.message : ''}
            </p>
            {findings.length > 0 && (
              <>
                <h3>{i18n.t('coach.findingsHeading')}</h3>
                <ul class="findings">
                  {ranked.map((finding) => (
                    <FindingItem key={finding.code} finding={finding} draft={draft} />
                  ))}
                </ul>
              </>
            )}
            <h3>{i18n.t('coach.suggestionsHeading')}</h3>
            {primary.length === 0 ? (
              <p class="empty">{i18n.t('coach.noSuggestions')}</p>
            ) : (
              <ul class="suggestions">
                {primary.map((suggestion) => (
                  <SuggestionItem key={suggestion.id} suggestion={suggestion} onInsert={insert} />
                ))}
              </ul>
            )}
            {secondary.length > 0 && (
              <details class="secondary">
                <summary>{i18n.t('coach.secondarySuggestions', secondary.length)}</summary>
                <ul class="suggestions">
                  {secondary.map((suggestion) => (
                    <SuggestionItem key={suggestion.id} suggestion={suggestion} onInsert={insert} />
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </div>
    </section>
  );
}
