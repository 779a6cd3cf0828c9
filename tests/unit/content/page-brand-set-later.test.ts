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
import { compileBrandMatcher, EMPTY_BRAND } from '@/utils/tracking/brand';
import { judgeText } from '@/utils/tracking/verdict';
import { useEnglishMessages } from '../options/helpers';
import { addPost, testAdapter } from './test-adapter';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

const RULES = { overrides: {}, lexicon: {} };
let ctx: ContentScriptContext;

beforeEach(async () => {
  useEnglishMessages();
  document.body.replaceChildren();
  await brandProfile.setValue(EMPTY_BRAND);
  // The worker judges with the brand as it is stored now, as judge-service does.
  vi.mocked(sendMessage).mockImplementation((async (type: string, data: unknown) => {
    if (type === 'content→background:analysisRules') return RULES;
    if (type === 'content→background:judge') {
      const matcher = compileBrandMatcher(await brandProfile.getValue());
      return (data as string[]).map((text) => judgeText(text, RULES, matcher));
    }
    return type === 'content→background:openIncident' ? null : undefined;
  }) as unknown as typeof sendMessage);
  ctx = new ContentScriptContext('content');
});
afterEach(() => ctx.abort());

async function popoverText(element: HTMLElement): Promise<string> {
  const host = await vi.waitFor(() => {
    const badge = element.querySelector(BADGE_TAG);
    expect(badge).not.toBeNull();
    return badge!;
  });
  (host.shadowRoot!.querySelector('button.badge') as HTMLButtonElement).click();
  return vi.waitFor(() => {
    const dialog = host.shadowRoot!.querySelector('[role="dialog"]');
    expect(dialog).not.toBeNull();
    return dialog!.textContent ?? '';
  });
}

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
