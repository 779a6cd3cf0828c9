// @vitest-environment happy-dom
// QA's import files (huge numbers, a 300-character brand name, broken JSON, a 200-character plan title):
// each problem once, where it is by the labels the options page shows, and what to do; nothing changes.
// And the question before an import sets the brand here against the file's.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsFileSection } from '@/components/options/SettingsFileSection';
import { createDefaultPlan } from '@/utils/plan';
import { brandProfile, crisisPlan, retentionDays, spikeThresholds } from '@/utils/settings';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages, chooseSettingsFile, importProblems } from './helpers';
import { HUGE_NUMBERS_FILE, HUGE_NUMBERS_PROBLEMS } from '../../fixtures/settings-files';

const BRAND = { names: ['Brewly', 'Brewly Coffee'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };

const importText = chooseSettingsFile;

const problems = importProblems;
const everything = async () => fakeBrowser.storage.local.get(null);

beforeEach(async () => {
  useEnglishMessages();
  await crisisPlan.setValue(createDefaultPlan());
  await brandProfile.setValue(BRAND);
  await spikeThresholds.setValue({ ...PRESET_THRESHOLDS.strict });
  await retentionDays.setValue(45);
});
afterEach(unmountAll);

describe('import errors a social media manager can act on', () => {
  test('huge numbers: each problem once, by the field labels of the page, none for a value the file does not hold', async () => {
    const before = await everything();
    const root = await mount(<SettingsFileSection />);
    await importText(root, HUGE_NUMBERS_FILE);
    expect(problems(root)).toEqual(HUGE_NUMBERS_PROBLEMS);
    expect(root.querySelector('.confirm')).toBeNull();
    expect(await everything()).toEqual(before);
  });

  test('a watch value above the crisis value the preset fills in is said about the watch value, with what to add', async () => {
    const before = await everything();
    const root = await mount(<SettingsFileSection />);
    await importText(root, '{"version": 1, "thresholds": {"watchMultiple": 10}}');
    expect(problems(root)).toEqual([
      'Alert thresholds › Watch at volume × normal (in the file: thresholds.watchMultiple): This is 10 in the file, but the file has no “Crisis at volume × normal”, so that would be the Balanced preset’s 4.5, which is lower. Add "crisisMultiple" with a value of at least 10 to the file’s "thresholds", or lower this one.',
    ]);
    expect(await everything()).toEqual(before);
  });

  test('a 300-character brand name: "too long" in characters, with the list it is in', async () => {
    const before = await everything();
    const root = await mount(<SettingsFileSection />);
    await importText(root, JSON.stringify({ version: 1, brand: { names: ['B'.repeat(300)] } }));
    expect(problems(root)).toEqual([
      'Your brand › Brand names › item 1 (in the file: brand.names[0]): Too long: 300 characters, and at most 200 fit. Shorten it.',
    ]);
    expect(await everything()).toEqual(before);
  });

  test('a 200-character plan title: "too long" in characters', async () => {
    const before = await everything();
    const plan = createDefaultPlan();
    plan.roles[0] = { ...plan.roles[0]!, title: 'T'.repeat(200) };
    const root = await mount(<SettingsFileSection />);
    await importText(root, JSON.stringify({ version: 1, plan }));
    expect(problems(root)).toEqual([
      'Crisis plan › Role 1 › title (in the file: plan.roles[0].title): Too long: 200 characters, and at most 120 fit. Shorten it.',
    ]);
    expect(await everything()).toEqual(before);
  });

  test('invalid JSON: the line and column once, plainly, and what to do', async () => {
    const before = await everything();
    const root = await mount(<SettingsFileSection />);
    await importText(root, '{"version": 1, "brand": }', 'edited.json');
    expect(problems(root)).toEqual([
      'The file: Not valid JSON at line 1, column 25: a value is missing or not written as JSON there (text needs "double quotes"). Was the file edited by hand? Fix that spot in a text editor, or export the file again from Firebreak.',
    ]);
    expect(await everything()).toEqual(before);
  });
});

describe('the import question sets what is here against what the file brings', () => {
  test('brand names now and from the file, and the other brand lists that differ', async () => {
    const root = await mount(<SettingsFileSection />);
    await importText(root, JSON.stringify({ version: 1, brand: { names: ['Kettle Co'], handles: ['@brewly'], hashtags: ['#KettleCo'] } }), 'team.json');
    const question = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
    expect(Array.from(question.querySelectorAll('li li')).map((li) => li.textContent)).toEqual([
      'Brand names — now: Brewly, Brewly Coffee; from the file: Kettle Co',
      'Hashtags — now: none; from the file: #KettleCo',
    ]);
    // Nothing is replaced before the answer.
    expect(await brandProfile.getValue()).toEqual(BRAND);
    await click(buttonNamed(question, 'Cancel'));
    expect(await brandProfile.getValue()).toEqual(BRAND);
  });

  test('a brand the same as this one says so; a long list is cut short with how many more', async () => {
    const root = await mount(<SettingsFileSection />);
    await importText(root, JSON.stringify({ version: 1, brand: BRAND }));
    expect(Array.from(root.querySelectorAll('[role="alertdialog"] li')).map((li) => li.textContent)).toEqual(['Your brand (the same as now)']);
    await click(buttonNamed(root, 'Cancel'));
    const names = Array.from({ length: 10 }, (_, index) => `Name ${index + 1}`);
    await importText(root, JSON.stringify({ version: 1, brand: { ...BRAND, names } }));
    expect(Array.from(root.querySelectorAll('[role="alertdialog"] li li')).map((li) => li.textContent)).toEqual([
      'Brand names — now: Brewly, Brewly Coffee; from the file: Name 1, Name 2, Name 3, Name 4, Name 5, Name 6, Name 7, Name 8 and 2 more',
    ]);
  });
});
