import { i18n } from '#i18n';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, SentimentLabel, SignalCode } from '@/utils/analysis';
import type { SuggestedAction } from '@/utils/plan/actions';
import { isUserEvent } from '@/utils/content/contained-events';
import { placePopover, type PopoverSide } from '@/utils/content/placement';
import type { BrandHit } from '@/utils/tracking/brand';
import { segmentText, type Highlight } from './highlight';

// Every word the badge and its popover show comes from the locale file (assets/locales/en.yml,
// `sentiment.*` and `badge.*`), read when drawn: never at import, and never with page text as markup.

/** The labels in the order the correction's list offers them. */
export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive', 'mixed'];

/** A label's name on its own ("Negative"). */
export const labelName = (label: SentimentLabel): string => i18n.t(`sentiment.${label}`);

const SIGNAL_MESSAGES = {
  anger: 'badge.signals.anger',
  hostility: 'badge.signals.hostility',
  boycott: 'badge.signals.boycott',
  'complaint:product': 'badge.signals.complaintProduct',
  'complaint:service': 'badge.signals.complaintService',
  'complaint:insensitive': 'badge.signals.complaintInsensitive',
  'complaint:hypocrisy': 'badge.signals.complaintHypocrisy',
  'complaint:employee': 'badge.signals.complaintEmployee',
  'complaint:security': 'badge.signals.complaintSecurity',
  'escalation:legal': 'badge.signals.escalationLegal',
  'escalation:press': 'badge.signals.escalationPress',
  'escalation:viral': 'badge.signals.escalationViral',
  sarcasm: 'badge.signals.sarcasm',
} as const satisfies Record<SignalCode, string>;

/** A crisis signal's name ("Call to boycott"). */
export const signalName = (code: SignalCode): string => i18n.t(SIGNAL_MESSAGES[code]);

export interface BadgeProps {
  analysis: Analysis;
  /** The post's text exactly as analysed (offsets point into it). */
  text: string;
  brandHits: readonly BrandHit[];
  compact: boolean;
  action: SuggestedAction;
  /**
   * Saves the user's label for this post; may give back the post as read again with it. The badge
   * shows the corrected label at once either way.
   */
  onCorrect: (label: SentimentLabel) => Promise<Corrected | void>;
}

/** A post as read again after the user corrected its label: what the badge then shows. */
export interface Corrected {
  analysis: Analysis;
  action: SuggestedAction;
}

const percent = (value: number) => Math.round(value * 100);
/** Intensity and confidence in words (QA: "intensity 60% · confidence 80%" was jargon); the tooltip keeps the figures. */
export const feelingWord = (intensity: number): 'mild' | 'clear' | 'strong' => (intensity < 0.3 ? 'mild' : intensity < 0.65 ? 'clear' : 'strong');
export const sureWord = (confidence: number): 'unsure' | 'fairly' | 'sure' => (confidence < 0.5 ? 'unsure' : confidence < 0.75 ? 'fairly' : 'sure');

/** How the popover's header words a post's feeling: an intensity, a Neutral post's words, or nothing. */
export type FeelingNote = ReturnType<typeof feelingWord> | 'bothSides' | 'someWords';

/**
 * The header's feeling words, kept consistent with the label and with what the popover explains
 * below them (QA: "Neutral · mild feeling" above "No words of feeling found.", "Neutral · strong
 * feeling"). The analyser's intensity measures the words of feeling it found (their summed weight,
 * both ways), so:
 * - no words of feeling found (no reasons, as for a post in a language Firebreak does not read):
 *   no intensity at all, only how sure Firebreak is; the note below says why (no such words, or the
 *   model read the wording as a whole).
 * - Neutral: only "mild feeling" names an intensity, as weak words leave a post neutral. Stronger
 *   words left it neutral because they pull both ways and cancel out ("feelings on both sides": the
 *   weaker side weighs at least a third of the stronger), or because the model read the wording as
 *   a whole past them ("some words of feeling"): never "strong feeling" on a Neutral label.
 * - Negative, Positive, Mixed: the intensity as it is (a Mixed post's strong feelings run both ways).
 */
