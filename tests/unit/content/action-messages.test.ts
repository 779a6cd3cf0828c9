// @vitest-environment happy-dom
// The badge's "What to do:" line comes from the locale file (action.* and duration.* in
// assets/locales/en.yml): the page passes the locale's words into the pure suggestedAction, whose
// English default (benchmarks, unit tests) says exactly what en.yml says.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SIGNAL_CODES, type Analysis, type SignalCode } from '@/utils/analysis';
import { BADGE_TAG } from '@/utils/content/badge';
import { runOnPage } from '@/utils/content/page';
import { sendMessage } from '@/utils/messaging';
import { localeActionMessages, localeDurationMessages, rememberedMessages } from '@/utils/plan/action-messages';
import { ENGLISH_ACTION_MESSAGES, formatDuration, suggestedAction, type ActionContext } from '@/utils/plan/actions';
import { brandProfile, crisisPlan } from '@/utils/settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pseudo, useEnglishMessages, usePseudoMessages } from '../messages';
import { testAdapter } from './test-adapter';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

const MINUTES = [0, 0.4, 1, 1.4, 2, 15, 45, 59.4, 59.6, 60, 61, 66, 90, 119, 120, 600, 1410, 1439, 1440, 1441, 1500, 1501, 2880, 2940, 4327, 10_080, 43_201];

const verdict = (label: Analysis['label'], signals: SignalCode[], notEnglish = false): Analysis => ({
  label,
  score: 0,
  intensity: 0.5,
  confidence: 0.8,
  signals,
  reasons: [],
  ...(notEnglish ? { notEnglish } : {}),
});

/** Every branch of suggestedAction: labels, each signal alone, brand or not, own post or not, read or not. */
const CASES: Array<[Analysis, ActionContext]> = [];
for (const label of ['negative', 'mixed', 'neutral', 'positive'] as const) {
  for (const signals of [[], ...SIGNAL_CODES.map((code) => [code])]) {
    for (const mentionsBrand of [true, false]) {
      for (const ownPost of [true, false]) {
        for (const notEnglish of [true, false]) {
          for (const responseTargetMinutes of [1, 60, 90, 1440, 4327]) CASES.push([verdict(label, signals, notEnglish), { mentionsBrand, ownPost, responseTargetMinutes }]);
        }
      }
    }
  }
}

describe('en.yml says exactly what the English default says', () => {
  test('durations', () => {
    useEnglishMessages();
    for (const minutes of MINUTES) expect(formatDuration(minutes, localeDurationMessages)).toBe(formatDuration(minutes));
    expect(formatDuration(1501, localeDurationMessages)).toBe('1 day 1 hour 1 minute');
    expect(formatDuration(90, localeDurationMessages)).toBe('1 hour 30 minutes');
  });

  test('every suggested action', () => {
    useEnglishMessages();
    const kinds = new Set<string>();
    for (const [analysis, context] of CASES) {
      const action = suggestedAction(analysis, context, localeActionMessages);
      expect(action).toEqual(suggestedAction(analysis, context));
      kinds.add(action.kind);
    }
    expect([...kinds].sort()).toEqual(['escalate', 'none', 'reply', 'reply-dm', 'thank']);
    const texts = new Set(CASES.map(([analysis, context]) => suggestedAction(analysis, context, localeActionMessages).text));
    for (const english of [
      ENGLISH_ACTION_MESSAGES.ownPost(),
      ENGLISH_ACTION_MESSAGES.escalate('1 hour'),
      ENGLISH_ACTION_MESSAGES.replyPrivately('1 hour 30 minutes'),
      ENGLISH_ACTION_MESSAGES.reply('1 day'),
      ENGLISH_ACTION_MESSAGES.readItYourself('3 days 7 minutes'),
      ENGLISH_ACTION_MESSAGES.thank(),
      ENGLISH_ACTION_MESSAGES.none(),
    ]) {
      expect(texts).toContain(english);
    }
  });
});

describe('a page asks the browser once per message', () => {
  test('the same texts as the locale, each looked up once however many posts ask', () => {
    useEnglishMessages();
    const remembered = rememberedMessages(localeActionMessages);
    const lookups = vi.mocked(fakeBrowser.i18n.getMessage);
    for (const [analysis, context] of CASES) expect(suggestedAction(analysis, context, remembered).text).toBe(suggestedAction(analysis, context).text);
    const distinct = new Set(lookups.mock.calls.map((call) => JSON.stringify(call))).size;
    expect(lookups.mock.calls.length).toBe(distinct);
    lookups.mockClear();
    for (const [analysis, context] of CASES) suggestedAction(analysis, context, remembered);
    expect(lookups).not.toHaveBeenCalled();
    // A post needing no answer does not word the response target at all.
    suggestedAction(verdict('neutral', []), { mentionsBrand: false, responseTargetMinutes: 7 }, localeActionMessages);
    expect(lookups.mock.calls.map(([name]) => name)).toEqual(['action_none']);
  });
});

describe('every word is the locale file’s (pseudo-locale)', () => {
  test('no Latin letter in any suggested action or duration', () => {
    usePseudoMessages();
    for (const [analysis, context] of CASES) expect(suggestedAction(analysis, context, localeActionMessages).text).not.toMatch(/[A-Za-z]/);
    for (const minutes of MINUTES) expect(formatDuration(minutes, localeDurationMessages)).not.toMatch(/[A-Za-z]/);
  });

  describe('the badge on a page', () => {
    let ctx: ContentScriptContext;
    beforeEach(async () => {
      usePseudoMessages();
      document.body.replaceChildren();
      fakeBrowser.reset();
      await brandProfile.setValue({ names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] });
      await crisisPlan.setValue({ ...(await crisisPlan.getValue()), responseTargetMinutes: 90 });
      vi.mocked(sendMessage).mockImplementation((async (type: string) => {
        if (type === 'content→background:analysisRules') return { overrides: {}, lexicon: {} };
        return type === 'content→background:openIncident' ? null : undefined;
      }) as unknown as typeof sendMessage);
      ctx = new ContentScriptContext('content');
    });
    afterEach(() => ctx.abort());

    test('“What to do:” and the action after it, the plan’s response target in the locale’s words', async () => {
      const post = document.createElement('div');
      post.className = 'post';
      post.setAttribute('data-id', '1');
      post.setAttribute('data-author', '@kit_w');
      post.textContent = 'Brewly refused my refund, worst service ever';
      document.body.append(post);
      await runOnPage(ctx, testAdapter());
      const host = await vi.waitFor(() => {
        const badge = post.querySelector(BADGE_TAG);
        expect(badge).not.toBeNull();
        return badge!;
      });
      (host.shadowRoot!.querySelector('button.badge') as HTMLButtonElement).click();
      const action = await vi.waitFor(() => {
        const line = host.shadowRoot!.querySelector('[role="dialog"] .action');
        expect(line).not.toBeNull();
        return line!;
      });
      const english = suggestedAction(verdict('negative', ['complaint:service']), { mentionsBrand: true, responseTargetMinutes: 90 }).text;
      expect(english).toBe('Reply within 1 hour 30 minutes: acknowledge the problem, apologise where it is right, and offer to continue in a private message.');
      expect(action.textContent).toBe(`${pseudo('What to do: ')}${pseudo(english)}`);
    });
  });
});
