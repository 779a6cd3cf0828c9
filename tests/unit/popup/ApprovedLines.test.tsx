// @vitest-environment happy-dom
// What the popup hands out agrees with itself: the internal update it copies quotes, word for word,
// the holding statement it copies, with the brand filled in — not the incident's internal title.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { IncidentPanel } from '@/components/popup/IncidentPanel';
import { declareIncident } from '@/utils/plan/incident';
import { createDefaultPlan, HOLDING_STATEMENT_ID } from '@/utils/plan/plan';
import { brandProfile, type ListeningStatus } from '@/utils/settings';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => ({}) }));

const NOW = new Date(2026, 10, 30, 14, 5).getTime();
const status = { level: 'crisis', reason: '21× normal', since: NOW - 15 * 60_000, evaluatedAt: NOW, platforms: [], storageProblem: null } as ListeningStatus;

beforeEach(async () => {
  useEnglishMessages();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await brandProfile.setValue({ names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] });
});
afterEach(async () => {
  await unmountAll();
  vi.useRealTimers();
});

test('the internal update quotes the holding statement the popup copies', async () => {
  const plan = createDefaultPlan();
  plan.messages = plan.messages.map((message) => (message.id === HOLDING_STATEMENT_ID ? { ...message, text: "{brand} here: we're aware of {issue}. Update by {nextUpdate}." } : message));
  const incident = declareIncident(plan, { title: 'Spike on X', level: 'crisis', platform: 'x', alert: { reason: '21× normal', time: NOW - 15 * 60_000 } }, NOW);
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
  const root = await mount(<IncidentPanel incident={incident} plan={plan} status={status} />);

  await click(buttonNamed(root, 'Copy holding statement'));
  await click(buttonNamed(root, 'Copy internal update'));
  const [holding, update] = copied;
  expect(holding).toMatch(/^Brewly here: we're aware of the concerns being raised\. Update by /);
  expect(update!.split('\n')).toContain(`- Holding statement: ${holding}`);
  expect(update).not.toMatch(/\{brand\}|\[time of the next update\]|aware of Spike on X/);
});
