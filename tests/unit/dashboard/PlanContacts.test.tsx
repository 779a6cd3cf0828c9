// @vitest-environment happy-dom
// In a crisis the plan's people are one click away: the dashboard's roles table links an e-mail
// address, a phone number and a chat link, and shows a handle (which has no address) as text.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { contactHref, createDefaultPlan } from '@/utils/plan/plan';
import { crisisPlan } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { mount, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => undefined }));

beforeEach(async () => {
  useEnglishMessages();
  await database().incidents.clear();
});
afterEach(unmountAll);

test.each([
  ['dana@brewly.example', 'mailto:dana@brewly.example'],
  ['  dana@brewly.example ', 'mailto:dana@brewly.example'],
  ['+44 20 7946 0958', 'tel:+442079460958'],
  ['(555) 010-2030', 'tel:5550102030'],
  ['https://brewly.slack.com/archives/C123', 'https://brewly.slack.com/archives/C123'],
  ['slack://channel?team=T1&id=C1', 'slack://channel?team=T1&id=C1'],
  ['#crisis-room', null],
  ['@dana', null],
  ['Dana', null],
  ['', null],
])('contactHref(%j) = %s', (contact, href) => {
  expect(contactHref(contact)).toBe(href);
});

test('the roles table links each contact that has an address', async () => {
  const plan = createDefaultPlan();
  plan.roles[0]!.contact = 'dana@brewly.example';
  plan.roles[1]!.contact = '+44 20 7946 0958';
  plan.roles[2]!.contact = 'https://brewly.slack.com/archives/C123';
  plan.roles[3]!.contact = '#legal';
  plan.roles[4]!.contact = '';
  await crisisPlan.setValue(plan);
  const root = await mount(<IncidentSection />);
  const cells = () => [...root.querySelectorAll('tbody tr')].map((row) => row.querySelectorAll('td')[1]!);
  await vi.waitFor(() => expect(cells()[0]?.textContent).toBe('dana@brewly.example'));
  const links = cells().map((cell) => {
    const link = cell.querySelector('a');
    return [cell.textContent, link?.getAttribute('href') ?? null, link?.getAttribute('target') ?? null];
  });
  expect(links.slice(0, 5)).toEqual([
    ['dana@brewly.example', 'mailto:dana@brewly.example', null],
    ['+44 20 7946 0958', 'tel:+442079460958', null],
    // A web link opens in a new tab, the dashboard stays.
    ['https://brewly.slack.com/archives/C123', 'https://brewly.slack.com/archives/C123', '_blank'],
    ['#legal', null, null],
    ['—', null, null],
  ]);
});