export function feelingNote(analysis: Pick<Analysis, 'label' | 'intensity' | 'reasons'>): FeelingNote | null {
  if (analysis.reasons.length === 0) return null;
  const word = feelingWord(analysis.intensity);
  if (analysis.label !== 'neutral' || word === 'mild') return word;
  let positive = 0;
  let negative = 0;
  for (const reason of analysis.reasons) {
    if (reason.weight > 0) positive += reason.weight;
    else negative -= reason.weight;
  }
  const smaller = Math.min(positive, negative);
  return smaller > 0 && smaller * 3 >= Math.max(positive, negative) ? 'bothSides' : 'someWords';
}

/** The header's line beside the label: "clear feeling · Firebreak is fairly sure", or "Firebreak is sure" alone. */
export function figuresText(analysis: Pick<Analysis, 'label' | 'intensity' | 'confidence' | 'reasons'>): string {
  const sure = i18n.t(`badge.sure.${sureWord(analysis.confidence)}`);
  const note = feelingNote(analysis);
  return note === null ? sure : i18n.t('badge.figures', [i18n.t(`badge.feeling.${note}`), sure]);
}

function highlightsOf(analysis: Analysis, brandHits: readonly BrandHit[]): Highlight[] {
  return [
    ...brandHits.map((hit): Highlight => ({ start: hit.start, end: hit.end, tone: 'brand', title: i18n.t('badge.mentionsTerm', [hit.term]) })),
    ...(analysis.signalEvidence ?? []).map(
      (evidence): Highlight => ({ start: evidence.start, end: evidence.end, tone: 'signal', title: signalName(evidence.code) }),
    ),
    ...analysis.reasons.map(
      (reason): Highlight => ({
        start: reason.start,
        end: reason.end,
        tone: reason.weight < 0 ? 'negative' : 'positive',
        title: `${reason.weight > 0 ? '+' : ''}${reason.weight}`,
      }),
    ),
  ];
}

type FaceProps = Pick<BadgeProps, 'analysis' | 'brandHits' | 'compact'>;

/** How the closed badge looks: its classes and whether it is flagged. Its words follow from these. */
export function badgeLook({ analysis, brandHits, compact }: FaceProps) {
  const mentionsBrand = brandHits.length > 0;
  return {
    className: `badge ${analysis.label}${compact ? ' compact' : ''}${mentionsBrand ? ' brand' : ''}`,
    flag: !compact && analysis.signals.some((signal) => signal !== 'sarcasm'),
  };
}

/** What the closed badge says: its text, its accessible name, its tooltip and its classes. */
export function badgeFace(props: FaceProps) {
  const { analysis, brandHits, compact } = props;
  const mentionsBrand = brandHits.length > 0;
  const label = labelName(analysis.label);
  const inSentence = i18n.t(`badge.labelInSentence.${analysis.label}`);
  const look = badgeLook(props);
  // The "!" is explained where a badge explains itself: its accessible name and its tooltip.
  const ariaLabel = look.flag
    ? i18n.t(mentionsBrand ? 'badge.nameBrandSignals' : 'badge.nameSignals', [inSentence])
    : i18n.t(mentionsBrand ? 'badge.nameBrand' : 'badge.name', [inSentence]);
  const title = look.flag
    ? i18n.t(mentionsBrand ? 'badge.titleBrandSignals' : 'badge.titleSignals', [label])
    : i18n.t(mentionsBrand ? 'badge.titleBrand' : 'badge.title', [label]);
  return { ...look, ariaLabel, title, text: compact ? '' : label };
}

/**
 * The badge beside a post, with its explanation. In pages a feed shows hundreds of badges, so the
 * closed ones are plain buttons drawn from `badgeFace` (utils/content/badge.tsx); this component
 * takes over, open, on the first click.
 */
export function Badge({ initiallyOpen, ...given }: BadgeProps & { initiallyOpen?: boolean }) {
  // Mounted by a click on the light closed badge (see utils/content/badge.tsx): open at once.
  const [open, setOpen] = useState(initiallyOpen === true);
  // The user's correction, shown from the moment it is saved (face, name and popover alike), over
  // the verdict it corrected: a new verdict drawn in place (the post judged again, see mountBadge)
  // already carries the correction, and its own brand hits and action.
  const [corrected, setCorrected] = useState<{ of: Analysis; value: Corrected } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  const props: BadgeProps = {
    ...given,
    ...(corrected?.of === given.analysis ? corrected.value : null),
    onCorrect: async (label) => {
      const reread = await given.onCorrect(label);
      setCorrected((previous) => {
        const before = previous?.of === given.analysis ? previous.value : null;
        return { of: given.analysis, value: reread ?? { analysis: { ...(before?.analysis ?? given.analysis), label }, action: before?.action ?? given.action } };
      });
    },
  };
  const toggle = () => setOpen((value) => !value);
  // Escape on the badge itself closes it too (the popover's own handler covers focus inside it).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const face = badgeFace(props);
  return (
    <span class="root">
      <button
        ref={button}
        type="button"
        class={face.className}
        aria-label={face.ariaLabel}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        title={face.title}
        onClick={toggle}
        onKeyDown={onKeyDown}
      >
        {face.text}
        {face.flag && <span class="flag" aria-hidden="true">!</span>}
      </button>
      {open && <Explanation {...props} id={id} anchor={button} onClose={close} />}
    </span>
  );
}

