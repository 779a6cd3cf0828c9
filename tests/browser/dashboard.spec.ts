// The dashboard as a user sees it: a window left open keeps up with the clock, platforms go by their
// names, it fits a narrow window, page text never widens it, and an empty one leads to the settings.
import type { Page } from '@playwright/test';
import { addNote, declarationFromAlert, declareIncident } from '../../utils/plan/incident';
import { createDefaultPlan } from '../../utils/plan/plan';
import type { Mention } from '../../utils/tracking/db';
import { bucketsOf, demoMentions, seedStores } from './seed';
import { expect, readStore, setLocalStorage, test, type ExtensionSession } from './harness';

const HOUR = 60 * 60_000;
const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };
const LONG_WORD = `Brewly${'x'.repeat(400)}`;

async function seed(session: ExtensionSession, mentions: Mention[], extra: Record<string, readonly object[]> = {}) {
  const seeder = await session.openExtensionPage('dashboard');
  await seedStores(seeder, { mentions, buckets: bucketsOf(mentions), ...extra });
  await seeder.close();
}

/** Whether anything makes the page scroll sideways: the page's width against the window's. */
const overflow = (page: Page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));

// page.clock is the browser context's: a fake clock would stay in the next tests' pages.
test.describe('with a clock of its own', () => {
  test.use({ freshBrowser: true });

  test('a dashboard left open keeps counting: its time window follows the clock', async ({ session }) => {
    // Half past an hour: the page left open and the one opened after it must read the clock in the same
    // hour, or their 24-hour windows differ by one.
    const real = Math.floor(Date.now() / HOUR) * HOUR - HOUR / 2;
    await seed(session, demoMentions(real));
    await setLocalStorage(await session.serviceWorker(), { brand: BRAND });

    // Opened two hours ago, before the wave, and left open.
    const page = await session.context.newPage();
    await page.clock.install({ time: real - 2 * HOUR });
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    const title = page.locator('.trend-chart .u-title');
    await expect(title).toHaveText(/mentions/);
    const before = await title.innerText();

    // Two hours on, the one left open counts the wave as a dashboard opened now does. (The clock is
    // the browser context's: the new page opens at the later time.)
    await page.clock.fastForward(2 * HOUR);
    const fresh = await session.openExtensionPage('dashboard');
    await expect(fresh.locator('.trend-chart .u-title')).toHaveText(/mentions/);
    const now = await fresh.locator('.trend-chart .u-title').innerText();
    expect(now).not.toBe(before);
    await expect(title).toHaveText(now);
  });
});

test('platforms go by their names in every list, as in the health table', async ({ session }) => {
  const now = Date.now();
  await seed(session, demoMentions(now), {
    alerts: [{ time: now - 10 * 60_000, platform: 'x', level: 'crisis', previousLevel: 'normal', reason: '21× normal on X', keyTerms: ['refund'], notified: true }],
  });
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  const page = await session.openExtensionPage('dashboard', { width: 1100, height: 1000 });

  const negative = page.locator('section[aria-labelledby="negative"]');
  await expect(negative.locator('ol.mentions li').first()).toBeVisible();
  const lines = await negative.locator('ol.mentions li > span.muted').allInnerTexts();
  expect(lines.length).toBeGreaterThan(8);
  for (const line of lines) expect(line).toMatch(/^(X|Reddit) · @user_\d+ · /);
  await expect(page.locator('ul.alerts li .muted').first()).toHaveText(/ · X$/);
  await expect(page.getByTestId('adapter-health').getByRole('rowheader', { name: 'X', exact: true })).toBeVisible();
});

test('the dashboard fits a narrow window: the chart follows its width and the columns stack', async ({ session }) => {
  const now = Date.now();
  await seed(session, demoMentions(now));
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  const page = await session.openExtensionPage('dashboard', { width: 1100, height: 900 });
  await expect(page.locator('.trend-chart .uplot')).toBeVisible();
  const chartWidth = () => page.locator('.trend-chart .uplot').evaluate((chart) => chart.getBoundingClientRect().width);
  /** Whether the mentions come below what it is about (one column) rather than beside it. */
  const stacked = () =>
    page.evaluate(() => {
      const box = (id: string) => document.querySelector(`section[aria-labelledby="${id}"]`)!.getBoundingClientRect();
      return box('negative').top >= box('about').bottom;
    });
  const wide = await chartWidth();
  expect(wide).toBeGreaterThan(850);
  expect(await stacked()).toBe(false);

  for (const width of [680, 500, 420]) {
    // Made narrower while open: no reload.
    await page.setViewportSize({ width, height: 900 });
    await expect.poll(chartWidth).toBeLessThanOrEqual(width - 20);
    const { scroll, client } = await overflow(page);
    expect(scroll, `${width} px wide`).toBeLessThanOrEqual(client);
    expect(await stacked(), `${width} px wide`).toBe(true);
  }

  // And back: the chart grows with the window again, the columns stand side by side.
  await page.setViewportSize({ width: 1100, height: 900 });
  await expect.poll(chartWidth).toBe(wide);
  expect(await stacked()).toBe(false);
});

