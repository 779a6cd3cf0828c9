// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import type { Analysis } from '@/utils/analysis';
import { BADGE_TAG, mountBadge } from '@/utils/content/badge';

const verdict = (label: Analysis['label']): Analysis => ({ label, score: 0, intensity: 0, confidence: 1, signals: [], reasons: [] });

beforeEach(() => document.body.replaceChildren());

test.each(['negative', 'neutral', 'positive', 'mixed'] as const)('a %s badge says so in text and to screen readers', (label) => {
  const post = document.createElement('article');
  const text = document.createElement('div');
  post.append(text);
  document.body.append(post);
  const host = mountBadge(post, text, verdict(label));
  expect(host.tagName.toLowerCase()).toBe(BADGE_TAG);
  expect(host.nextSibling).toBe(text);
  const badge = host.shadowRoot?.querySelector('.badge');
  expect(badge?.textContent?.toLowerCase()).toBe(label);
  expect(badge?.getAttribute('aria-label')).toBe(`Firebreak: ${label} sentiment`);
});

test('mounting again replaces the badge instead of stacking a second one', () => {
  const post = document.createElement('article');
  document.body.append(post);
  mountBadge(post, null, verdict('neutral'));
  mountBadge(post, null, verdict('negative'));
  expect(post.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  expect(post.querySelector(BADGE_TAG)?.getAttribute('data-label')).toBe('negative');
});

test('an anchor outside the container is ignored: the badge stays inside the post', () => {
  const post = document.createElement('article');
  const elsewhere = document.createElement('div');
  document.body.append(post, elsewhere);
  const host = mountBadge(post, elsewhere, verdict('positive'));
  expect(host.parentElement).toBe(post);
});
