// @vitest-environment happy-dom
// The retention field, as the threshold fields: an emptied field stays empty (not "0"), and a refusal is
// said in the section's status line (the browser's own bubble is not the only word), with the field
// marked and focused and nothing saved.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DataSection } from '@/components/options/DataSection';
import { retentionDays } from '@/utils/settings';
import { DAY_MS } from '@/utils/tracking/baseline';
import { database, type SeenPost } from '@/utils/tracking/db';
import { recordMentions } from '@/utils/tracking/mentions';
import { mention } from '../dashboard/mention';
import { buttonNamed, click, mount, pressEscape, settle, type, unmountAll, useEnglishMessages } from './helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

const section = (root: ParentNode) => root.querySelector('section[aria-labelledby="retention"]')!;
const field = (root: ParentNode) => section(root).querySelector<HTMLInputElement>('input[name="retention"]')!;
const status = (root: ParentNode) => section(root).querySelector('[role="status"]')!;

async function submit(root: HTMLElement) {
  await act(() => {
    section(root).querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

beforeEach(async () => {
  useEnglishMessages();
  await retentionDays.setValue(30);
  await Promise.all([database().mentions.clear(), database().buckets.clear(), database().posts.clear()]);
});
afterEach(unmountAll);

/** Mentions 0.5, 2.5, 5.5 and 10.5 days old, and one post last seen 3 days ago. */
async function seedHistory() {
  const now = Date.now();
  await recordMentions(
    database(),
    [0.5, 2.5, 5.5, 10.5].map((days, index) => mention(`m${index}`, now - days * DAY_MS, { sentiment: 'neutral' })),
  );
  await database().posts.put({ platform: 'x', postId: 'p', kind: 'post', sentiment: 'neutral', score: 0, excerpt: '', firstSeen: now - 4 * DAY_MS, lastSeen: now - 3 * DAY_MS, timesSeen: 1 } satisfies SeenPost);
}

const question = (root: ParentNode) => section(root).querySelector<HTMLElement>('[role="alertdialog"]');

describe('DataSection: retention', () => {
  test('an emptied field stays empty; saving says what to do, marks and focuses the field, and saves nothing', async () => {
    await retentionDays.setValue(45);
    const root = await mount(<DataSection />);
    expect(field(root).value).toBe('45');
    // The section checks the value itself: the browser's bubble does not stand in for its words.
    expect(section(root).querySelector('form')!.noValidate).toBe(true);

    await type(field(root), '');
    expect(field(root).value).toBe('');
    await submit(root);
    expect(status(root).textContent).toBe('Choose a whole number of days from 1 to 365.');
    expect(field(root).getAttribute('aria-invalid')).toBe('true');
    expect(field(root).getAttribute('aria-describedby')).toBe(status(root).id);
    expect(status(root).id).not.toBe('');
    expect(document.activeElement).toBe(field(root));
    expect(field(root).value).toBe('');
    expect(await retentionDays.getValue()).toBe(45);

    // Fixed: the mark goes at once, the value is saved.
    await type(field(root), '90');
    expect(field(root).hasAttribute('aria-invalid')).toBe(false);
    await click(buttonNamed(root, 'Save retention'));
    expect(status(root).textContent).toBe('✓ Saved.');
    expect(await retentionDays.getValue()).toBe(90);
    expect(field(root).value).toBe('90');
  });

  test.each(['0', '366', '2.5', '-3'])('%s days is refused in the section, and nothing is saved', async (typed) => {
    const root = await mount(<DataSection />);
    await type(field(root), typed);
    await click(buttonNamed(root, 'Save retention'));
    expect(status(root).textContent).toBe('Choose a whole number of days from 1 to 365.');
    expect(field(root).getAttribute('aria-invalid')).toBe('true');
    expect(field(root).value).toBe(typed);
    expect(await retentionDays.getValue()).toBe(30);
  });
});

describe('DataSection: shortening the retention deletes, so it is asked first', () => {
  test('the section says what is pruned and when', async () => {
    const root = await mount(<DataSection />);
    // Not "deleted once they are older than this": the prune counts whole hours (retentionCutoff) and runs every
    // 6 hours, so a mention 30 days and 20 minutes old is still there, and may be for hours (QA).
    expect(section(root).querySelector('p.muted')?.textContent).toBe(
      'Stored mentions, their figures for the charts and the posts seen are kept for this many days, in whole hours (up to an hour longer), then deleted: at once when you shorten it (you are asked first), otherwise at the next check, every 6 hours. Alerts, incidents, label corrections and platform health are kept.',
    );
  });

  test('lowering it asks how many will go, on the safe answer; Escape keeps everything, the field shows the retention in force', async () => {
    await seedHistory();
    const root = await mount(<DataSection />);
    await type(field(root), '2');
    await submit(root);
    expect(question(root)?.textContent).toContain('Retention 30 → 2 days: 3 stored mentions older than that will be deleted (posts seen: 1). This cannot be undone.');
    expect(question(root)?.getAttribute('aria-labelledby')).toBe('retention-question');
    expect(document.activeElement).toBe(buttonNamed(question(root)!, 'Cancel'));
    // Nothing saved while it is asked: the worker prunes on a change of the setting.
    expect(await retentionDays.getValue()).toBe(30);

    await pressEscape();
    expect(question(root)).toBeNull();
    expect(await retentionDays.getValue()).toBe(30);
    expect(field(root).value).toBe('30');
    expect(document.activeElement).toBe(field(root));
    expect(status(root).textContent).toBe('✓ Nothing was changed: mentions are still kept for 30 days.');
    expect(await database().mentions.count()).toBe(4);
  });

  test('confirmed, it is saved and the status line says what was deleted (not only "Saved.")', async () => {
    await seedHistory();
    const root = await mount(<DataSection />);
    await type(field(root), '1');
    await submit(root);
    expect(question(root)?.textContent).toContain('Retention 30 → 1 days: 3 stored mentions older than that will be deleted (posts seen: 1).');
    await click(buttonNamed(question(root)!, 'Delete them and save'));
    expect(question(root)).toBeNull();
    expect(await retentionDays.getValue()).toBe(1);
    expect(status(root).textContent).toBe('✓ Saved. 3 stored mentions older than the new retention are deleted (posts seen: 1).');
    expect(document.activeElement).toBe(field(root));
  });

  test('the note on what was deleted goes when the retention is changed elsewhere (another tab, a settings file)', async () => {
    await seedHistory();
    const root = await mount(<DataSection />);
    await type(field(root), '1');
    await submit(root);
    await click(buttonNamed(question(root)!, 'Delete them and save'));
    expect(status(root).textContent).toContain('are deleted');

    await retentionDays.setValue(60);
    await settle();
    expect(field(root).value).toBe('60');
    expect(status(root).textContent).toBe('');
  });

  test('one mention to go is said in the singular', async () => {
    await seedHistory();
    const root = await mount(<DataSection />);
    await type(field(root), '7');
    await submit(root);
    expect(question(root)?.textContent).toContain('Retention 30 → 7 days: 1 stored mention older than that will be deleted (posts seen: 0).');
  });

  test('raising it, or lowering it past nothing stored, saves at once without a question', async () => {
    await seedHistory();
    const root = await mount(<DataSection />);
    await type(field(root), '90');
    await submit(root);
    expect(question(root)).toBeNull();
    expect(await retentionDays.getValue()).toBe(90);
    expect(status(root).textContent).toBe('✓ Saved.');

    await type(field(root), '20');
    await submit(root);
    expect(question(root)).toBeNull();
    expect(await retentionDays.getValue()).toBe(20);
    expect(status(root).textContent).toBe('✓ Saved.');
  });
});