test('a long word from a post, a handle or a reason never widens the dashboard', async ({ session }) => {
  const now = Date.now();
  const mentions = demoMentions(now);
  for (let i = 1; i <= 6; i++) {
    const mention = mentions[mentions.length - i]!;
    mention.excerpt = `${LONG_WORD} refund ${LONG_WORD} kettle fire furious`;
    mention.author = `@${'averyveryverylonghandle'.repeat(4)}`;
    mention.permalink = undefined;
  }
  const reason = `64 mentions in the last 15 minutes, 21× normal; about: ${'supercalifragilistic'.repeat(8)}`;
  // An incident whose timeline holds the reason and a note pasted from a post.
  const plan = createDefaultPlan();
  const incident = addNote(declareIncident(plan, declarationFromAlert({ platform: 'x', level: 'crisis', reason, time: now - 15 * 60_000 }, 'popup', () => 'Spike on X'), now - 10 * 60_000), `Pasted: ${LONG_WORD}`, now);
  await seed(session, mentions, {
    alerts: [{ time: now - 10 * 60_000, platform: 'x', level: 'crisis', previousLevel: 'normal', reason, keyTerms: [], notified: true }],
    incidents: [incident],
  });
  await setLocalStorage(await session.serviceWorker(), {
    brand: BRAND,
    status: { level: 'crisis', reason, since: now - 15 * 60_000, evaluatedAt: now, platforms: [{ platform: 'x', level: 'crisis', since: now - 15 * 60_000, reason, baselineReady: true }], storageProblem: null },
  });
  for (const width of [1100, 420]) {
    const page = await session.openExtensionPage('dashboard', { width, height: 900 });
    await expect(page.locator('.reason')).toContainText('supercalifragilistic');
    await expect(page.locator('ol.mentions li', { hasText: LONG_WORD }).first()).toBeVisible();
    await expect(page.getByTestId('timeline')).toContainText(LONG_WORD);
    await page.getByText('The post-mortem, for after the incident').click();
    await page.getByRole('button', { name: 'Show the report' }).click();
    await expect(page.getByTestId('post-mortem-markdown')).toContainText(LONG_WORD);
    const { scroll, client } = await overflow(page);
    expect(scroll, `${width} px wide`).toBeLessThanOrEqual(client);
    await page.close();
  }
});

test('an empty dashboard leads to the brand settings, as the popup does', async ({ session }) => {
  const page = await session.openExtensionPage('dashboard');
  const empty = page.getByTestId('no-mentions');
  const link = empty.getByRole('link', { name: 'Set up your brand' });
  await expect(link).toBeVisible();
  // By keyboard: the link takes the focus and opens the settings at the brand.
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/options\.html#brand$/);
  await expect(page.locator('#brand')).toBeVisible();

  // With a brand set, the same place checks it.
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  const again = await session.openExtensionPage('dashboard');
  await expect(again.getByTestId('no-mentions').getByRole('link', { name: 'Check your brand in the settings' })).toHaveAttribute('href', '/options.html#brand');
});

