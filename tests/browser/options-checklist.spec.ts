import type { Worker } from '@playwright/test';
import type { CrisisPlan } from '../../utils/plan';
import { seriousViolations } from './axe';
import { expect, setLocalStorage, test } from './harness';
import { teamPlan } from './options-page';

interface ChromeStorageReadGlobal {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

const storedPlan = async (worker: Worker) =>
  worker.evaluate(async () => (await (globalThis as unknown as ChromeStorageReadGlobal).chrome.storage.local.get('plan')).plan) as Promise<CrisisPlan>;

test('plan editor: after a post-mortem, the checklist is changed with the keyboard, and a role freed of its steps is removed', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { plan: teamPlan() });
  const page = await session.openExtensionPage('options');
  const plan = page.getByRole('region', { name: 'Crisis plan' });
  const step = (n: number) => plan.getByRole('group', { name: `Checklist step ${n}`, exact: true });

  // The role cannot go yet; the refusal leads to its first checklist step's owner.
  await plan.getByRole('button', { name: 'Remove role Social media manager' }).click();
  const refusal = plan.getByRole('group', { name: 'Role 2: Social media manager' }).getByRole('alert');
  await expect(refusal).toContainText('incident checklist steps (3) still name it');
  await refusal.getByRole('link', { name: 'Go to its checklist steps' }).click();
  await expect(step(3).getByLabel('Owner (does it)')).toBeFocused();
  for (const n of [3, 5, 8]) await step(n).getByLabel('Owner (does it)').selectOption('crisis-lead');
  await expect(refusal).toHaveCount(0);
  await plan.getByRole('button', { name: 'Remove role Social media manager' }).click();

  // A new step, typed and moved up with the keyboard.
  await plan.getByRole('button', { name: 'Add a checklist step' }).click();
  await expect(step(11).getByLabel('What to do')).toBeFocused();
  await page.keyboard.type('Call the insurer');
  await step(11).getByLabel('Minutes').fill('30');
  await expect(plan.getByText('Some steps come before steps that are due earlier')).toBeVisible();
  await plan.getByRole('button', { name: 'Sort by due time' }).press('Enter');
  // Due at 30 minutes, like checking the policy: after it (steps due at once keep their order), then up one.
  await expect(step(5).getByLabel('What to do')).toHaveValue('Call the insurer');
  await step(5).getByRole('button', { name: 'Move checklist step 5 up' }).press('Enter');
  await expect(step(4).getByRole('button', { name: 'Move checklist step 4 up' })).toBeFocused();

  expect(await seriousViolations(page, 'section[aria-labelledby="plan"]')).toEqual([]);

  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(plan.getByRole('status')).toHaveText('✓ Saved.');
  const saved = await storedPlan(worker);
  expect(saved.roles.map((role) => role.id)).not.toContain('social-media-manager');
  expect(saved.checklist[3]).toMatchObject({ id: 'step-13', text: 'Call the insurer', due: 30, after: 'start' });
});
