// The service worker's half of reading posts: verdicts for the texts a page sends, with the rules
// and the brand made once and made again when what is stored changes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { analyze, type BrandRules, type LexiconRule } from '@/utils/analysis';
import { rulesFromCorrections } from '@/utils/analysis/corrections';
import { compileBrandMatcher, EMPTY_BRAND, type BrandProfile } from '@/utils/tracking/brand';
import { createJudgeService, type JudgeSettings } from '@/utils/tracking/judge-service';
import { isVerdictList, judgeText, MAX_JUDGED_PER_MESSAGE } from '@/utils/tracking/verdict';

const BREWLY: BrandProfile = { ...EMPTY_BRAND, names: ['Brewly'] };
const ANGRY = 'Brewly lost my order again and nobody answers, furious';

function service(initial: { corrections?: BrandRules; profile?: BrandProfile; lexicon?: Record<string, LexiconRule> } = {}) {
  const state = { corrections: initial.corrections ?? { overrides: {}, lexicon: {} }, profile: initial.profile ?? BREWLY, lexicon: initial.lexicon ?? {} };
  // What storage holds, read afresh each time (as storage hands out a new copy of each value).
  const loadSettings = vi.fn(async () => structuredClone({ profile: state.profile, lexicon: state.lexicon }));
  // The corrections' rules with the user's lexicon, as analysisRules makes them.
  const loadRules = vi.fn(async ({ lexicon }: JudgeSettings): Promise<BrandRules> => ({ ...state.corrections, lexicon: { ...lexicon, ...state.corrections.lexicon } }));
  return { state, loadSettings, loadRules, judges: createJudgeService({ loadSettings, loadRules }) };
}

