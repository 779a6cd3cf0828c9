// @vitest-environment happy-dom
// QA: the incident's Rename said nothing when the rename failed (the worker gone, the incident deleted
// meanwhile), and said "✓ Renamed." when the name had not changed at all (the same name with extra spaces,
// which the worker tidies back into the name it had).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { declareIncident, renameIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { updateIncident } from '@/utils/plan/store';
import { database } from '@/utils/tracking/db';
import { buttonNamed, click, mount, type, unmountAll, useEnglishMessages } from '../options/helpers';

const worker = vi.hoisted(() => ({ fails: null as Error | null, gone: false, renames: 0 }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (type: string, data: { incidentId: string; title: string }) => {
    if (type !== 'page→background:renameIncident') return undefined;
    worker.renames += 1;
    if (worker.fails) throw worker.fails;
    if (worker.gone) return undefined;
    return updateIncident(database(), data.incidentId, (incident) => renameIncident(incident, data.title, Date.now()));
  },
}));

const NOW = Date.now();

beforeEach(async () => {
  useEnglishMessages();
  Object.assign(worker, { fails: null, gone: false, renames: 0 });
  await database().incidents.clear();
  await database().incidents.put(declareIncident(createDefaultPlan(), { title: 'Spike on X', level: 'crisis', platform: 'x' }, NOW - 60 * 60_000));
});
afterEach(unmountAll);

async function rename(to: string) {
  const root = await mount(<IncidentSection />);
  const name = await vi.waitFor(() => {
    const field = root.querySelector<HTMLInputElement>('input[name="incident-name"]');
    if (!field) throw new Error('No name field yet');
    return field;
  });
  const status = root.querySelector('.rename-incident [role="status"]')!;
  await type(name, to);
  await click(buttonNamed(root, 'Rename'));
  return { root, status, name };
}

test('a rename the worker could not make says so, and what to do', async () => {
  worker.fails = new Error('Could not establish connection. Receiving end does not exist.');
  const { status } = await rename('Kettle base overheating');
  await vi.waitFor(() => expect(status.textContent).not.toBe(''));
  expect(status.textContent).toBe('Not renamed: Could not establish connection. Receiving end does not exist. Try Rename again; if it fails again, reload this page.');
  expect((await database().incidents.toArray())[0]!.title).toBe('Spike on X');
});

test('a rename of an incident no longer stored says so', async () => {
  worker.gone = true;
  const { status } = await rename('Kettle base overheating');
  await vi.waitFor(() => expect(status.textContent).not.toBe(''));
  expect(status.textContent).not.toContain('Renamed');
  expect(status.textContent).toMatch(/^Not renamed: /);
});

test('the same name with extra spaces is no rename: nothing changed, and no "Renamed."', async () => {
  const { status, name } = await rename('  Spike   on  X ');
  await vi.waitFor(() => expect(status.textContent).not.toBe(''));
  expect(status.textContent).toBe('Nothing to rename: the incident is already called “Spike on X”.');
  expect(name.value).toBe('Spike on X');
  expect(worker.renames).toBe(0);
  const [stored] = await database().incidents.toArray();
  expect(stored!.timeline.map((entry) => entry.text).join('\n')).not.toContain('Renamed from');
});

test('Rename pressed again with the same name says "Nothing to rename" again: the line empties, then holds the words', async () => {
  const { root, status } = await rename('Spike on X');
  await vi.waitFor(() => expect(status.textContent).toBe('Nothing to rename: the incident is already called “Spike on X”.'));

  // A polite live region is heard when its words change: the same words again would be silent.
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(status.textContent ?? ''));
  observer.observe(status, { childList: true, subtree: true, characterData: true });
  await click(buttonNamed(root, 'Rename'));
  await vi.waitFor(() => expect(status.textContent).not.toBe(''));
  observer.disconnect();

  expect(seen).toContain('');
  expect(status.textContent).toBe('Nothing to rename: the incident is already called “Spike on X”.');
  expect(status.getAttribute('aria-live')).toBe('polite');
  expect(worker.renames).toBe(0);
});
