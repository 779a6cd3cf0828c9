// @vitest-environment happy-dom
// "Export all settings" on a profile that has no brand set yet (the crisis lead wrote the plan and the
// thresholds, and each listener sets their own brand) must give a file that Firebreak imports again.
import { beforeEach, expect, test } from 'vitest';
import { collectSettings, importSections, type ImportSections } from '@/components/options/SettingsFileSection';
import { createDefaultPlan, exportSettingsFile, parseSettingsFile } from '@/utils/plan';
import { crisisPlan, retentionDays } from '@/utils/settings';
import { useEnglishMessages } from '../messages';

beforeEach(async () => {
  useEnglishMessages();
  const plan = createDefaultPlan();
  plan.roles[0] = { ...plan.roles[0]!, owner: 'Dana Ortiz', contact: 'dana@brewly.com' };
  await crisisPlan.setValue(plan);
  await retentionDays.setValue(45);
  // No brand stored: brandProfile reads its fallback, EMPTY_BRAND.
});

test("a file from 'Export all settings' with no brand set is imported again", async () => {
  const text = exportSettingsFile<ImportSections>(await collectSettings(), Date.UTC(2025, 4, 6));
  const parsed = parseSettingsFile(text, importSections());
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
});
