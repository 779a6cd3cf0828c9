// @vitest-environment happy-dom
// Two options tabs (or a settings file imported): when the thresholds are changed elsewhere, the draft is
// replaced, but the fields keep showing what was typed here. The page then shows a value that is neither
// stored nor in the draft: no "Unsaved changes", no guard on leaving, and "Save thresholds" writes the
// other tab's values and says "✓ Saved." while the typed 7 silently disappears.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ThresholdsSection } from '@/components/options/ThresholdsSection';
import { spikeThresholds } from '@/utils/settings';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { mount, settle, type, unmountAll, useEnglishMessages } from './helpers';

const field = (root: ParentNode, name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

beforeEach(async () => {
  useEnglishMessages();
  await spikeThresholds.setValue(PRESET_THRESHOLDS.balanced);
});
afterEach(unmountAll);

test('a field shows what will be saved after the thresholds change in another tab', async () => {
  const root = await mount(<ThresholdsSection />);
  await type(field(root, 'coolDownMinutes'), '7');

  // Another options tab chooses "strict" (cool-down 120).
  await spikeThresholds.setValue(PRESET_THRESHOLDS.strict);
  await settle();

  // What the field shows when Save is pressed is what a save here writes.
  const shown = field(root, 'coolDownMinutes').value;
  await act(() => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
  const saved = await spikeThresholds.getValue();
  expect({ shown, saved: String(saved.coolDownMinutes) }).toEqual({ shown, saved: shown });
});
