// The badge and its popover look the same on every page: a page rule that matches the badge's host
// element (it sits in the page's post) must not restyle the text inside it, in the top layer too.
import { pageOf } from '../fixtures/load';
import { tweetHtml, X_BASE_CSS } from '../fixtures/x/build';
import { expect, setLocalStorage, test } from './harness';

const BRAND = { names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] };
const ANGRY = 'Brewly refused my refund. Worst service ever, I am furious and I want everyone to know about it. #BoycottBrewly';
// As QA met it: a page restyling everything in its posts (and shouting about it).
const HOSTILE = `<style>
  article * { font-size: 30px; color: red; text-transform: uppercase; letter-spacing: 6px; line-height: 3; font-family: serif;
    text-align: right; white-space: nowrap; word-spacing: 20px; font-style: italic; visibility: visible; }
  article firebreak-badge { font-size: 40px !important; letter-spacing: 9px !important; white-space: pre !important; }
</style>`;
const URL = 'https://x.com/home';

test('a page rule matching the badge restyles neither the badge nor its open popover', async ({ session }) => {
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  session.serve(URL, pageOf([X_BASE_CSS, HOSTILE, tweetHtml({ id: '1000000000000000101', handle: 'customer', text: ANGRY, time: '2026-11-23T10:00:00.000Z' })]));
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(URL);
  const host = page.locator('firebreak-badge');
  await expect(host).toHaveCount(1);
  // The page's rule does reach the page's own text.
  expect(await page.locator('[data-testid="tweetText"]').evaluate((element) => getComputedStyle(element).fontSize)).toBe('30px');

  const badge = host.getByRole('button', { name: /^Firebreak:/ });
  const face = await badge.evaluate((element) => {
    const style = getComputedStyle(element);
    return { fontSize: style.fontSize, letterSpacing: style.letterSpacing, textTransform: style.textTransform, height: element.getBoundingClientRect().height };
  });
  expect(face).toMatchObject({ fontSize: '11px', letterSpacing: 'normal', textTransform: 'none' });
  expect(face.height).toBeLessThan(30);

  await badge.click();
  const dialog = host.getByRole('dialog', { name: 'Why Firebreak labelled this post' });
  await expect(dialog).toBeVisible();
  const styles = await dialog.evaluate((popover) => {
    const read = (element: Element) => {
      const style = getComputedStyle(element);
      return {
        fontSize: style.fontSize,
        lineHeight: style.lineHeight,
        letterSpacing: style.letterSpacing,
        wordSpacing: style.wordSpacing,
        whiteSpace: style.whiteSpace,
        textTransform: style.textTransform,
        textAlign: style.textAlign,
        fontStyle: style.fontStyle,
        serif: /^serif$/i.test(style.fontFamily.trim()),
      };
    };
    const action = popover.querySelector('.action')!;
    return {
      // In the top layer where the Popover API is: the path the page cannot reach either.
      topLayer: popover.matches(':popover-open'),
      popover: read(popover),
      action: read(action),
      quote: read(popover.querySelector('blockquote')!),
      // Nothing runs out of the popover's width (nowrap would push the text out and clip it).
      overflows: popover.scrollWidth > popover.clientWidth + 1 || action.scrollWidth > action.clientWidth + 1,
      width: popover.getBoundingClientRect().width,
    };
  });
  expect(styles.topLayer).toBe(true);
  expect(styles.popover).toEqual({
    fontSize: '13px',
    lineHeight: expect.stringMatching(/^18\.\d+px$/) as unknown as string,
    letterSpacing: 'normal',
    wordSpacing: '0px',
    whiteSpace: 'normal',
    textTransform: 'none',
    textAlign: 'start',
    fontStyle: 'normal',
    serif: false,
  });
  expect(styles.action).toMatchObject({ fontSize: '13px', letterSpacing: 'normal', whiteSpace: 'normal', textTransform: 'none' });
  expect(styles.quote).toMatchObject({ fontSize: '13px', letterSpacing: 'normal', whiteSpace: 'pre-wrap', textTransform: 'none' });
  expect(styles.overflows).toBe(false);
  expect(styles.width).toBeLessThanOrEqual(360);
});
