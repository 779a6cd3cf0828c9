// What the open-badge tests share: a negative post's analysis, the badge's props, and waits for
// Preact's effects (they run after the next paint).
import { vi } from 'vitest';
import type { Analysis } from '@/utils/analysis';
import type { BadgeProps } from '@/components/Badge';

export const TEXT = 'Brewly refused my refund. Worst service ever.';

export const NEGATIVE: Analysis = { label: 'negative', score: -0.7, intensity: 0.6, confidence: 0.8, signals: ['complaint:service'], reasons: [] };

export function badgeProps(overrides: Partial<BadgeProps> = {}): BadgeProps {
  return {
    analysis: NEGATIVE,
    text: TEXT,
    brandHits: [{ term: 'Brewly', kind: 'name', start: 0, end: 6 }],
    compact: false,
    action: { kind: 'reply-dm', text: 'Reply within 1 hour and offer a private message.' },
    onCorrect: vi.fn(async () => undefined),
    ...overrides,
  };
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Preact runs effects after the next paint. */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
