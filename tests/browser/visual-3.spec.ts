// What the user sees, third pass, measured in the built extension: with an incident open, the popup's
// actions are in view at the height Chrome gives a popup (600 px at most), without scrolling, and once the
// last step is ticked the popup brings Resolve into view; the dashboard's quoted posts read as quotes, not
// as underlined text, and still lead to the post.
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { seedCrisis } from './seed';
import { expect, setLocalStorage, test } from './harness';

/** Chrome's tallest popup. */
const POPUP = { width: 360, height: 600 };

/** Where `locator` is in the page as first shown, not scrolled: its top and bottom. */
async function extent(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  return { top: Math.round(box.y), bottom: Math.round(box.y + box.height), scrollY: await page.evaluate(() => window.scrollY) };
}

test('popup: with an incident open, its clock, the copy buttons, the schedulers to pause and the checklist’s start are in view in a 600 px popup, unscrolled', async ({ session }) => {
  const seeded = await seedCrisis(session);
  await seeded.close();
  const declaring = await session.openExtensionPage('popup', POPUP);
  await declaring.getByRole('button', { name: 'Declare an incident' }).click();
  await expect(declaring.getByTestId('incident').getByRole('heading', { name: 'Spike on X' })).toBeVisible();
  await declaring.close();

  for (const teamAlerts of [false, true]) {
    if (teamAlerts) {
      // Team alerts on: one more button, "Send internal update to the team".
      await setLocalStorage(await session.serviceWorker(), {
        teamAlerts: { enabled: true, kind: 'generic', url: 'http://127.0.0.1:8765/hooks/firebreak', levelChanges: true, internalUpdates: true },
      });
    }
    // The popup as it opens again on the open incident.
    const popup = await session.openExtensionPage('popup', POPUP);
    const incident = popup.getByTestId('incident');
    const wanted = [
      incident.getByTestId('crisis-clock'),
      incident.getByRole('button', { name: 'Copy holding statement' }),
      incident.getByRole('button', { name: 'Copy internal update' }),
      ...(teamAlerts ? [incident.getByRole('button', { name: 'Send internal update to the team' })] : []),
      incident.getByText('Pause scheduled posts', { exact: true }),
      incident.getByRole('progressbar', { name: 'Checklist progress' }),
      // The checklist scrolls in its own box: at least its first step is in view.
      incident.getByRole('checkbox').first(),
    ];
    for (const locator of wanted) {
      const { top, bottom, scrollY } = await extent(popup, locator);
      expect(scrollY).toBe(0);
      expect(top, `${String(locator)}, team alerts ${teamAlerts ? 'on' : 'off'}`).toBeGreaterThanOrEqual(0);
      expect(bottom, `${String(locator)}, team alerts ${teamAlerts ? 'on' : 'off'}`).toBeLessThanOrEqual(POPUP.height);
    }
    // Nothing hidden to make it fit: the reason, the hint on how the clock stops, the steps and the chart are all still there.
    await expect(popup.getByTestId('level-reason')).toBeVisible();
    await expect(incident.getByTestId('response-hint')).toBeVisible();
    await expect(popup.locator('svg.sparkline')).toBeAttached();
    // Resolving, the last step, follows the checklist.
    await expect(incident.getByRole('button', { name: 'Resolve the incident…' })).toBeVisible();
    // Reordered, still sound to assistive technology, light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await seriousViolations(popup), colorScheme).toEqual([]);
    }
    await popup.close();
  }
});

test('dashboard: a quoted post reads as a quote, not underlined; the link to the post is a link of its own, underlined', async ({ session }) => {
  const page = await seedCrisis(session, { reload: true });
  const negative = page.locator('section[aria-labelledby="negative"] ol.mentions');
  const item = negative.locator('li').first();
  const quote = item.locator('blockquote');
  await expect(quote).toHaveText(/Brewly/);
  // A line under text is drawn by the element that sets it, for all the text inside: neither the quote, nor
  // anything in it, nor anything around it sets one.
  const decorations = await quote.evaluate((element) => {
    const around: Element[] = [];
    for (let parent = element.parentElement; parent; parent = parent.parentElement) around.push(parent);
    return [...around, element, ...Array.from(element.querySelectorAll('*'))].map((node) => `${node.tagName}: ${getComputedStyle(node).textDecorationLine}`);
  });
  expect(decorations.filter((line) => !line.endsWith(': none'))).toEqual([]);
  // The quote holds the post's words alone, no link.
  await expect(quote.getByRole('link')).toHaveCount(0);

  // The post is still one click away: a link of its own, looking like one, named for what it does and described by the quote.
  const link = item.getByRole('link', { name: 'Open the post' });
  await expect(link).toHaveAttribute('href', /^https:\/\/x\.com\/user_\d+\/status\/\d+$/);
  await expect(link).toHaveAttribute('target', '_blank');
  expect(await link.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('underline');
  await expect(link).toHaveAccessibleDescription((await quote.textContent())!);
  // Reached by the keyboard.
  await link.focus();
  await expect(link).toBeFocused();
});

test('popup: ticking the checklist’s last step brings Resolve into view and says so', async ({ session }) => {
  const seeded = await seedCrisis(session);
  await seeded.close();
  // Team alerts on: one more button above the checklist, so Resolve stays below the fold to the end.
  await setLocalStorage(await session.serviceWorker(), {
    teamAlerts: { enabled: true, kind: 'generic', url: 'http://127.0.0.1:8765/hooks/firebreak', levelChanges: true, internalUpdates: true },
  });
  const popup = await session.openExtensionPage('popup', POPUP);
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  const incident = popup.getByTestId('incident');
  await expect(incident.getByRole('heading', { name: 'Spike on X' })).toBeVisible();
  const resolve = incident.getByRole('button', { name: 'Resolve the incident…' });
  // Within the popup's height (to the pixel: scrolling to a box of fractional height leaves a fraction over).
  const inView = async () => {
    const box = (await resolve.boundingBox())!;
    return box.y >= 0 && box.y + box.height <= POPUP.height + 1;
  };
  const steps = incident.getByRole('checkbox');
  const count = await steps.count();
  expect(count).toBeGreaterThan(1);
  // Ticked from the keyboard, with the page at its top: nothing but the popup itself may scroll it.
  for (let index = 0; index < count; index++) {
    const step = steps.nth(index);
    await step.evaluate((element) => (element as HTMLInputElement).focus({ preventScroll: true }));
    await popup.evaluate(() => window.scrollTo(0, 0));
    // Until the last step, Resolve is below the fold (so the test shows the popup bringing it up).
    if (index === count - 1) expect(await inView()).toBe(false);
    await popup.keyboard.press('Space');
    await expect(step).toBeChecked();
  }
  await expect(incident.getByRole('status')).toHaveText('Every step is done. Resolve the incident when the crisis is over.');
  await expect.poll(inView).toBe(true);
});
