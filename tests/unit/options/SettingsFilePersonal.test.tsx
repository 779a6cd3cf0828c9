// @vitest-environment happy-dom
// A settings file is shared with a team: it must not carry one person's notification mute or snooze
// to everyone who imports it, and it must not leave the brand with nothing to listen for.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsFileSection } from '@/components/options/SettingsFileSection';
import { alerting, brandProfile, retentionDays } from '@/utils/settings';
import { download } from '@/utils/tracking/export';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages, chooseSettingsFile, importProblems } from './helpers';

vi.mock('@/utils/tracking/export', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/tracking/export')>()),
  download: vi.fn(),
}));

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };

const importFile = (root: HTMLElement, file: unknown, name = 'team.json') => chooseSettingsFile(root, JSON.stringify(file), name);

const problems = importProblems;
const everything = async () => fakeBrowser.storage.local.get(null);

beforeEach(async () => {
  useEnglishMessages();
  vi.mocked(download).mockClear();
  await brandProfile.setValue(BRAND);
  await retentionDays.setValue(45);
});
afterEach(unmountAll);

describe('notification mute and snooze are personal', () => {
  test('an import leaves them as they are, and says so before anything is replaced', async () => {
    const root = await mount(<SettingsFileSection />);
    await importFile(root, { version: 1, retentionDays: 90, alerting: { muted: true, snoozedUntil: Number.MAX_SAFE_INTEGER } });
    const confirm = root.querySelector('.confirm')!;
    expect(Array.from(confirm.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['Retention — now: 45 days; from the file: 90 days']);
    expect(confirm.textContent).toContain("The file also holds someone's notification mute or snooze. That is not imported: yours stays as it is");
    await click(buttonNamed(confirm, 'Replace these settings'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('✓ Imported: Retention.');
    expect(await retentionDays.getValue()).toBe(90);
    expect(await alerting.getValue()).toEqual({ snoozedUntil: 0, muted: false });
  });

  test('a file with nothing else is refused with what to do instead', async () => {
    const before = await everything();
    const root = await mount(<SettingsFileSection />);
    await importFile(root, { version: 1, alerting: { muted: true } });
    expect(problems(root)).toEqual([
      "The file: The file holds only a notification mute or snooze, which is each person's own and never imported. Set yours under Desktop notifications.",
    ]);
    expect(root.querySelector('.confirm')).toBeNull();
    expect(await everything()).toEqual(before);
  });

  test('an export does not carry them', async () => {
    await alerting.setValue({ snoozedUntil: Date.now() + 3_600_000, muted: true });
    const root = await mount(<SettingsFileSection />);
    await click(buttonNamed(root, 'Export all settings'));
    const [, text] = vi.mocked(download).mock.calls[0]!;
    expect(Object.keys(JSON.parse(text) as object)).not.toContain('alerting');
    expect(text).not.toContain('muted');
    expect(text).not.toContain('snoozedUntil');
    expect(root.textContent).toContain("Desktop notification mute and snooze are not in the file either: they are each person's own.");
  });
});

describe('a brand with nothing to listen for', () => {
  test.each([
    ['an empty brand', {}],
    ['empty lists', { names: [], handles: [], hashtags: [], products: [] }],
    ['exclusions only', { exclusions: ['apple pie'] }],
  ])('%s is refused, the current brand kept, and the message says what to do', async (_name, brand) => {
    const before = await everything();
    const root = await mount(<SettingsFileSection />);
    await importFile(root, { version: 1, brand, retentionDays: 90 });
    expect(problems(root)).toEqual([
      'Your brand (in the file: brand): This brand has no names, handles, hashtags or products, so Firebreak would stop listening. Add at least one (for example "names": ["Brewly"]), or delete "brand" from the file to keep your current brand.',
    ]);
    expect(root.querySelector('.confirm')).toBeNull();
    expect(await everything()).toEqual(before);
    expect(await brandProfile.getValue()).toEqual(BRAND);
  });

  test('a brand with a single hashtag is enough', async () => {
    const root = await mount(<SettingsFileSection />);
    await importFile(root, { version: 1, brand: { hashtags: ['#Brewly'] } });
    await click(buttonNamed(root, 'Replace these settings'));
    expect(await brandProfile.getValue()).toEqual({ names: [], handles: [], hashtags: ['#Brewly'], products: [], exclusions: [] });
  });
});