test('the trend chart is one named picture for assistive technology, and follows a switch to dark mode', async ({ session }) => {
  await seed(session, demoMentions(Date.now()));
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
  const chart = page.locator('.trend-chart');
  await expect(chart.locator('.u-title')).toHaveText(/mentions/);

  // An image named by its title, pointing to the table with the same figures; the pointer's legend
  // is not read out as a table of placeholders, and shows none on screen either.
  const name = `Chart of mentions per hour and the share that is negative: ${await chart.locator('.u-title').innerText()}. The figures are in “The chart as a table” below.`;
  await expect(page.getByRole('img', { name })).toHaveCount(1);
  await expect(chart.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('cell', { name: '--' })).toHaveCount(0);
  await expect(chart.locator('.u-legend')).toHaveAttribute('aria-hidden', 'true');
  await expect(chart.locator('.u-legend')).not.toContainText('--');
  await expect(chart.locator('.u-legend .u-label')).toHaveText(['Time', 'Mentions', '% negative']);

  // The bars' colour is the page's muted colour: light, then dark once the system switches, without a reload.
  const marker = chart.locator('.u-legend .u-series').nth(1).locator('.u-marker');
  const border = () => marker.evaluate((element) => getComputedStyle(element).borderTopColor);
  await expect.poll(border).toBe('rgb(87, 96, 106)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(border).toBe('rgb(155, 166, 178)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(border).toBe('rgb(87, 96, 106)');
});

test('the dashboard says what the popup says, and works an incident from Declare to the post-mortem, by keyboard', async ({ session }) => {
  // A fresh profile: no brand, so nothing is listened for. No green "Normal".
  const page = await session.openExtensionPage('dashboard', { width: 1100, height: 900 });
  const pill = page.locator('header .level-pill');
  await expect(pill).toHaveText('○ Not listening yet');
  await expect(page.getByTestId('listening-summary')).toContainText("Tell Firebreak your brand's names and handles to start listening.");
  await expect(page.getByTestId('listening-summary').getByRole('link', { name: 'Set up your brand' })).toHaveAttribute('href', '/options.html#brand');

  // A brand set and posts read, but no day of history: learning, as the popup says.
  const now = Date.now();
  await setLocalStorage(await session.serviceWorker(), {
    brand: BRAND,
    status: { level: 'normal', reason: null, since: now - 60_000, evaluatedAt: now, platforms: [{ platform: 'x', level: 'normal', since: now - 60_000, reason: null, baselineReady: false }], storageProblem: null },
  });
  await expect(page.getByTestId('learning')).toHaveText('Learning what a normal day looks like — alerts start after a day of history.');
  await expect(pill).toHaveText('○ Learning normal');
  await expect(page.getByTestId('no-reason')).toHaveCount(0);

  // No incident: Declare is here, as in the popup.
  const declare = page.getByRole('button', { name: 'Declare an incident' });
  await declare.focus();
  await page.keyboard.press('Enter');
  const tools = page.getByTestId('incident');
  const title = tools.getByRole('heading', { level: 3, name: 'Possible crisis' });
  await expect(title).toBeFocused();
  await expect(page.getByTestId('level-announcement')).toHaveText('Incident declared: Possible crisis. Its checklist and crisis clock follow.');
  // The popup's working tools: the clock, the texts to copy, the schedulers, the checklist, Resolve.
  await expect(tools.getByTestId('crisis-clock')).toContainText('first response due');
  await expect(tools.getByRole('button', { name: 'Copy holding statement' })).toBeVisible();
  await expect(tools.getByRole('button', { name: 'Copy internal update' })).toBeVisible();
  await expect(tools.getByText('Pause scheduled posts', { exact: true })).toBeVisible();
  const first = tools.getByRole('checkbox').first();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(tools).toContainText(/1 of \d+ steps done/);
  // The post-mortem is for after: folded away while the incident is open.
  await expect(page.getByText('The post-mortem, for after the incident')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show the report' })).toBeHidden();

  // Resolved from here: the focus goes to the section's heading, the post-mortem is out in the open.
  await tools.getByRole('button', { name: 'Resolve the incident…' }).click();
  // Cancel takes the focus when the question has drawn: the safe answer. (Enter before that, under load,
  // pressed Resolve again.)
  await expect(tools.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tools.getByRole('button', { name: 'Resolve the incident…' }).click();
  await tools.getByRole('button', { name: 'Yes, resolve' }).click();
  await expect(tools).toHaveCount(0);
  await expect(page.locator('#incident-heading')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Declare an incident' })).toBeVisible();

  // Declared by the team at Normal: the report claims no level, and names no platform as "none".
  await page.getByRole('button', { name: 'Show the report' }).click();
  const report = page.getByTestId('post-mortem-markdown');
  await expect(report).toContainText('- **Level:** none (declared by the team, with no spike detected)');
  await expect(report).toContainText('- **Platform:** not recorded');
  await expect(report).not.toContainText('Level:** watch');

  // The files carry the incident's date (its start, as stored) and title.
  const [incident] = await readStore<{ startedAt: number }>(await session.serviceWorker(), 'firebreak', 'incidents');
  const day = new Date(incident!.startedAt);
  const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  for (const [button, name] of [['Export Markdown', `post-mortem-${date}-possible-crisis.md`], ['Export JSON', `post-mortem-${date}-possible-crisis.json`]] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    expect((await download).suggestedFilename()).toBe(name);
  }
  expect(session.extensionRequests()).toEqual([]);
});
