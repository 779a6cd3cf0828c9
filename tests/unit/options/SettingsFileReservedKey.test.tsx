// @vitest-environment happy-dom
// "__proto__" in a settings file. As a key (a lexicon word, or any field name) a JavaScript object cannot
// hold it as an entry, and it used to vanish without a word: it is refused by name, nothing changes, and
// nothing reaches Object.prototype. As a word in the brand's lists it is a plain string, and is kept.
// The files are written as JSON text: a JavaScript literal { __proto__: … } would not hold the key at all.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importSections, SettingsFileSection } from '@/components/options/SettingsFileSection';
import { parseSettingsFile, reservedKeyPaths, SCHEMA_MESSAGES } from '@/utils/plan';
import { brandLexicon, brandProfile, retentionDays } from '@/utils/settings';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages, chooseSettingsFile, importProblems } from './helpers';

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };
const REFUSED = SCHEMA_MESSAGES.reservedKey;

const importText = (root: HTMLElement, json: string, name = 'team.json') => chooseSettingsFile(root, json, name);

const problems = importProblems;
const everything = async () => fakeBrowser.storage.local.get(null);
const polluted = () => Object.keys(Object.prototype).length > 0 || 'polluted' in {};

beforeEach(async () => {
  useEnglishMessages();
  await brandProfile.setValue(BRAND);
  await brandLexicon.setValue({ refund: -2 });
  await retentionDays.setValue(45);
});
afterEach(unmountAll);

describe('"__proto__" as a key is refused by name, and nothing changes', () => {
  test('a lexicon word: the import names it and where it is, and applies nothing', async () => {
    const before = await everything();
    const root = await mount(<SettingsFileSection />);
    await importText(root, '{"version": 1, "retentionDays": 90, "lexicon": {"killer deal": "ignore", "__proto__": 2}}');
    expect(problems(root)).toEqual([`Brand words (learned from corrections) › “__proto__” (in the file: lexicon.__proto__): ${REFUSED}`]);
    expect(problems(root)[0]).toContain('"__proto__"');
    expect(root.querySelector('.confirm')).toBeNull();
    expect(await everything()).toEqual(before);
  });

  test('a word that is "__proto__" once trimmed is refused the same way', () => {
    const parsed = parseSettingsFile('{"version": 1, "lexicon": {" __proto__ ": -1}}', importSections());
    expect(parsed).toEqual({ ok: false, errors: [{ path: 'lexicon[" __proto__ "]', message: REFUSED }] });
  });

  test('an object under "__proto__" cannot reach Object.prototype', () => {
    const parsed = parseSettingsFile('{"version": 1, "lexicon": {"__proto__": {"polluted": true}}}', importSections());
    expect(parsed).toEqual({ ok: false, errors: [{ path: 'lexicon.__proto__', message: REFUSED }] });
    expect(polluted()).toBe(false);
  });

  test('every other problem is still listed, and a strict section’s unknown key is named once', () => {
    const parsed = parseSettingsFile(
      '{"version": 1, "retentionDays": 0, "display": {"platforms": {"__proto__": false}}, "brand": {"names": ["Brewly"], "__proto__": {"names": []}}}',
      importSections(),
    );
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { path: 'display.platforms.__proto__', message: REFUSED },
      { path: 'brand.__proto__', message: REFUSED },
      { path: 'retentionDays', message: 'Enter a whole number of days from 1 to 365.' },
    ]);
    expect(polluted()).toBe(false);
  });

  test('the plan file reader (loose sections) refuses it too', () => {
    const parsed = parseSettingsFile('{"version": 1, "lexicon": {"__proto__": 1}}');
    expect(parsed).toEqual({ ok: false, errors: [{ path: 'lexicon.__proto__', message: REFUSED }] });
  });
});

describe('"__proto__" as a word in the brand’s lists is an ordinary word', () => {
  test('imported and stored as written', async () => {
    const root = await mount(<SettingsFileSection />);
    // An exclusion of "__proto__" itself would remove the name "__proto__", which the import refuses as the form does.
    const brand = { names: ['Brewly', '__proto__'], handles: ['@__proto__'], hashtags: ['__proto__'], products: ['__proto__'], exclusions: ['__proto__ pie'] };
    await importText(root, JSON.stringify({ version: 1, brand }));
    expect(problems(root)).toEqual([]);
    await click(buttonNamed(root.querySelector('.confirm')!, 'Replace these settings'));
    expect(await brandProfile.getValue()).toEqual(brand);
    expect(polluted()).toBe(false);
  });
});

describe('reservedKeyPaths', () => {
  test.each([
    ['{"a": [{"b": {"__proto__": 1}}], "__proto__": null}', [['a', 0, 'b', '__proto__'], ['__proto__']]],
    ['{"names": ["__proto__"], "constructor": 1, "prototype": {}}', []],
    ['["__proto__", {"x": "__proto__"}]', []],
  ])('%s', (json, paths) => {
    expect(reservedKeyPaths(JSON.parse(json))).toEqual(paths);
  });

  test('deep nesting does not overflow the stack', () => {
    let deep: unknown = JSON.parse('{"__proto__": 1}');
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(reservedKeyPaths(deep)).toHaveLength(1);
  });
});
