// @vitest-environment happy-dom
// First run: the platform's tab is already open when Firebreak is installed, and the settings tab it opens
// is where the brand is set. Back in the platform's tab, a post naming the brand must not still say "Set up
// your brand", which the settings just did (QA).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_TAG } from '@/utils/content/badge';
import { runOnPage } from '@/utils/content/page';
import { sendMessage } from '@/utils/messaging';
import { brandProfile } from '@/utils/settings';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { useEnglishMessages } from '../options/helpers';
import { openPopover, popoverText } from './popover';
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


test('a brand set while the page is open: the posts that follow are read for it, not told to set it up', async () => {
  const before = addPost('1', 'Brewly refused my refund for a kettle that caught fire. Disgraceful.');
  await runOnPage(ctx, testAdapter());
  expect(await popoverText(before)).toContain('Set up your brand');

  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const after = addPost('2', 'Brewly ignored my burn report and closed the ticket. Disgraceful.');
  const text = await popoverText(after);
  expect(text).not.toContain('Set up your brand');
  expect(text).toMatch(/Escalate|Reply/);
});

/** The texts the page asked the worker to judge since `from` (an index into sendMessage's calls). */
function judgedSince(from: number): string[] {
  return vi
    .mocked(sendMessage)
    .mock.calls.slice(from)
    .filter(([type]) => type === 'content→background:judge')
    .flatMap(([, data]) => data as string[]);
}

test('a brand set while the page is open: the posts already badged are read again for it, in place', async () => {
  const before = addPost('1', 'Brewly refused my refund for a kettle that caught fire. Disgraceful.');
  await runOnPage(ctx, testAdapter());
  const dialog = await openPopover(before);
  expect(dialog.textContent).toContain('Set up your brand');
  const badge = before.querySelector(BADGE_TAG);

  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
  // Not added again: the same element, read again through the worker, and its badge drawn anew: in
  // place, the popover the user has open staying open (badge-redraw.test.tsx).
  await vi.waitFor(() => expect(dialog.textContent).not.toContain('Set up your brand'));
  expect(dialog.textContent).toMatch(/Escalate|Reply/);
  expect(before.querySelector(BADGE_TAG)).toBe(badge);
  expect(before.querySelectorAll(BADGE_TAG)).toHaveLength(1);
});

test('a brand renamed: a badge that said "Mentions your brand" no longer does, and a post gone is left alone', async () => {
  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
  const kept = addPost('1', 'Brewly refused my refund for a kettle that caught fire. Disgraceful.');
  const gone = addPost('2', 'Brewly support never answered my email about the lid.');
  await runOnPage(ctx, testAdapter());
  expect(await popoverText(kept)).toContain('Mentions your brand');
  await vi.waitFor(() => expect(gone.querySelector(BADGE_TAG)).not.toBeNull());
  gone.remove();
  const from = vi.mocked(sendMessage).mock.calls.length;

  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Kettlo'] });
  await vi.waitFor(() => expect(judgedSince(from)).toContain(kept.textContent));
  await vi.waitFor(async () => expect(await popoverText(kept)).not.toContain('Mentions your brand'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(judgedSince(from)).not.toContain(gone.textContent);
});

test('once the extension is stopped, a brand change reads nothing again', async () => {
  const before = addPost('1', 'Brewly refused my refund for a kettle that caught fire. Disgraceful.');
  await runOnPage(ctx, testAdapter());
  await vi.waitFor(() => expect(before.querySelector(BADGE_TAG)).not.toBeNull());
  ctx.abort();
  const from = vi.mocked(sendMessage).mock.calls.length;

  await brandProfile.setValue({ ...EMPTY_BRAND, names: ['Brewly'] });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(vi.mocked(sendMessage).mock.calls.slice(from)).toEqual([]);
  expect(before.querySelector(BADGE_TAG)).toBeNull();
});
