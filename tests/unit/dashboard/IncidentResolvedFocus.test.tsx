// @vitest-environment happy-dom
// An incident resolved elsewhere (the popup) takes away the dashboard's note form: a keyboard user who was
// typing a note there is not dropped to the top of the page. The focus goes to the incident's heading,
// and the page's live region says what happened.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { declareIncident, resolveIncident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { database } from '@/utils/tracking/db';
import { mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => undefined }));

const HOUR = 60 * 60_000;
const NOW = Date.now();
const plan = createDefaultPlan();
const open = declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, NOW - 2 * HOUR);

beforeEach(async () => {
  useEnglishMessages();
  await database().incidents.clear();
  await database().incidents.put(open);
});
afterEach(unmountAll);

const noteField = (root: ParentNode) => root.querySelector<HTMLInputElement>('input[name="note"]');
const heading = (root: ParentNode) => root.querySelector<HTMLElement>('#incident-heading')!;

test('resolved while the note field has the focus: the focus goes to the heading, and it is announced', async () => {
  const announce = vi.fn();
  const root = await mount(<IncidentSection onAnnounce={announce} />);
  await vi.waitFor(() => expect(noteField(root)).not.toBeNull());
  noteField(root)!.focus();
  expect(document.activeElement).toBe(noteField(root));

  await database().incidents.put(resolveIncident(open, NOW));
  await vi.waitFor(() => expect(noteField(root)).toBeNull());
  await settle();
  expect(document.activeElement).toBe(heading(root));
  expect(announce).toHaveBeenCalledWith('Incident resolved: Kettle recall. Its follow-up steps and post-mortem are below.');
});

test('resolved while the focus is elsewhere on the page: the focus stays where it is, and it is still announced', async () => {
  const announce = vi.fn();
  const outside = document.createElement('button');
  document.body.append(outside);
  const root = await mount(<IncidentSection onAnnounce={announce} />);
  await vi.waitFor(() => expect(noteField(root)).not.toBeNull());
  outside.focus();

  await database().incidents.put(resolveIncident(open, NOW));
  await vi.waitFor(() => expect(noteField(root)).toBeNull());
  await settle();
  expect(document.activeElement).toBe(outside);
  expect(announce).toHaveBeenCalledTimes(1);
});

test('an incident already resolved when the page opens is not announced', async () => {
  await database().incidents.put(resolveIncident(open, NOW));
  const announce = vi.fn();
  const root = await mount(<IncidentSection onAnnounce={announce} />);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="follow-up"]')).not.toBeNull());
  expect(announce).not.toHaveBeenCalled();
});
