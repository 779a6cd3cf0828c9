import { readFile } from 'node:fs/promises';
import type { Worker } from '@playwright/test';
import { exportPlanFile, parseSettingsFile, type CrisisPlan } from '../../utils/plan';
import { seriousViolations } from './axe';
import { expect, setLocalStorage, test } from './harness';
import { chooseFile, teamPlan } from './options-page';

interface ChromeStorageReadGlobal {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

/** Reads one key of chrome.storage.local from the service worker. */
async function getLocalStorage(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (name) => (await (globalThis as unknown as ChromeStorageReadGlobal).chrome.storage.local.get(name))[name], key);
}

test('settings file: a bad file says what and where and changes nothing; a good one is applied; export downloads a valid file', async ({ session }) => {
  const worker = await session.serviceWorker();
  const original = teamPlan();
  await setLocalStorage(worker, { plan: original });
  const page = await session.openExtensionPage('options');
  const section = page.getByRole('region', { name: 'Import and export settings' });
  await expect(section).toBeVisible();

  // Malformed JSON: a missing comma on line 3.
  await chooseFile(page, 'broken-plan.json', '{\n  "version": 1\n  "plan": {}\n}');
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('“broken-plan.json” was not imported, and nothing has changed.');
  await expect(alert.getByRole('listitem')).toHaveCount(1);
  await expect(alert.getByRole('listitem')).toHaveText(/^The file: Not valid JSON at line 3, column 3: a comma or a closing \} is missing before this\. Was the file edited by hand\?/);
  await expect(alert).toBeFocused();
  expect(await getLocalStorage(worker, 'plan')).toEqual(original);

  // Valid JSON, wrong content: each problem with its place in the file.
  const wrong = { ...teamPlan(), responseTargetMinutes: 0 };
  wrong.roles[1] = { ...wrong.roles[1]!, contact: 'ask at reception' };
  await chooseFile(page, 'wrong-plan.json', exportPlanFile(wrong));
  await expect(alert.getByRole('listitem')).toHaveText([
    /^Crisis plan › Role 2 › contact \(in the file: plan\.roles\[1\]\.contact\): Enter an e-mail address/,
    /^Crisis plan › first response target \(in the file: plan\.responseTargetMinutes\): Enter a whole number of minutes/,
  ]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page, 'section[aria-labelledby="settings-file"]'), colorScheme).toEqual([]);
  }
  expect(await getLocalStorage(worker, 'plan')).toEqual(original);

  // A valid plan file: shown first, applied on confirmation.
  const next = teamPlan();
  next.roles[3] = { ...next.roles[3]!, owner: 'Sam Lee', contact: '+44 20 7946 0000' };
  next.policyUrl = 'https://brewly.com/social-media-policy';
  await chooseFile(page, 'team-plan.json', exportPlanFile(next));
  await expect(alert).toHaveCount(0);
  await expect(section.getByRole('alertdialog')).toContainText('“team-plan.json” is valid. Importing it replaces:');
  // The plan part by part: what the file changes, then what it leaves as it is.
  await expect(section.getByRole('alertdialog').locator(':scope > ul > li')).toHaveText([/^Crisis plan/]);
  await expect(section.getByRole('alertdialog').locator('li li')).toHaveText([
    'Roles and contacts — edited: Legal',
    /^Social media policy \(link\) — now: .+; from the file: https:\/\/brewly\.com\/social-media-policy$/,
    /^Unchanged: First public response within \(minutes\), Approval steps, /,
  ]);
  // The focus waits on the safe answer; the destructive one is a deliberate Shift+Tab away.
  await expect(section.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(section.getByRole('button', { name: 'Replace these settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toHaveText('✓ Imported: Crisis plan.');
  expect(await getLocalStorage(worker, 'plan')).toEqual(next);
  // The plan editor on the same page follows.
  await expect(page.locator('#plan-roles-3-owner')).toHaveValue('Sam Lee');

  // Export: a dated download that reads back as a settings file with the imported plan.
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export all settings' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^firebreak-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = parseSettingsFile(await readFile(await download.path(), 'utf8'));
  expect(parsed.ok && parsed.value.plan).toEqual(next);
  // Notification mute and snooze are each person's own: not in the file. No brand is set here, so none is
  // written (an empty one would make the file refused on import).
  expect(parsed.ok && Object.keys(parsed.value)).toEqual(['format', 'version', 'exportedAt', 'plan', 'thresholds', 'display', 'lexicon', 'retentionDays']);
});

test('plan editor: a bad value is shown where it is and saves nothing; a good edit is saved', async ({ session }) => {
  const worker = await session.serviceWorker();
  const original = teamPlan();
  await setLocalStorage(worker, { plan: original });
  const page = await session.openExtensionPage('options');
  const plan = page.getByRole('region', { name: 'Crisis plan' });

  const contact = plan.getByRole('group', { name: 'Role 2: Social media manager' }).getByLabel('Contact');
  await contact.fill('ask at reception');
  await plan.getByRole('button', { name: 'Save plan' }).click();
  const summary = plan.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveText([/^Role 2 \(Social media manager\) › contact: Enter an e-mail address/]);
  await expect(contact).toHaveAttribute('aria-invalid', 'true');
  await expect(contact).toHaveAccessibleDescription(/Error: Enter an e-mail address/);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page, 'section[aria-labelledby="plan"]'), colorScheme).toEqual([]);
  }
  expect(await getLocalStorage(worker, 'plan')).toEqual(original);

  await summary.getByRole('link').click();
  await expect(contact).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('@sam');
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(plan.getByRole('status')).toHaveText('✓ Saved.');
  await expect(summary).toHaveCount(0);
  expect(((await getLocalStorage(worker, 'plan')) as CrisisPlan).roles[1]!.contact).toBe('@sam');
});
