// @vitest-environment happy-dom
// A badge drawn again while the user has its popover open: the posts judged again after a brand change
// (the scanner's rejudge), or an ordinary new verdict for a post already badged (its text expanded, a
// copy of a corrected text re-labelled). The popover stays open, its words follow the new verdict in
// place, and the focus stays on the control the user was on (QA: it closed, and the focus fell to the
// page's <body>).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis } from '@/utils/analysis';
import { BADGE_TAG, mountBadge } from '@/utils/content/badge';
import { runOnPage } from '@/utils/content/page';
import { brandProfile } from '@/utils/settings';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { useEnglishMessages } from '../messages';
import { badgeProps, NEGATIVE, painted } from './badge-fixture';
import { openPopover } from './popover';
import { answerAsWorker } from './stored-brand-worker';
import { addPost, testAdapter } from './test-adapter';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

let ctx: ContentScriptContext;

beforeEach(async () => {
  useEnglishMessages();
  document.body.replaceChildren();
  await brandProfile.setValue(EMPTY_BRAND);
  answerAsWorker();
  ctx = new ContentScriptContext('content');
});
afterEach(() => ctx.abort());

/** The element that has focus, looking into the badge's shadow root. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('mountBadge on a post whose badge is open', () => {
  test('the popover stays open, shows the new verdict, and keeps the focus on the same control', async () => {
    const post = document.createElement('article');
    document.body.append(post);
    const host = mountBadge(post, null, badgeProps());
    const shadow = host.shadowRoot!;
    (shadow.querySelector('button.badge') as HTMLButtonElement).click();
    await painted();
    const select = shadow.querySelector('select')!;
    select.focus();
    expect(focused()).toBe(select);

    const positive: Analysis = { ...NEGATIVE, label: 'positive', score: 0.7, signals: [] };
    const again = mountBadge(post, null, badgeProps({ analysis: positive, action: { kind: 'thank', text: 'Thank them.' } }));
    await painted();

    expect(again).toBe(host);
    expect(post.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    const dialog = shadow.querySelector<HTMLElement>('[role="dialog"]');
    expect(dialog).not.toBeNull();
    expect(dialog!.querySelector('.label')?.textContent).toBe('Positive');
    expect(dialog!.textContent).toContain('Thank them.');
    expect(shadow.querySelector('button.badge')?.getAttribute('aria-expanded')).toBe('true');
    expect(host.getAttribute('data-label')).toBe('positive');
    // The same control, not a copy of it: the focus never moved.
    expect(shadow.querySelector('select')).toBe(select);
    expect(focused()).toBe(select);
    // "Correct this label" follows the new label: Save has nothing to save yet.
    expect(select.value).toBe('positive');
    expect(shadow.querySelector('button.save')?.getAttribute('aria-disabled')).toBe('true');
  });

  test('a label the user picked but did not save yet stays picked', async () => {
    const post = document.createElement('article');
    document.body.append(post);
    const onCorrect = vi.fn(async () => undefined);
    const host = mountBadge(post, null, badgeProps({ onCorrect }));
    const shadow = host.shadowRoot!;
    (shadow.querySelector('button.badge') as HTMLButtonElement).click();
    await painted();
    const select = shadow.querySelector('select')!;
    select.value = 'mixed';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await painted();

    mountBadge(post, null, badgeProps({ analysis: { ...NEGATIVE, score: -0.8 }, onCorrect }));
    await painted();
    expect(shadow.querySelector('select')!.value).toBe('mixed');
    (shadow.querySelector('button.save') as HTMLButtonElement).click();
    await painted();
    expect(onCorrect).toHaveBeenCalledWith('mixed');
  });

  test('a closed badge with the focus on it keeps the focus when drawn again', async () => {
    const post = document.createElement('article');
    document.body.append(post);
    const host = mountBadge(post, null, badgeProps());
    (host.shadowRoot!.querySelector('button.badge') as HTMLButtonElement).focus();
    mountBadge(post, null, badgeProps({ analysis: { ...NEGATIVE, label: 'neutral', signals: [] } }));
    const badge = post.querySelector(BADGE_TAG)!;
    expect(badge.getAttribute('data-label')).toBe('neutral');
    expect(badge.shadowRoot!.querySelector('button.badge')?.textContent).toBe('Neutral');
    expect(focused()).toBe(badge.shadowRoot!.querySelector('button.badge'));
  });
});

describe('on the page', () => {
  test('a brand set while a popover is open: it stays open with its focus, and says the new verdict', async () => {
    const post = addPost('1', 'Brewly refused my refund for a kettle that caught fire. Disgraceful.');
    await runOnPage(ctx, testAdapter());
    const dialog = await openPopover(post);
    expect(dialog.textContent).toContain('Set up your brand');
    await painted();
    const select = dialog.querySelector('select')!;
    select.focus();

    await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
    await vi.waitFor(() => expect(dialog.textContent).not.toContain('Set up your brand'));
    expect(dialog.isConnected).toBe(true);
    expect(dialog.textContent).toContain('Mentions your brand');
    expect(focused()).toBe(select);
    expect(post.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  test('a new verdict for a post already badged (its text expanded in place) keeps its open popover and focus', async () => {
    const post = addPost('1', 'Ordered the kettle last week.');
    await runOnPage(ctx, testAdapter());
    const dialog = await openPopover(post);
    await painted();
    const close = dialog.querySelector<HTMLButtonElement>('button.close')!;
    close.focus();

    // "Show more": the page puts the rest of the text in the same element.
    post.append(' It arrived broken and support never answered. Disgraceful.');
    await vi.waitFor(() => expect(dialog.querySelector('blockquote')?.textContent).toContain('Disgraceful'));
    expect(dialog.isConnected).toBe(true);
    expect(dialog.querySelector('.label')?.textContent).toBe('Negative');
    expect(focused()).toBe(close);
  });
});
