// What the user sees, second pass, measured in the built extension: the badge's popover ends at its
// last line and its controls look like Firebreak's own (not the browser's, whatever the page's CSS);
// the crisis plan's fields show their text, line up, and its checkboxes sit on their labels' line;
// the dashboard's platform health reads as one card per platform in a narrow window, still a table;
// the trend legend shows the latest figures before any hover; the popup's checklist shows that it
// scrolls.
import type { Locator, Page } from '@playwright/test';
import { pageOf } from '../fixtures/load';
import { tweetHtml, X_BASE_CSS } from '../fixtures/x/build';
import { seedCrisis } from './seed';
import { expect, setLocalStorage, test } from './harness';

const box = async (locator: Locator) => (await locator.boundingBox())!;

const BRAND = { names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] };
const ANGRY = 'Brewly refused my refund. Worst service ever, I am furious. #BoycottBrewly';
// The page styles its own controls, loudly: none of it may reach the popover's, and the popover's may not reach the page's.
const PAGE_CONTROLS = `<style>
  button, select { border-radius: 0 !important; background: rgb(255, 0, 0) !important; font: italic 30px serif !important; padding: 20px !important; }
</style><p><button id="page-button" type="button">Page button</button></p>`;

test('badge popover: no empty band under its last line; its select and Save look like Firebreak’s pages, whatever the page’s CSS', async ({ session }) => {
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  const URL = 'https://x.com/home';
  session.serve(URL, pageOf([X_BASE_CSS, PAGE_CONTROLS, tweetHtml({ id: '1000000000000000201', handle: 'customer', text: ANGRY, time: '2026-11-23T10:00:00.000Z' })]));
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(URL);
  const host = page.locator('firebreak-badge');
  await host.getByRole('button', { name: /^Firebreak:/ }).click();
  const dialog = host.getByRole('dialog', { name: 'Why Firebreak labelled this post' });
  await expect(dialog).toBeVisible();
  const select = dialog.getByLabel('Correct this label');
  const save = dialog.getByRole('button', { name: 'Save' });

  // The last line (the correction) ends the popover: its padding (12 px) and border, not 30 px more.
  const [dialogBox, selectBox, saveBox] = [await box(dialog), await box(select), await box(save)];
  expect(dialogBox.y + dialogBox.height - (saveBox.y + saveBox.height)).toBeLessThanOrEqual(14);
  // Select and Save on one line, the same height.
  expect(Math.abs(selectBox.height - saveBox.height)).toBeLessThanOrEqual(1);
  expect(Math.abs(selectBox.y + selectBox.height - (saveBox.y + saveBox.height))).toBeLessThanOrEqual(1);

  const look = () =>
    dialog.evaluate((popover) => {
      const read = (element: Element) => {
        const style = getComputedStyle(element);
        return {
          radius: style.borderTopLeftRadius,
          border: `${style.borderTopWidth} ${style.borderTopStyle}`,
          borderColor: style.borderTopColor,
          background: style.backgroundColor,
          color: style.color,
          font: `${style.fontStyle} ${style.fontSize} ${style.fontFamily}`,
        };
      };
      const own = getComputedStyle(popover);
      // The text of the line they are on ("Correct this label:").
      const line = getComputedStyle(popover.querySelector('select')!.closest('p')!);
      return {
        popover: { background: own.backgroundColor, color: own.color, font: `${line.fontStyle} ${line.fontSize} ${line.fontFamily}` },
        select: read(popover.querySelector('select')!),
        save: read(popover.querySelector('button.save')!),
      };
    });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { popover, select: selectLook, save: saveLook } = await look();
    for (const control of [selectLook, saveLook]) {
      // Rounded 6 px with a 1 px rule, on the popover's own background, in its text colour and its line's font.
      expect(control, scheme).toMatchObject({ radius: '6px', border: '1px solid', background: popover.background, color: popover.color, font: popover.font });
    }
    expect(saveLook.borderColor, scheme).toBe(selectLook.borderColor);
  }
  // And the popover's rules stay in the popover: the page's own button keeps the page's look.
  expect(await page.locator('#page-button').evaluate((button) => getComputedStyle(button).borderTopLeftRadius)).toBe('0px');
  expect(await page.locator('#page-button').evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(255, 0, 0)');
});