interface ExplanationProps extends BadgeProps {
  id: string;
  anchor: { current: HTMLButtonElement | null };
  onClose: (returnFocus: boolean) => void;
}

/**
 * Puts the open popover next to its badge (see placePopover) and keeps it there while the page
 * scrolls or the window changes size, and when the badge moves without either (a feed putting new
 * posts above it): listeners on the window and a look at the badge's place each frame, for as long
 * as it is open, none for a closed badge. Returns a function that places it again (its content changed).
 */
function useFollowAnchor(dialog: { current: HTMLElement | null }, anchor: { current: HTMLElement | null }): () => void {
  const side = useRef<PopoverSide | undefined>(undefined);
  const place = () => {
    const element = dialog.current;
    const view = element?.ownerDocument.defaultView;
    const button = anchor.current;
    if (!element || !view || !button) return;
    // Its whole content, whatever max-height clips now: scrollHeight plus the borders.
    const natural = { width: element.offsetWidth, height: element.scrollHeight + element.offsetHeight - element.clientHeight };
    const placement = placePopover(button.getBoundingClientRect(), natural, { width: view.innerWidth, height: view.innerHeight }, side.current);
    side.current = placement.side;
    element.style.top = `${placement.top}px`;
    element.style.left = `${placement.left}px`;
    element.style.maxHeight = `${placement.maxHeight}px`;
    element.dataset.side = placement.side;
  };
  const latest = useRef(place);
  latest.current = place;
  useLayoutEffect(() => {
    const view = dialog.current?.ownerDocument.defaultView;
    if (!view) return;
    const follow = () => latest.current();
    follow();
    const listening = new AbortController();
    const { signal } = listening;
    // Capture: a scroll inside any of the page's scrolling panes moves the badge too.
    view.addEventListener('scroll', follow, { capture: true, passive: true, signal });
    view.addEventListener('resize', follow, { passive: true, signal });
    let frame = 0;
    let where = '';
    const watch = () => {
      const rect = anchor.current?.getBoundingClientRect();
      const now = rect ? `${rect.top} ${rect.left}` : '';
      if (where !== '' && now !== where) follow();
      where = now;
      frame = view.requestAnimationFrame(watch);
    };
    frame = view.requestAnimationFrame(watch);
    return () => {
      listening.abort();
      view.cancelAnimationFrame(frame);
    };
  }, []);
  return place;
}

/**
 * Shows the open popover in the browser's top layer (Popover API): there it is placed against the
 * window and painted above everything, whatever the page does to the badge's ancestors. On X each
 * post cell is moved with `transform`, which would otherwise make the cell the containing block of
 * a `position: fixed` popover (shifting it by the cell's offset) and trap its z-index in the cell's
 * stacking context (the next post painting over it). Where the API is missing (Firefox before 125)
 * or refuses, the popover stays an ordinary fixed element, as before. Declared before the hooks
 * that measure and focus the popover: hidden, a `[popover]` has no size and takes no focus.
 */
function useTopLayer(dialog: { current: HTMLElement | null }): void {
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showPopover !== 'function') {
      element.removeAttribute('popover');
      return;
    }
    try {
      element.showPopover();
    } catch {
      // Not shown (say, the document is going away): drop the attribute, or it stays display: none.
      element.removeAttribute('popover');
      return;
    }
    return () => {
      if (element.matches(':popover-open')) element.hidePopover();
    };
  }, []);
}

/** A focus loss this soon after a Tab key press inside the popover was that Tab moving focus on. */
const TAB_FOCUS_MS = 500;

