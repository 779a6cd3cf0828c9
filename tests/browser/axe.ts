// axe-core on a page of a test, as every accessibility check here reads it.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core's serious and critical violations on `page` (inside `include` when given), each as
 * "rule: the help text (where, up to three places)". The page is brought back in front afterwards: axe
 * finishes its run in a blank page of its own, opened and closed beside this one, and headless Chromium
 * draws no frames for a tab behind another. Once in CI, in a browser shared by tests, a click after axe
 * waited for a frame until the test's time ran out; not reproduced since (the page was in front after
 * axe each time it was checked), so this is a precaution, not a proven cause.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  await page.bringToFront();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`);
}
