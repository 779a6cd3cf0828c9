// The reply coach in a rich editor and on a web-component site, in the real built extension: an
// inserted suggestion replaces a formatted draft as plain typed text (the site still takes it as
// typing, and one undo brings the draft back), and page CSS hiding undefined custom elements does
// not hide the coach.
import type { Page } from '@playwright/test';
import { pageOf } from '../fixtures/load';
import { tweetHtml, X_BASE_CSS } from '../fixtures/x/build';
import { expect, test } from './harness';

const URL = 'https://x.com/angry_customer/status/1000000000000000001';
const BOX = '[data-testid="tweetTextarea_0"]';

/**
 * A post and a contenteditable reply box under it, with a stand-in for the site's editor: on the
 * box's input events it updates a character counter and enables its Send button.
 */
function xPage(css = ''): string {
  return `${X_BASE_CSS}${css}${pageOf([
    tweetHtml({ id: '1000000000000000001', handle: 'angry_customer', text: 'Brewly refused my refund. Worst service ever, I am furious.', time: '2026-11-23T10:00:00.000Z' }),
    `<div class="DraftEditor-root"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" aria-label="Post text" style="min-height:40px"></div></div>
<div><span id="site-counter">0</span> <button id="site-send" type="button" disabled>Send</button></div>
<script>
  window.__inputTypes = [];
  document.addEventListener('input', (event) => {
    const box = document.querySelector(${JSON.stringify(BOX)});
    if (event.target !== box) return;
    window.__inputTypes.push(event.inputType);
    const text = box.innerText.trim();
    document.getElementById('site-counter').textContent = String(text.length);
    document.getElementById('site-send').disabled = text.length === 0;
  }, true);
</script>`,
  ])}`;
}

const inputTypes = (page: Page) => page.evaluate(() => (window as unknown as { __inputTypes: string[] }).__inputTypes);

/**
 * What the page's editor holds: its text, any of it that does not look like its paragraph, and its
 * nodes written out (`p(b("Hi")," there")`, with attributes) to compare and to read in a failure.
 */
const boxState = (page: Page) =>
  page.locator(BOX).evaluate((box) => {
    const shape = (node: Node): string => {
      if (!(node instanceof Element)) return JSON.stringify(node.textContent);
      const attributes = Array.from(node.attributes, (attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`).join(' ');
      return `${node.localName}${attributes ? `[${attributes}]` : ''}(${Array.from(node.childNodes, shape).join(',')})`;
    };
    const formatted: string[] = [];
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const block = node.parentElement!.closest('p, li, div')!;
      const own = getComputedStyle(node.parentElement!);
      const base = getComputedStyle(block);
      const looks = (style: CSSStyleDeclaration) => [style.fontWeight, style.fontStyle, style.fontSize, style.color, style.fontFamily].join(' ');
      if (looks(own) !== looks(base)) formatted.push(node.textContent);
    }
    return { text: (box as HTMLElement).innerText.trim(), formatted, nodes: Array.from(box.childNodes, shape).join(',') };
  });

const DRAFTS = [
  {
    name: 'bold and italic',
    html: '<p><b><i>Hi Sam</i></b>,</p><p>as I already said, <a href="https://acme.com">read the manual</a>.</p><ul><li>Project <i>Falcon</i> is late</li></ul>',
    // The formatting the browser carries over is turned off within the same editing step.
    undoSteps: 1,
  },
  {
    name: 'coloured, larger and underlined',
    html: '<p><span style="color: #c00; font-size: 22px; font-family: serif"><u>Hi Sam</u></span>, read the manual.</p>',
    // A size is removed from the inserted text afterwards: a second step.
    undoSteps: 2,
  },
];

for (const { name, html, undoSteps } of DRAFTS) {
  test(`a suggestion inserted over a ${name} draft is plain typed text, and undo brings the draft back`, async ({ session }) => {
    session.serve(URL, xPage());
    const page = await session.open(URL);
    const coach = page.locator('firebreak-coach');
    const box = page.locator(BOX);
    await box.click();
    // Pasted rich text, as the editor takes it.
    await page.evaluate((draft) => document.execCommand('insertHTML', false, draft), html);
    const draft = await boxState(page);
    expect(draft.formatted).toContain('Hi Sam');
    await expect(coach).toHaveAttribute('data-firebreak-findings', /\S/);

    const suggestion = coach.locator('li.suggestion:not(.unusable)').first();
    const text = (await suggestion.locator('.suggestion-text').textContent())!.trim();
    const before = (await inputTypes(page)).length;
    await suggestion.getByRole('button', { name: /^Insert “/ }).click();

    await expect.poll(async () => (await boxState(page)).text).toBe(text);
    const after = await boxState(page);
    expect(after.formatted, after.nodes).toEqual([]);
    expect(after.nodes).not.toMatch(/\b(b|i|u|strong|em|font|span)[[(]|style=/);
    // Still the site's own typed input: its counter and Send button follow.
    await expect(page.locator('#site-counter')).toHaveText(String(text.length));
    await expect(page.locator('#site-send')).toBeEnabled();
    expect((await inputTypes(page)).slice(before)).toContain('insertText');

    await expect(box).toBeFocused();
    for (let step = 0; step < undoSteps; step++) await page.keyboard.press('Control+z');
    await expect.poll(async () => (await boxState(page)).nodes).toBe(draft.nodes);
  });
}

for (const rule of ['display: none', 'visibility: hidden']) {
  test(`page CSS hiding undefined custom elements (${rule}) does not hide the coach`, async ({ session }) => {
    // The anti-flash rule of web-component sites: the coach's host is a custom element no one defines.
    session.serve(URL, xPage(`<style>:not(:defined) { ${rule} }</style>`));
    const page = await session.open(URL);
    const coach = page.locator('firebreak-coach');
    await page.locator(BOX).click();
    await page.keyboard.type('calm down', { delay: 5 });
    await expect(coach).toHaveAttribute('data-firebreak-findings', /dismissive/);
    const panel = coach.getByRole('region', { name: 'Firebreak reply coach' });
    await expect(panel).toBeVisible();
    await expect(coach.locator('li.finding[data-code="dismissive"]')).toBeVisible();

    // Hidden for this box, it still hides.
    await coach.getByRole('button', { name: /hide/i }).click();
    // "Undo" stays while the pointer or the focus is on the coach: the user goes back to the box.
    await page.locator(BOX).click();
    await expect(coach).toBeHidden();
  });
}
