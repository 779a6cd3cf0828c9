// @vitest-environment happy-dom
// The instances section's own status ("Permission … was not given", "✓ Saved.") speaks of this page's
// last attempt: when the list is changed elsewhere (another options tab, a settings file), it goes.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InstancesSection } from '@/components/options/InstancesSection';
import { mastodonHosts } from '@/utils/settings';
import { mount, settle, type, unmountAll, useEnglishMessages } from './helpers';

let grant = false;

beforeEach(async () => {
  useEnglishMessages();
  grant = false;
  fakeBrowser.permissions.request = vi.fn(async () => grant) as unknown as typeof fakeBrowser.permissions.request;
  await mastodonHosts.setValue([]);
});
afterEach(unmountAll);

const section = (root: ParentNode) => root.querySelector('section#instances, section[aria-labelledby="instances"]')!;
const status = (root: ParentNode) => section(root).querySelector('[role="status"], [role="alert"]')?.textContent ?? '';

async function add(root: HTMLElement, host: string) {
  await type(section(root).querySelector<HTMLInputElement>('input[name="instance"]')!, host);
  await act(() => {
    section(root).querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('InstancesSection status', () => {
  test('a refusal said here goes when the list changes elsewhere', async () => {
    const root = await mount(<InstancesSection />);
    await add(root, 'social.example.org');
    expect(status(root)).toContain('Permission for social.example.org was not given');

    await mastodonHosts.setValue(['other.example.net']);
    await settle();
    expect(section(root).textContent).toContain('other.example.net');
    expect(status(root)).not.toContain('was not given');
  });

  test('"Saved." after adding here stays while nothing else changes the list', async () => {
    grant = true;
    const root = await mount(<InstancesSection />);
    await add(root, 'social.example.org');
    expect(await mastodonHosts.getValue()).toEqual(['social.example.org']);
    await settle(10);
    expect(status(root)).toContain('Saved');
  });
});