/** The vertical centre of a checkbox or radio and that of the first line of its label's text. */
function centres(input: Locator) {
  return input.evaluate((element) => {
    const label = element.closest('label')!;
    const range = document.createRange();
    range.setStartAfter(element);
    range.setEnd(label, label.childNodes.length);
    const line = Array.from(range.getClientRects()).find((rect) => rect.width > 2)!;
    const own = element.getBoundingClientRect();
    return { input: own.top + own.height / 2, text: line.top + line.height / 2 };
  });
}

test('settings: an approval step shows what the approver checks in full; an owner list is as tall as the date beside it; checkboxes and radios sit on their label’s line', async ({ session }) => {
  const page = await session.openExtensionPage('options', { width: 800, height: 900 });
  const checks = page.getByRole('textbox', { name: 'What they check' });
  await expect(checks).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const fit = await checks.nth(i).evaluate((input: HTMLInputElement) => ({ value: input.value, scroll: input.scrollWidth, client: input.clientWidth }));
    expect(fit.scroll, fit.value).toBeLessThanOrEqual(fit.client);
  }

  const owner = page.getByRole('combobox', { name: 'Owner (keeps it up to date)' }).first();
  const until = page.getByLabel('Approved until').first();
  const [ownerBox, untilBox] = [await box(owner), await box(until)];
  expect(Math.abs(ownerBox.height - untilBox.height)).toBeLessThanOrEqual(1);
  expect(Math.abs(ownerBox.y - untilBox.y)).toBeLessThanOrEqual(1);
  // And as tall as a text box: every single-line field of the settings is one height.
  const text = await box(page.getByRole('textbox', { name: 'What they check' }).first());
  expect(Math.abs(ownerBox.height - text.height)).toBeLessThanOrEqual(1);

  const controls = [
    page.getByRole('radio', { name: /^Sensitive/ }),
    page.getByRole('radio', { name: /^Balanced/ }),
    page.getByRole('checkbox', { name: 'X', exact: true }),
    page.getByRole('checkbox', { name: 'Show a desktop notification when the level rises' }),
  ];
  for (const control of controls) {
    const { input, text: line } = await centres(control);
    expect(Math.abs(input - line), String(control)).toBeLessThanOrEqual(0.75);
  }
});

test('dashboard at 400 px: platform health is one card per platform, each value on one line, still a table to a screen reader', async ({ session }) => {
  const page = await session.openExtensionPage('dashboard', { width: 400, height: 900 });
  const table = page.getByTestId('adapter-health');
  await expect(table.getByRole('rowheader', { name: 'X', exact: true })).toBeVisible();
  const layout = await table.evaluate((element) => {
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
    const rows = Array.from(element.querySelectorAll('tbody tr'));
    return {
      lineHeight,
      // Every value's own text: how many lines it takes.
      valueLines: rows.flatMap((row) =>
        Array.from(row.querySelectorAll('td')).map((cell) => {
          const value = Array.from(cell.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
          const range = document.createRange();
          range.setStartBefore(value[0]!);
          range.setEndAfter(value[value.length - 1]!);
          const tops = new Set(Array.from(range.getClientRects()).filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          return { text: range.toString().trim(), lines: tops.size };
        }),
      ),
      // Column headings shown on screen: none taller than two lines.
      tallestHeading: Math.max(
        0,
        ...Array.from(element.querySelectorAll('th'))
          .map((cell) => cell.getBoundingClientRect())
          .filter((rect) => rect.width > 1 && rect.height > 1)
          .map((rect) => rect.height),
      ),
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    };
  });
  expect(layout.valueLines).toHaveLength(30);
  for (const value of layout.valueLines) expect(value.lines, value.text).toBe(1);
  expect(layout.tallestHeading).toBeLessThan(layout.lineHeight * 2 + 16);
  expect(layout.scroll).toBeLessThanOrEqual(layout.client);

  // Chromium's own accessibility tree: a table of rows, with its column headers, row headers and cells;
  // a cell's name is its value alone (the label drawn beside it is not read twice).
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value?: string }; name?: { value?: string }; ignored?: boolean }> };
  const named = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role).map((node) => node.name?.value ?? '');
  expect(named('columnheader')).toEqual(['Platform', 'Posts found on the last visit', 'Last visit', 'Last time posts were found']);
  expect(named('rowheader')).toHaveLength(10);
  expect(named('rowheader')[0]).toBe('X');
  const cells = named('cell');
  expect(cells).toHaveLength(30);
  expect(cells.slice(0, 3)).toEqual(['—', 'not visited yet', '—']);
  expect(named('row')).toHaveLength(11);
});

