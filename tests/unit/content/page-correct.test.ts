// @vitest-environment happy-dom
// A correction on the page: the same text elsewhere on the page takes the new label at once (as it
// would after a reload), a badge the page drops and Firebreak puts back keeps it, and a post with
// no text is offered no correction (one could not be kept).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rulesFromCorrections } from '@/utils/analysis/corrections';
import { BADGE_TAG } from '@/utils/content/badge';
import { runOnPage } from '@/utils/content/page';
import { CORRECTED_ATTRIBUTE, SENTIMENT_ATTRIBUTE } from '@/utils/content/scanner';
import { sendMessage, type CorrectionMessage } from '@/utils/messaging';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { createJudgeService } from '@/utils/tracking/judge-service';
import { useEnglishMessages } from '../messages';
import { openPopover } from './popover';
import { testAdapter } from './test-adapter';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

const ANGRY = 'Worst service ever, I am furious and disgusted with this awful company.';
// The post's text is its `.text` child: other children (counts, a badge) are the page's furniture.
const adapter = testAdapter({ textOf: (post) => post.querySelector('.text')?.textContent ?? '' });

function addPost(id: string, text: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'post';
  element.setAttribute('data-id', id);
  const body = document.createElement('div');
  body.className = 'text';
  body.textContent = text;
  element.append(body);
  document.body.append(element);
  return element;
}

const badgeOf = (element: Element) => element.querySelector(BADGE_TAG);


async function correct(element: Element, label: string): Promise<Element> {
  const dialog = await openPopover(element);
  const select = dialog.querySelector('select')!;
  select.value = label;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  (dialog.querySelector('button.save') as HTMLButtonElement).click();
  await vi.waitFor(() => expect(dialog.querySelector('[role="status"]')?.textContent).toContain('Saved'));
  return dialog;
}

describe('runOnPage, a correction', () => {
  let ctx: ContentScriptContext;
  let saved: CorrectionMessage[];

  beforeEach(() => {
    useEnglishMessages();
    document.body.replaceChildren();
    saved = [];
    // The background keeps corrections, answers with the rules they make and judges posts with them, as it does.
    const judges = createJudgeService({ loadSettings: async () => ({ profile: EMPTY_BRAND, lexicon: {} }), loadRules: async () => rulesFromCorrections(saved) });
    vi.mocked(sendMessage).mockImplementation((async (type: string, data: unknown) => {
      if (type === 'content→background:analysisRules') return rulesFromCorrections(saved);
      if (type === 'content→background:judge') return judges.judge(data as string[]);
      if (type === 'content→background:correction') {
        saved.push(data as CorrectionMessage);
        judges.forget();
        return rulesFromCorrections(saved);
      }
      return type === 'content→background:openIncident' ? null : undefined;
    }) as unknown as typeof sendMessage);
    ctx = new ContentScriptContext('content');
  });
  afterEach(() => ctx.abort());

  test('re-labels the copies of the text already on the page at once; other posts keep theirs', async () => {
    const first = addPost('1', ANGRY);
    const copy = addPost('2', ANGRY);
    const other = addPost('3', 'Worst launch ever, I am furious.');
    await runOnPage(ctx, adapter);
    await vi.waitFor(() => {
      for (const element of [first, copy, other]) expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative');
    });

    await correct(first, 'neutral');
    expect(saved.map((c) => `${c.postId}:${c.label}`)).toEqual(['1:neutral']);
    expect(first.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
    expect(copy.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
    expect(badgeOf(copy)?.getAttribute('data-label')).toBe('neutral');
    expect(badgeOf(copy)?.shadowRoot?.querySelector('button.badge')?.textContent).toMatch(/^Neutral/);
    expect(badgeOf(copy)?.shadowRoot?.querySelector('button.badge')?.getAttribute('aria-label')).toContain('neutral sentiment');
    // Only the post the user corrected is marked so, as after a reload.
    expect(copy.hasAttribute(CORRECTED_ATTRIBUTE)).toBe(false);
    expect(other.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative');
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(3);
    // The corrected post's own popover stayed open through it.
    expect(badgeOf(first)?.shadowRoot?.querySelector('[role="dialog"]')).not.toBeNull();
  });

  test('a copy whose badge the page dropped gets it back with the new label, not the one it had', async () => {
    const first = addPost('1', ANGRY);
    const copy = addPost('2', ANGRY);
    await runOnPage(ctx, adapter);
    await vi.waitFor(() => expect(badgeOf(copy)).not.toBeNull());
    await correct(first, 'positive');
    // The page re-renders the copy: its badge goes, and something of the page's own changes in it.
    badgeOf(copy)!.remove();
    copy.append(document.createElement('span'));
    await vi.waitFor(() => expect(badgeOf(copy)).not.toBeNull());
    expect(badgeOf(copy)!.getAttribute('data-label')).toBe('positive');
    expect(copy.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('positive');
  });

  test('a post with no text offers none: its popover says why, and nothing is saved', async () => {
    const image = addPost('1', '');
    await runOnPage(ctx, adapter);
    const dialog = await openPopover(image);
    expect(dialog.querySelector('select')).toBeNull();
    expect(dialog.textContent).toContain('This post has no text to read; nothing to correct.');
    expect(dialog.querySelector('[role="status"]')?.textContent).toBe('');
    expect(saved).toEqual([]);
  });
});
