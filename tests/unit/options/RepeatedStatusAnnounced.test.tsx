// @vitest-environment happy-dom
// QA: a status line is a polite live region, heard when its words change. The same outcome twice in a
// row ("✓ Saved." after saving a section again, "✓ Downloaded firebreak-settings-<date>.json." after
// exporting twice the same day, "✓ Saved." after adding a Mastodon instance and then removing one) left
// the words as they were, and a screen-reader user heard nothing the second time. The line must empty
// first, then hold the same words again.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BrandSection } from '@/components/options/BrandSection';
import { InstancesSection } from '@/components/options/InstancesSection';
import { SettingsFileSection } from '@/components/options/SettingsFileSection';
import { brandProfile, mastodonHosts } from '@/utils/settings';
import { buttonNamed, click, mount, settle, type, unmountAll, useEnglishMessages } from './helpers';

vi.mock('@/utils/tracking/export', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/tracking/export')>()),
  download: vi.fn(),
}));

beforeEach(async () => {
  useEnglishMessages();
  fakeBrowser.permissions.request = vi.fn(async () => true) as unknown as typeof fakeBrowser.permissions.request;
  fakeBrowser.permissions.remove = vi.fn(async () => true) as unknown as typeof fakeBrowser.permissions.remove;
  fakeBrowser.runtime.getManifest = (() => ({ manifest_version: 3, name: 'Firebreak', version: '0.0.0', host_permissions: [] })) as unknown as typeof fakeBrowser.runtime.getManifest;
  await brandProfile.setValue({ names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] });
  await mastodonHosts.setValue([]);
});
afterEach(unmountAll);

/** Runs `act` while recording every text the line holds; then waits until it holds words again. */
async function textsDuring(line: Element, act: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(line.textContent ?? ''));
  observer.observe(line, { childList: true, subtree: true, characterData: true });
  await act();
  await vi.waitFor(() => expect(line.textContent).not.toBe(''));
  await settle();
  observer.disconnect();
  return seen;
}

test('saving a section again empties its status line, then says "Saved." again', async () => {
  const root = await mount(<BrandSection />);
  const line = root.querySelector('[role="status"]')!;
  await click(buttonNamed(root, 'Save brand'));
  expect(line.textContent).toBe('✓ Saved.');

  const seen = await textsDuring(line, () => click(buttonNamed(root, 'Save brand')));
  expect(seen).toContain('');
  expect(line.textContent).toBe('✓ Saved.');
});

test('exporting the settings twice the same day says "Downloaded …" again', async () => {
  const root = await mount(<SettingsFileSection />);
  const line = root.querySelector('[role="status"]')!;
  await click(buttonNamed(root, 'Export all settings'));
  const first = line.textContent;
  expect(first).toMatch(/^✓ Downloaded firebreak-settings-\d{4}-\d{2}-\d{2}\.json\.$/);

  const seen = await textsDuring(line, () => click(buttonNamed(root, 'Export all settings')));
  expect(seen).toContain('');
  expect(line.textContent).toBe(first);
});

test('a Mastodon instance added, then one removed: the second "Saved." is heard too', async () => {
  const root = await mount(<InstancesSection />);
  const line = root.querySelector('[role="status"]')!;
  await type(root.querySelector<HTMLInputElement>('input[name="instance"]')!, 'social.example.org');
  await act(() => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
  expect(line.textContent).toBe('✓ Saved.');

  const seen = await textsDuring(line, () => click(buttonNamed(root, /social\.example\.org/)));
  expect(await mastodonHosts.getValue()).toEqual([]);
  expect(seen).toContain('');
  expect(line.textContent).toBe('✓ Saved.');
});

test('a status that stays (typing after "Saved." says "Unsaved changes") is not emptied on every keystroke', async () => {
  const root = await mount(<BrandSection />);
  const line = root.querySelector('[role="status"]')!;
  const names = root.querySelector<HTMLTextAreaElement>('textarea, input')!;
  await type(names, 'Brewly, Brewly Co');
  expect(line.textContent).toContain('Unsaved changes');
  const seen = await textsDuring(line, async () => {
    await type(names, 'Brewly, Brewly Coffee');
    await type(names, 'Brewly, Brewly Coffee Co');
  });
  expect(seen).not.toContain('');
  expect(line.textContent).toContain('Unsaved changes');
});
