// What the user sees on Firebreak's own pages, measured in the built extension: text at the size the
// style sheet sets (not Chromium's 75% for extension pages), headings above their sub-headings, the
// trend chart's first and last bars whole and its legend without table rules, buttons apart, an input
// and the button beside it on one line, and the popup's chart as wide as its other blocks.
import type { Locator, Page } from '@playwright/test';
import { seedCrisis } from './seed';
import { expect, test } from './harness';

const box = async (locator: Locator) => (await locator.boundingBox())!;
const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

test('the popup, the dashboard and the settings show their text at 14 px, larger than their 12 px hints', async ({ session }) => {
  for (const name of ['popup', 'dashboard', 'options'] as const) {
    const page = await session.openExtensionPage(name, { width: name === 'popup' ? 360 : 1100, height: 800 });
    await expect(page.locator('main')).toBeVisible();
    expect(await fontSize(page.locator('main')), name).toBe(14);
  }
  const options = await session.openExtensionPage('options', { width: 1100, height: 800 });
  const label = options.getByText('Brand names', { exact: true });
  const hint = options.locator('.hint').first();
  expect(await fontSize(label)).toBeGreaterThan(await fontSize(hint));
});

test('settings: a section heading is larger than its sub-headings and its text; a button beside a field lines up with the field', async ({ session }) => {
  const page = await session.openExtensionPage('options', { width: 1100, height: 900 });
  const section = page.getByRole('heading', { level: 2, name: 'Crisis plan' });
  const sub = page.getByRole('heading', { level: 3, name: 'Roles and contacts' });
  await expect(sub).toBeVisible();
  const sizes = { section: await fontSize(section), sub: await fontSize(sub), text: await fontSize(page.locator('main')) };
  expect(sizes.section).toBeGreaterThan(sizes.sub);
  expect(sizes.sub).toBeGreaterThan(sizes.text);

  // The Mastodon instance field and its Add button: bottoms on one line, not the button 8 px lower.
  const input = page.getByRole('textbox', { name: 'Instance address' });
  const add = page.getByRole('button', { name: 'Add instance' });
  const [inputBox, addBox] = [await box(input), await box(add)];
  expect(Math.abs(inputBox.y + inputBox.height - (addBox.y + addBox.height))).toBeLessThanOrEqual(1);

  // A number of minutes is a short box, not one as wide as the section.
  const minutes = page.getByRole('spinbutton', { name: 'Keep mentions for (days)' });
  const sectionBox = await box(page.locator('#retention').locator('..'));
  expect((await box(minutes)).width).toBeLessThan(sectionBox.width / 3);
});

/** The chart's canvas at the plot area's left and right edges, just above the x axis: transparent or not. */
function edgeAlphas(page: Page) {
  return page.locator('.trend-chart').evaluate((chart) => {
    const over = chart.querySelector('.u-over')!.getBoundingClientRect();
    const canvas = chart.querySelector('canvas')!;
    const rect = canvas.getBoundingClientRect();
    const ratio = canvas.width / rect.width;
    const context = canvas.getContext('2d')!;
    const y = Math.round((over.bottom - rect.top - 3) * ratio);
    const alpha = (x: number) => context.getImageData(Math.round((x - rect.left) * ratio), y, 1, 1).data[3];
    return { left: alpha(over.left + 1), right: alpha(over.right - 2) };
  });
}

test('dashboard: the first and last bars are whole, the legend has no table rules, the range buttons stand apart', async ({ session }) => {
  const page = await seedCrisis(session, { reload: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.locator('.trend-chart .u-title')).toHaveText(/mentions/);
  // Half a bucket of empty plot at each end: nothing drawn at the very edges.
  await expect.poll(() => edgeAlphas(page)).toEqual({ left: 0, right: 0 });

  const legendRules = await page
    .locator('.trend-chart .u-legend')
    .evaluate((legend) => Array.from(legend.querySelectorAll('th, td')).map((cell) => getComputedStyle(cell).borderBottomWidth));
  expect(legendRules.length).toBeGreaterThan(0);
  expect(new Set(legendRules)).toEqual(new Set(['0px']));

  const buttons = page.getByRole('group', { name: 'Time range' }).getByRole('button');
  await expect(buttons).toHaveCount(3);
  for (let i = 1; i < 3; i++) {
    const [previous, next] = [await box(buttons.nth(i - 1)), await box(buttons.nth(i))];
    expect(next.x - (previous.x + previous.width)).toBeGreaterThanOrEqual(4);
  }
});

test('popup: the 24-hour chart spans the popup like its other blocks, under a heading no smaller than its text; dashboard: an incident sub-heading is below its heading', async ({ session }) => {
  const seeded = await seedCrisis(session);
  await seeded.close();
  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  const chart = popup.locator('svg.sparkline');
  await expect(chart).toBeVisible();
  const [chartBox, headerBox] = [await box(chart), await box(popup.locator('.popup-header'))];
  expect(Math.abs(chartBox.x - headerBox.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(chartBox.x + chartBox.width - (headerBox.x + headerBox.width))).toBeLessThanOrEqual(1);
  // Its heading is not smaller than the text under it.
  expect(await fontSize(popup.getByRole('heading', { name: 'Last 24 hours' }))).toBeGreaterThanOrEqual(await fontSize(popup.locator('main')));

  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  await expect(popup.getByTestId('incident')).toBeVisible();
  const page = await session.openExtensionPage('dashboard', { width: 1100, height: 900 });
  const heading = page.locator('#incident-heading');
  const timeline = page.getByRole('heading', { level: 3, name: 'Timeline' });
  await expect(timeline).toBeVisible();
  expect(await fontSize(heading)).toBeGreaterThan(await fontSize(timeline));
});
