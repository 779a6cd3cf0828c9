// Picks a label in a badge's "Correct this label" as the user does: with the keyboard, whose arrow keys
// on a closed select change it with a trusted change event. Playwright's selectOption sets the value
// from a script and dispatches untrusted events, as a page's own script could: the badge takes no
// choice from those (components/Badge.tsx), so a test picking that way would save nothing.
import type { Locator } from '@playwright/test';
import { expect } from './harness';

export async function pickLabel(select: Locator, label: string): Promise<void> {
  await select.focus();
  const values = await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const to = values.indexOf(label);
  if (to < 0) throw new Error(`No option ${label}`);
  const from = values.indexOf(await select.inputValue());
  const key = to > from ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(to - from); i++) await select.press(key);
  await expect(select).toHaveValue(label);
}
