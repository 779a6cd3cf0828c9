import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, SentimentLabel, SignalCode } from '@/utils/analysis';
import type { SuggestedAction } from '@/utils/plan/actions';
import type { BrandHit } from '@/utils/tracking/brand';
import { segmentText, type Highlight } from './highlight';

export const LABELS: Record<SentimentLabel, string> = {
  negative: 'Negative',
  neutral: 'Neutral',
  positive: 'Positive',
  mixed: 'Mixed',
};

export const SIGNAL_NAMES: Record<SignalCode, string> = {
  anger: 'Anger',
  hostility: 'Hostility or insult',
  boycott: 'Call to boycott',
  'complaint:product': 'Product failure',
  'complaint:service': 'Service complaint',
  'complaint:insensitive': 'Insensitive or offensive content',
  'complaint:hypocrisy': 'Hypocrisy',
  'complaint:employee': 'Employee conduct',
  'complaint:security': 'Security or hacked account',
  'escalation:legal': 'Legal threat',
  'escalation:press': 'Press involved',
  'escalation:viral': 'Going viral',
  sarcasm: 'Possible sarcasm',
};

export interface BadgeProps {
  analysis: Analysis;
  /** The post's text exactly as analysed (offsets point into it). */
  text: string;
  brandHits: readonly BrandHit[];
  compact: boolean;
  action: SuggestedAction;
  /** Saves the user's label for this post. */
  onCorrect: (label: SentimentLabel) => Promise<void>;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

function highlightsOf(analysis: Analysis, brandHits: readonly BrandHit[]): Highlight[] {
  return [
    ...brandHits.map((hit): Highlight => ({ start: hit.start, end: hit.end, tone: 'brand', title: `Mentions ${hit.term}` })),
    ...(analysis.signalEvidence ?? []).map(
      (evidence): Highlight => ({ start: evidence.start, end: evidence.end, tone: 'signal', title: SIGNAL_NAMES[evidence.code] }),
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

/** What the closed badge says: its text, its accessible name, its tooltip and its classes. */
export function badgeFace({ analysis, brandHits, compact }: Pick<BadgeProps, 'analysis' | 'brandHits' | 'compact'>) {
  const mentionsBrand = brandHits.length > 0;
  const summary = `${LABELS[analysis.label]} sentiment${mentionsBrand ? ', mentions your brand' : ''}`;
  return {
    className: `badge ${analysis.label}${compact ? ' compact' : ''}${mentionsBrand ? ' brand' : ''}`,
    ariaLabel: `Firebreak: ${summary.toLowerCase()}. Show why`,
    title: `Firebreak: ${summary}`,
    text: compact ? '' : LABELS[analysis.label],
    flag: !compact && analysis.signals.some((signal) => signal !== 'sarcasm'),
  };
}

/**
 * The badge beside a post, with its explanation. In pages a feed shows hundreds of badges, so the
 * closed ones are plain buttons drawn from `badgeFace` (utils/content/badge.tsx); this component
 * takes over, open, on the first click.
 */
export function Badge(props: BadgeProps & { initiallyOpen?: boolean }) {
  const { initiallyOpen } = props;
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState({ top: 0, left: 0 });
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  const toggle = () => {
    const rect = button.current?.getBoundingClientRect();
    if (rect) {
      const width = Math.min(360, window.innerWidth - 16);
      setPosition({ top: rect.bottom + 6, left: Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)) });
    }
    setOpen((value) => !value);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  // Mounted by a click on the light closed badge (see utils/content/badge.tsx): open at once,
  // placed under the button as soon as it is in the page.
  useLayoutEffect(() => {
    if (initiallyOpen) toggle();
  }, []);

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
      >
        {face.text}
        {face.flag && <span class="flag" aria-hidden="true">!</span>}
      </button>
      {open && <Explanation {...props} id={id} position={position} anchor={button} onClose={close} />}
    </span>
  );
}

interface ExplanationProps extends BadgeProps {
  id: string;
  position: { top: number; left: number };
  anchor: { current: HTMLButtonElement | null };
  onClose: (returnFocus: boolean) => void;
}

/** Why the post got its label, and what to do about it. Page text is rendered as text only. */
function Explanation({ analysis, text, brandHits, action, onCorrect, id, position, anchor, onClose }: ExplanationProps) {
  const [saving, setSaving] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.focus();
    const outside = (event: Event) => {
      const path = event.composedPath();
      if (dialog.current && !path.includes(dialog.current) && anchor.current && !path.includes(anchor.current)) onClose(false);
    };
    const onScroll = () => onClose(false);
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('scroll', onScroll, { passive: true, once: true });
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose(true);
    }
  };

  const correct = async (event: Event) => {
    const label = (event.currentTarget as HTMLSelectElement).value as SentimentLabel | '';
    if (!label) return;
    setSaving('saving');
    try {
      await onCorrect(label);
      setSaving('saved');
    } catch {
      setSaving('failed');
    }
  };

  return (
    <div
      ref={dialog}
      id={id}
      class="popover"
      role="dialog"
      aria-label="Why Firebreak labelled this post"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
    >
      <header>
        <strong class={`label ${analysis.label}`}>{LABELS[analysis.label]}</strong>
        <span class="figures">
          intensity {percent(analysis.intensity)} · confidence {percent(analysis.confidence)}
        </span>
        <button type="button" class="close" aria-label="Close" onClick={() => onClose(true)}>
          ×
        </button>
      </header>
      {brandHits.length > 0 && <p class="brand-line">Mentions your brand: {[...new Set(brandHits.map((hit) => hit.term))].join(', ')}</p>}
      {analysis.signals.length > 0 && (
        <ul class="signals" aria-label="Crisis signals">
          {analysis.signals.map((signal) => (
            <li key={signal}>{SIGNAL_NAMES[signal]}</li>
          ))}
        </ul>
      )}
      <blockquote class="text">
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
      <p class={`action ${action.kind}`}>
        <strong>What to do: </strong>
        {action.text}
      </p>
      <label class="correct">
        Correct this label:{' '}
        <select onChange={correct} disabled={saving === 'saving'} defaultValue="">
          <option value="" disabled>
            choose…
          </option>
          {(Object.keys(LABELS) as SentimentLabel[]).map((label) => (
            <option key={label} value={label}>
              {LABELS[label]}
            </option>
          ))}
        </select>
      </label>
      <p class="status" role="status">
        {saving === 'saved' && 'Saved. Firebreak will remember this for your brand.'}
        {saving === 'failed' && 'Could not save: reload the page and try again.'}
      </p>
    </div>
  );
}
