// @vitest-environment happy-dom
// A refused import says what to fix in the file. The user fixes it in a text editor and chooses the same
// file again; browsers fire no "change" for a file input whose chosen file is the same as before, so the
// input must be emptied after a refusal (as it is after Cancel and after an import), or choosing the fixed
// file does nothing and the old list of problems stays on the page.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { SettingsFileSection } from '@/components/options/SettingsFileSection';
import { createDefaultPlan } from '@/utils/plan';
import { crisisPlan } from '@/utils/settings';
import { byLabel, chooseSettingsFile, importProblems, mount, unmountAll, useEnglishMessages } from './helpers';

beforeEach(async () => {
  useEnglishMessages();
  await crisisPlan.setValue(createDefaultPlan());
});
afterEach(unmountAll);

test('after a refused file the file input is emptied, so the fixed file can be chosen again', async () => {
  const root = await mount(<SettingsFileSection />);
  const input = byLabel(root, 'Import settings or a plan (JSON file)');
  // What the page writes to the input's value (the browser keeps the chosen file until it is emptied).
  const written: string[] = [];
  Object.defineProperty(input, 'value', { configurable: true, get: () => 'C:\\fakepath\\plan.json', set: (value: string) => void written.push(value) });

  await chooseSettingsFile(root, '{\n  "version": 1\n  "plan": {}\n}', 'plan.json');
  expect(importProblems(root).length).toBeGreaterThan(0);
  expect(written).toContain('');
});