describe('createJudgeService', () => {
  test('gives the same verdict the page would, for each text in order, with the brand named', async () => {
    const { judges } = service();
    const texts = [ANGRY, 'Lovely morning with friends', ''];
    const verdicts = await judges.judge(texts);
    expect(verdicts).toEqual(texts.map((text) => judgeText(text, { overrides: {}, lexicon: {} }, compileBrandMatcher(BREWLY))));
    expect(verdicts[0]!.analysis.label).toBe('negative');
    expect(verdicts[0]!.brandHits.map((hit) => hit.term)).toEqual(['Brewly']);
    expect(verdicts[1]!.brandHits).toEqual([]);
  });

  test('makes the rules once for many messages while the brand and the lexicon stay as they are, and again after forget()', async () => {
    const { judges, state, loadSettings, loadRules } = service();
    await Promise.all([judges.judge([ANGRY]), judges.judge([ANGRY])]);
    await judges.judge([ANGRY]);
    expect(loadRules).toHaveBeenCalledTimes(1);
    // The stored settings are looked at for each message.
    expect(loadSettings).toHaveBeenCalledTimes(3);

    // The user corrects the post to neutral (the worker saves it, and forgets what it read).
    state.corrections = rulesFromCorrections([{ text: ANGRY, label: 'neutral' }]);
    expect((await judges.judge([ANGRY]))[0]!.analysis.label).toBe('negative');
    judges.forget();
    expect((await judges.judge([ANGRY]))[0]!.analysis.label).toBe('neutral');
    expect(loadRules).toHaveBeenCalledTimes(2);
  });

  test('a brand or a lexicon saved is used by the next message, without forget() (the worker hears of a save only later)', async () => {
    const { judges, state, loadRules } = service({ lexicon: { furious: -3 } });
    expect((await judges.judge([ANGRY]))[0]!.brandHits.map((hit) => hit.term)).toEqual(['Brewly']);

    state.profile = { ...EMPTY_BRAND, names: ['KettleCo'] };
    const [renamed] = await judges.judge([ANGRY, 'KettleCo is great']);
    expect(renamed!.brandHits).toEqual([]);
    expect(loadRules).toHaveBeenCalledTimes(2);

    state.lexicon = { furious: 'ignore', lost: 'ignore', again: 'ignore', nobody: 'ignore', answers: 'ignore' };
    const [relexed] = await judges.judge([ANGRY]);
    expect(relexed).toEqual(judgeText(ANGRY, { overrides: {}, lexicon: state.lexicon }, compileBrandMatcher(state.profile)));
    expect(loadRules).toHaveBeenCalledTimes(3);

    // Back to what it was: made again from what is stored, not from an older copy.
    state.profile = BREWLY;
    expect((await judges.judge([ANGRY]))[0]!.brandHits.map((hit) => hit.term)).toEqual(['Brewly']);
  });

  test('any one brand term or lexicon entry changed is seen by the next message, however large the lexicon', async () => {
    const large: Record<string, LexiconRule> = {};
    for (let i = 0; i < 2_000; i++) large[`term${i}`] = (i % 9) - 4;
    const { judges, state, loadRules } = service({ lexicon: { ...large, furious: -3 } });
    const label = async () => (await judges.judge([ANGRY]))[0]!.analysis.label;
    const hits = async () => (await judges.judge([ANGRY]))[0]!.brandHits.map((hit) => hit.term);
    expect(await label()).toBe('negative');
    expect(loadRules).toHaveBeenCalledTimes(1);
    // Nothing changed (a new copy, as storage gives): made once.
    expect(await label()).toBe('negative');
    expect(loadRules).toHaveBeenCalledTimes(1);

    // One entry's value, the same terms otherwise: the words that make the post negative held neutral.
    state.lexicon = { ...large, furious: 'ignore', lost: 'ignore', nobody: 'ignore' };
    expect(await label()).toBe(judgeText(ANGRY, { overrides: {}, lexicon: state.lexicon }, compileBrandMatcher(BREWLY)).analysis.label);
    expect(loadRules).toHaveBeenCalledTimes(2);
    // The last entry of the lexicon alone.
    state.lexicon = { ...state.lexicon, term1999: 4 };
    await label();
    expect(loadRules).toHaveBeenCalledTimes(3);
    expect(loadRules.mock.lastCall![0].lexicon).toEqual(state.lexicon);
    // One term taken out and another put in: as many entries as before.
    const { term0: _dropped, ...rest } = state.lexicon;
    state.lexicon = { ...rest, answers: -2 };
    await label();
    expect(loadRules).toHaveBeenCalledTimes(4);
    expect(loadRules.mock.lastCall![0].lexicon).toEqual(state.lexicon);

    // One brand name spelled otherwise, as many names as before.
    state.profile = { ...BREWLY, names: ['Brewlie'] };
    expect(await hits()).toEqual([]);
    // A term moved from one list to another.
    state.profile = { ...EMPTY_BRAND, products: ['Brewly'] };
    expect(await hits()).toEqual(['Brewly']);
    expect(loadRules).toHaveBeenCalledTimes(6);
    expect(loadRules.mock.lastCall![0].profile).toEqual(state.profile);
    // And nothing changed again: made no more.
    await hits();
    expect(loadRules).toHaveBeenCalledTimes(6);
  });

  test('a failed read is not kept: the next message reads again', async () => {
    const { judges, loadRules } = service();
    loadRules.mockRejectedValueOnce(new Error('database closed'));
    await expect(judges.judge([ANGRY])).rejects.toThrow('database closed');
    expect((await judges.judge([ANGRY]))[0]!.analysis.label).toBe('negative');
    expect(loadRules).toHaveBeenCalledTimes(2);
  });

  test('a message with too many texts is refused, saying how many it may hold; a text that is no string reads as empty', async () => {
    const { judges } = service();
    await expect(judges.judge(Array.from({ length: MAX_JUDGED_PER_MESSAGE + 1 }, () => 'x'))).rejects.toThrow(String(MAX_JUDGED_PER_MESSAGE));
    const [odd] = await judges.judge([42 as unknown as string]);
    expect(odd!.analysis.label).toBe('neutral');
  });

  test('verdicts come through the extension messaging unchanged (it sends them as JSON)', async () => {
    // Tweets shipped for training (label<TAB>text): scores of every sign, reasons, signals.
    const texts = readFileSync(resolve('tests/scripts/training-data/tweets.tsv'), 'utf8')
      .split('\n')
      .map((line) => line.split('\t')[1] ?? '')
      .filter(Boolean)
      .slice(0, MAX_JUDGED_PER_MESSAGE);
    expect(texts).toHaveLength(MAX_JUDGED_PER_MESSAGE);
    const { judges } = service();
    const verdicts = await judges.judge(texts);
    const sent: unknown = JSON.parse(JSON.stringify(verdicts));
    expect(sent).toEqual(verdicts);
    expect(isVerdictList(sent, texts.length)).toBe(true);
    // Every analysis as the analyser gives it (towardBrand changes only mixed posts naming the brand).
    expect(verdicts.filter((verdict, i) => verdict.analysis.label !== analyze(texts[i]!).label).length).toBeLessThan(texts.length / 50);
  });

  test('isVerdictList refuses an answer that is not one verdict per text', () => {
    const verdict = judgeText('fine', { overrides: {}, lexicon: {} }, () => []);
    expect(isVerdictList([verdict], 1)).toBe(true);
    expect(isVerdictList([verdict], 2)).toBe(false);
    expect(isVerdictList(undefined, 0)).toBe(false);
    expect(isVerdictList([{ analysis: {} , brandHits: [] }], 1)).toBe(false);
    expect(isVerdictList([null], 1)).toBe(false);
  });
});