// page.clock is the browser context's: a fake clock would stay in the next tests' pages.
test.describe('with a clock of its own', () => {
  test.use({ freshBrowser: true });

  test('dashboard: the trend legend shows the latest hour’s figures before any hover, and again once the pointer leaves', async ({ session }) => {
    // Seeded and shown at half past an hour: in an hour's first minute the chart's latest hour is still
    // empty (legend "0"), and the table, which lists hours with mentions, ends an hour earlier.
    const hour = 3_600_000;
    const now = Math.floor(Date.now() / hour) * hour - hour / 2;
    const page = await seedCrisis(session, { now });
    await page.clock.setFixedTime(now);
    await page.reload();
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.locator('.trend-chart .u-title')).toHaveText(/mentions/);
    const legend = () => page.locator('.trend-chart .u-legend .u-series').evaluateAll((rows) => rows.map((row) => row.querySelector('.u-value')?.textContent ?? ''));
    const rows = page.locator('details', { hasText: 'The chart as a table' }).locator('tbody tr');
    const last = await rows.last().locator('td').allTextContents();
    const [count, negatives] = [Number(last[1]), Number(last[2])];
    const latest = ['', String(count), `${Math.round((negatives / count) * 100)}%`];

    // The chart fills its legend once it has drawn the data, a frame or more after the table: wait for it.
    await expect.poll(async () => (await legend()).slice(1)).toEqual(latest.slice(1));
    const [time] = await legend();
    expect(time).not.toBe('');
    // Each value stands apart from its label.
    const gaps = await page.locator('.trend-chart .u-legend .u-series').evaluateAll((rows) =>
      rows.map((row) => {
        const text = (cell: Element) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return range.getBoundingClientRect();
        };
        return text(row.querySelector('.u-value')!).left - text(row.querySelector('th')!).right;
      }),
    );
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(3);

    // The pointer on the first hour shows that hour; once it leaves, the latest again.
    const over = await box(page.locator('.trend-chart .u-over'));
    await page.mouse.move(over.x + 4, over.y + over.height / 2);
    await expect.poll(async () => (await legend())[0]).not.toBe(time);
    await page.mouse.move(over.x + over.width / 2, over.y + over.height + 200);
    await expect.poll(legend).toEqual([time, ...latest.slice(1)]);
  });
});

/**
 * How many of the pixel columns in a one-pixel row `y` px from the top of `element` differ from the page's
 * background by more than a trace: a shade across the whole width, not the odd letter.
 */
async function shadedShare(page: Page, element: Locator, y: number): Promise<number> {
  await element.evaluate((list) => list.scrollIntoView({ block: 'center' }));
  const rect = await box(element);
  const png = await page.screenshot({ clip: { x: rect.x + 4, y: rect.y + y, width: rect.width - 8, height: 1 } });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, 1).data;
    const background = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
    let shaded = 0;
    for (let x = 0; x < image.width; x++) {
      const difference = Math.max(...[0, 1, 2].map((channel) => Math.abs(pixels[x * 4 + channel]! - background[channel]!)));
      if (difference >= 6) shaded++;
    }
    return shaded / image.width;
  }, png.toString('base64'));
}

test('popup: a checklist cut off by its box shows a shade at the cut edge, and none once scrolled to its end', async ({ session }) => {
  const seeded = await seedCrisis(session);
  await seeded.close();
  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  const list = popup.getByRole('list', { name: 'Checklist' });
  await expect(list).toBeVisible();
  const height = (await box(list)).height;
  expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight + 20)).toBe(true);
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await list.evaluate((element) => element.scrollTo(0, 0));
    // More below: the bottom edge is shaded across the list; the top is not.
    expect(await shadedShare(popup, list, height - 2), `${scheme}, bottom, at the top`).toBeGreaterThan(0.9);
    expect(await shadedShare(popup, list, 1), `${scheme}, top, at the top`).toBeLessThan(0.5);
    await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    // At the end: the shade is at the top (more above), and the bottom edge is clear.
    expect(await shadedShare(popup, list, 1), `${scheme}, top, at the end`).toBeGreaterThan(0.9);
    expect(await shadedShare(popup, list, height - 2), `${scheme}, bottom, at the end`).toBeLessThan(0.5);
  }
});
