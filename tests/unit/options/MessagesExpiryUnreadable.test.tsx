// @vitest-environment happy-dom
// A pre-approved message whose stored expiry cannot be read ("2031-02-30", from a plan stored before the
// schema refused it) counts as expired (messageExpiresAt). The plan editor says so in words, and what to
// do, instead of "Expired on 2031-02-30" (a day still ahead, and one that does not exist).
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PlanSection } from '@/components/options/PlanSection';
import { crisisPlan } from '@/utils/settings';
import { mount, unmountAll, useEnglishMessages } from './helpers';
import { group, seededPlan } from './plan-helpers';

beforeEach(useEnglishMessages);
afterEach(unmountAll);

test('an unreadable expiry is flagged as counting as expired, with what to do', async () => {
  const plan = seededPlan();
  plan.messages[0] = { ...plan.messages[0]!, expires: '2031-02-30' };
  plan.messages[1] = { ...plan.messages[1]!, expires: '2020-01-31' };
  await crisisPlan.setValue(plan);
  const root = await mount(<PlanSection />);
  const flag = (legend: string) => group(root, legend).querySelector('p.error')?.textContent;
  expect(flag('Message 1')).toBe('⚠ The approval date “2031-02-30” cannot be read, so this message counts as expired: enter the date again. The reply coach no longer offers it.');
  // A readable date in the past is flagged as before.
  expect(flag('Message 2')).toBe('⚠ Expired on 2020-01-31: re-approve it or change the date. The reply coach no longer offers it.');
  expect(flag('Message 3')).toBeUndefined();
});
