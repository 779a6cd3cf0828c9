// The service worker's half of reading posts: verdicts for the texts a page sends, with the rules
// and the brand read from storage once and read again when they change.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { analyze, type BrandRules } from '@/utils/analysis';
import { rulesFromCorrections } from '@/utils/analysis/corrections';
import { compileBrandMatcher, EMPTY_BRAND, type BrandProfile } from '@/utils/tracking/brand';
import { createJudgeService } from '@/utils/tracking/judge-service';
import { isVerdictList, judgeText, MAX_JUDGED_PER_MESSAGE } from '@/utils/tracking/verdict';

const BREWLY: BrandProfile = { ...EMPTY_BRAND, names: ['Brewly'] };
const ANGRY = 'Brewly lost my order again and nobody answers, furious';

function service(initial: { rules?: BrandRules; profile?: BrandProfile } = {}) {
  const state = { rules: initial.rules ?? { overrides: {}, lexicon: {} }, profile: initial.profile ?? BREWLY };
  const loadRules = vi.fn(async () => state.rules);
  const loadProfile = vi.fn(async () => state.profile);
  return { state, loadRules, loadProfile, judges: createJudgeService({ loadRules, loadProfile }) };
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

  test('reads the rules and the brand once for many messages, and again after forget()', async () => {
    const { judges, state, loadRules, loadProfile } = service();
    await Promise.all([judges.judge([ANGRY]), judges.judge([ANGRY])]);
    await judges.judge([ANGRY]);
    expect(loadRules).toHaveBeenCalledTimes(1);
    expect(loadProfile).toHaveBeenCalledTimes(1);

    // The user corrects the post to neutral, and renames the brand: the worker forgets what it read.
    state.rules = rulesFromCorrections([{ text: ANGRY, label: 'neutral' }]);
    state.profile = { ...EMPTY_BRAND, names: ['KettleCo'] };
    expect((await judges.judge([ANGRY]))[0]!.analysis.label).toBe('negative');
    judges.forget();
    const [after] = await judges.judge([ANGRY]);
    expect(after!.analysis.label).toBe('neutral');
    expect(after!.brandHits).toEqual([]);
    expect(loadRules).toHaveBeenCalledTimes(2);
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