/** The element that has focus, looking into open shadow roots (the badge's own among them). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Why the post got its label, and what to do about it. Page text is rendered as text only. */
function Explanation({ analysis, text, brandHits, action, onCorrect, id, anchor, onClose }: ExplanationProps) {
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const dialog = useRef<HTMLDivElement>(null);
  useTopLayer(dialog);
  const place = useFollowAnchor(dialog, anchor);
  // A status line or a new label can change its height: place it again after each render.
  useLayoutEffect(place);

  // At once, not after the next paint: a Tab pressed right after opening must already close it.
  useLayoutEffect(() => {
    dialog.current?.focus();
    const outside = (event: Event) => {
      const path = event.composedPath();
      if (dialog.current && !path.includes(dialog.current) && anchor.current && !path.includes(anchor.current)) onClose(false);
    };
    // Focus moving on from the popover and its badge closes it, leaving the focus where it went:
    // to another element of the page, to the document itself, or, by Tab past the page's last
    // control, to the browser's own UI. It stays open while the window has lost focus for another
    // reason (another window, devtools: focus comes back to where it was), and never for its own
    // changes (a control gone or disabled under the focus is no move away). Focus leaving for no
    // element is told apart by a Tab that was the last key pressed, or else once focus has settled.
    const popover = dialog.current;
    const button = anchor.current;
    const doc = popover?.ownerDocument ?? document;
    const view = doc.defaultView;
    const isOurs = (node: Node | null) => node !== null && (popover?.contains(node) === true || button?.contains(node) === true);
    // Also when focus comes back into the page from elsewhere, with no focusout before it.
    const arriving = (event: FocusEvent) => {
      const path = event.composedPath();
      if ((popover && path.includes(popover)) || (button && path.includes(button))) return;
      onClose(false);
    };
    let tabbedAt = -Infinity;
    const tabbing = (event: KeyboardEvent) => {
      // Any other key since (an arrow in the select) means a focus loss now is not that Tab's doing.
      tabbedAt = event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey ? event.timeStamp : -Infinity;
    };
    let settling: number | undefined;
    const leaving = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next) {
        if (!isOurs(next)) onClose(false);
        return;
      }
      const left = event.target as Element;
      if (!left.isConnected || left.matches(':disabled')) return;
      if (event.timeStamp - tabbedAt < TAB_FOCUS_MS) {
        onClose(false);
        return;
      }
      if (!view) return;
      if (settling !== undefined) view.clearTimeout(settling);
      settling = view.setTimeout(() => {
        settling = undefined;
        if (!doc.hasFocus() || !left.isConnected || left.matches(':disabled')) return;
        if (isOurs(deepActiveElement(doc))) return;
        onClose(false);
      }, 0);
    };
    const listening = new AbortController();
    const { signal } = listening;
    doc.addEventListener('pointerdown', outside, { capture: true, signal });
    doc.addEventListener('focusin', arriving, { capture: true, signal });
    const own: Array<HTMLElement | null | undefined> = [popover, button];
    for (const target of own) {
      target?.addEventListener('focusout', leaving, { signal });
      target?.addEventListener('keydown', tabbing, { capture: true, signal });
    }
    return () => {
      if (settling !== undefined) view?.clearTimeout(settling);
      listening.abort();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose(true);
    }
  };

  // The chosen label is only a choice until Save: a closed select changes (and fires change) on
  // each arrow key, so saving on change would save whatever a keyboard user passes through.
  // It is the user's choice only: the shadow root is open, so the page's script can set the select's
  // value (or dispatch a change) before the user's trusted click on Save, which must then save what
  // the user picked, never what the page put there. Kept here from trusted change events alone, in a
  // ref too (a change in the same task as the click has not re-rendered yet). None picked (null):
  // the select shows the label, and follows a new verdict drawn in place.
  const [picked, setPicked] = useState<SentimentLabel | null>(null);
  const pickedNow = useRef<SentimentLabel | null>(null);
  const pick = (label: SentimentLabel | null) => {
    pickedNow.current = label;
    setPicked(label);
  };
  const choice = picked ?? analysis.label;
  // A post with no text (an image alone) teaches nothing: corrections are kept by text
  // (utils/analysis/corrections.ts), so one saved for it would be lost at the next reload.
  const correctable = text.trim() !== '';
  const unchanged = choice === analysis.label;
  // A second press before the first save re-renders must not save twice.
  const inFlight = useRef(false);
  const select = useRef<HTMLSelectElement>(null);
  const save = async () => {
    const label = pickedNow.current ?? analysis.label;
    // What the select shows is what Save saves: a value the page put there goes.
    if (select.current && select.current.value !== label) select.current.value = label;
    if (label === analysis.label || inFlight.current) return;
    inFlight.current = true;
    setSaving('saving');
    try {
      await onCorrect(label);
      // Saved, the label is the choice: the select follows the label again.
      pick(null);
      setSaving('saved');
    } catch {
      setSaving('failed');
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <div
      ref={dialog}
      id={id}
      class="popover"
      popover="manual"
      role="dialog"
      aria-label={i18n.t('badge.dialogLabel')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header>
        <strong class={`label ${analysis.label}`}>{labelName(analysis.label)}</strong>
        <span class="figures" title={i18n.t('badge.figuresTitle', [percent(analysis.intensity), percent(analysis.confidence)])}>
          {figuresText(analysis)}
        </span>
        <button type="button" class="close" aria-label={i18n.t('badge.close')} onClick={() => onClose(true)}>
          ×
        </button>
      </header>
      {/* The terms are data: substituted into the message as text, rendered as text. */}
      {brandHits.length > 0 && (
        <p class="brand-line">{i18n.t('badge.mentionsBrand', [[...new Set(brandHits.map((hit) => hit.term))].join(', ')])}</p>
      )}
      {analysis.signals.length > 0 && (
        <ul class="signals" aria-label={i18n.t('badge.signalsLabel')}>
          {analysis.signals.map((signal) => (
            <li key={signal}>{signalName(signal)}</li>
          ))}
        </ul>
      )}
      {/* The post's own direction (Arabic, Hebrew), not the popover's. */}
      <blockquote class="text" dir="auto">
        {segmentText(text, highlightsOf(analysis, brandHits)).map((segment, index) =>
          segment.highlight ? (
            <mark key={index} class={segment.highlight.tone} title={segment.highlight.title}>
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
      </blockquote>
      {analysis.notEnglish && <p class="note">{i18n.t('badge.notEnglish')}</p>}
      {analysis.towardBrand && <p class="note">{i18n.t('badge.towardBrand')}</p>}
      {analysis.plainComplaint && <p class="note">{i18n.t('badge.plainComplaint')}</p>}
      {analysis.mockery && <p class="note">{i18n.t('badge.mockery')}</p>}
      {analysis.reasons.length === 0 && !analysis.notEnglish && !analysis.plainComplaint && !analysis.mockery && (
        <p class="note">{analysis.label === 'neutral' ? i18n.t('badge.noFeelingWords') : i18n.t('badge.wholeWording')}</p>
      )}
      <p class={`action ${action.kind}`}>
        <strong>
          {i18n.t('badge.whatToDo')}{' '}
        </strong>
        {action.text}
      </p>
      {correctable ? (
        // Nothing here is ever disabled: focus on a disabled control falls to the page's <body>.
        // Save says it is unavailable (aria-disabled) yet keeps the focus, and the group is busy while it saves.
        <p class="correct" aria-busy={saving === 'saving'}>
          <label>
            {i18n.t('badge.correctLabel')}{' '}
            <select
              ref={select}
              value={choice}
              onChange={(event) => {
                const target = event.currentTarget as HTMLSelectElement;
                // A change the page's script made is no choice: the select shows the user's again.
                if (!isUserEvent(event)) {
                  target.value = pickedNow.current ?? analysis.label;
                  return;
                }
                const label = SENTIMENT_LABELS.find((known) => known === target.value);
                if (!label) return;
                pick(label);
                if (saving !== 'saving') setSaving('idle');
              }}
            >
              {SENTIMENT_LABELS.map((label) => (
                <option key={label} value={label}>
                  {labelName(label)}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" class="save" aria-disabled={unchanged || saving === 'saving'} onClick={() => void save()}>
            {i18n.t('badge.save')}
          </button>
        </p>
      ) : (
        <p class="note">{i18n.t('badge.noText')}</p>
      )}
      <p class="status" role="status">
        {saving === 'saving' && i18n.t('badge.saving')}
        {saving === 'saved' && i18n.t('badge.saved')}
        {saving === 'failed' && i18n.t('badge.saveFailed')}
      </p>
    </div>
  );
}
