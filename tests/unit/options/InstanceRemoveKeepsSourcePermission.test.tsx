// @vitest-environment happy-dom
// Removing a Mastodon instance from "Mastodon instances" must not take away the host permission that the
// Mastodon listening source (Listening sources) still uses for the same server. SourcesSection and
// TeamAlertsSection give a host back only through releaseOrigin (which checks what is still in use);
// InstancesSection calls permissions.remove directly.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InstancesSection } from '@/components/options/InstancesSection';
import { mastodonHosts } from '@/utils/settings';
import { DEFAULT_SOURCES, sourcesSettings } from '@/utils/sources/settings';
import { mount, settle, unmountAll, useEnglishMessages } from './helpers';

const removed: string[][] = [];

beforeEach(async () => {
  useEnglishMessages();
  removed.length = 0;
  fakeBrowser.permissions.remove = vi.fn(async ({ origins }: { origins: string[] }) => {
    removed.push(origins);
    return true;
  }) as unknown as typeof fakeBrowser.permissions.remove;
  await mastodonHosts.setValue(['hachyderm.io']);
  // The listening source reads the same server's hashtag timeline, switched on (it holds https://hachyderm.io/*).
  await sourcesSettings.setValue({ ...DEFAULT_SOURCES, mastodon: { ...DEFAULT_SOURCES.mastodon, enabled: true, instance: 'hachyderm.io' } });
});
afterEach(unmountAll);

test('removing an instance keeps the permission the Mastodon listening source still needs', async () => {
  const root = await mount(<InstancesSection />);
  const button = root.querySelector<HTMLButtonElement>('li button')!;
  await act(() => button.click());
  await settle();
  expect(await mastodonHosts.getValue()).toEqual([]);
  // The source is still on for hachyderm.io: its host must not be given back.
  expect(removed.flat()).not.toContain('https://hachyderm.io/*');
});
