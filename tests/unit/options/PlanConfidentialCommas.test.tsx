// @vitest-environment happy-dom
// A confidential term may hold a comma: the plan's schema accepts it (a shared plan file can carry
// "Acme, Inc." or a figure such as "$2,500,000"), and the reply coach flags it as one term. Adding another
// term in the plan editor must not silently cut the terms already there into pieces.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PlanSection } from '@/components/options/PlanSection';
import { crisisPlan } from '@/utils/settings';
import { byLabel, mount, type, unmountAll, useEnglishMessages } from './helpers';
import { save, seededPlan, stored } from './plan-helpers';

beforeEach(async () => {
  useEnglishMessages();
  // As a plan file imported from a teammate holds them: valid for the schema.
  await crisisPlan.setValue({ ...seededPlan(), confidentialTerms: ['Acme, Inc. acquisition', '$2,500,000 settlement'] });
});
afterEach(unmountAll);

test('adding a confidential term keeps the terms that hold a comma whole', async () => {
  const root = await mount(<PlanSection />);
  const field = byLabel(root, 'Confidential terms');
  // A new term on a line of its own, after what the field shows.
  await type(field, `${field.value}\nProject Falcon`, 'change');
  await save(root);
  expect((await stored())!.confidentialTerms).toEqual(['Acme, Inc. acquisition', '$2,500,000 settlement', 'Project Falcon']);
});
