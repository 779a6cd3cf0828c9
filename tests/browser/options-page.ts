// What the options-page browser tests share: a plan a team would have filled in, and choosing a file
// in the settings import field as a user does.
import type { Page } from '@playwright/test';
import { createDefaultPlan, type CrisisPlan } from '../../utils/plan';

/** The default plan with its first role filled in, as a team's would be. */
export function teamPlan(): CrisisPlan {
  const plan = createDefaultPlan();
  plan.roles[0] = { ...plan.roles[0]!, owner: 'Dana Ortiz', contact: 'dana@brewly.com' };
  return plan;
}

/** Chooses a settings file holding `text` in the options page's import field. */
export async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import settings or a plan (JSON file)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}
