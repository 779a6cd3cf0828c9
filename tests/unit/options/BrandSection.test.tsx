// @vitest-environment happy-dom
// The brand form saves only what its own export can bring back (the settings file's limits), and keeps
// one spelling of a term that differs from another only in case (matching ignores case).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BrandSection, listProblem, tidyHandle, tidyHashtag } from '@/components/options/BrandSection';
import { splitTerms } from '@/components/options/fields';
import { importSections, type ImportSections } from '@/components/options/SettingsFileSection';
import { exportSettingsFile, parseSettingsFile } from '@/utils/plan';
import { brandProfile } from '@/utils/settings';
import { buttonNamed, byLabel, click, mount, settle, type, unmountAll, useEnglishMessages } from './helpers';

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };
const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;

beforeEach(async () => {
  useEnglishMessages();
  await brandProfile.setValue(BRAND);
});
afterEach(unmountAll);

describe('BrandSection', () => {
  test('a term longer than a settings file takes is refused in words next to its list, and nothing is saved', async () => {
    const root = await mount(<BrandSection />);
    const names = byLabel(root, 'Brand names');
    await type(names, `Brewly, ${'x'.repeat(5000)}`, 'change');
    await click(buttonNamed(root, 'Save brand'));

    expect(await brandProfile.getValue()).toEqual(BRAND);
    expect(names.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(`${names.id}-error`);
    expect(error?.textContent).toBe(`Error: Each term can be at most 200 characters long: shorten “${'x'.repeat(30)}…”.`);
    expect(names.getAttribute('aria-describedby')).toContain(error!.id);
    expect(document.activeElement).toBe(names);
    expect(status(root)).toBe('Not saved: fix the lists marked “Error:” above.');

    // Fixed, it saves, and the export imports again.
    await type(names, `Brewly, ${'x'.repeat(200)}`, 'change');
    expect(document.getElementById(`${names.id}-error`)).toBeNull();
    await click(buttonNamed(root, 'Save brand'));
    expect(status(root)).toBe('✓ Saved.');
    const brand = await brandProfile.getValue();
    expect(brand.names).toEqual(['Brewly', 'x'.repeat(200)]);
    expect(parseSettingsFile(exportSettingsFile<ImportSections>({ brand }), importSections()).ok).toBe(true);
  });

  test('an edit not yet saved says so, and leaving the page asks first, until it is saved (QA: a brand name lost)', async () => {
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented ? 'asks' : 'leaves';
    };
    const root = await mount(<BrandSection />);
    expect(status(root)).toBe('');
    expect(leave()).toBe('leaves');

    await type(byLabel(root, 'Brand names'), 'Brewly, Brewly Coffee', 'change');
    expect(status(root)).toBe('● Unsaved changes. Save this section to keep them.');
    expect(leave()).toBe('asks');

    // Put back as it was: nothing to save.
    await type(byLabel(root, 'Brand names'), 'Brewly', 'change');
    expect(status(root)).toBe('');
    expect(leave()).toBe('leaves');

    await type(byLabel(root, 'Brand names'), 'Brewly, Brewly Coffee', 'change');
    await click(buttonNamed(root, 'Save brand'));
    expect(status(root)).toBe('✓ Saved.');
    expect(leave()).toBe('leaves');
    expect((await brandProfile.getValue()).names).toEqual(['Brewly', 'Brewly Coffee']);
  });

  test('the moment a section shows "Unsaved changes", leaving already asks (CI: a close right after the edit went unasked)', async () => {
    const root = await mount(<BrandSection />);
    const names = byLabel(root, 'Brand names');
    names.value = 'Brewly, Brewly Coffee';
    // Outside act(): effects run as in the browser, after a frame; the render comes on a microtask.
    names.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 5 && status(root) === ''; i++) await Promise.resolve();
    expect(status(root)).toBe('● Unsaved changes. Save this section to keep them.');
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await settle();
  });

  test('pasted profile links become handles, stray spaces and lone "@" or "#" go, and a handle with and without "@" is kept once (QA)', async () => {
    expect(tidyHandle('https://x.com/brewly')).toBe('brewly');
    expect(tidyHandle('https://www.instagram.com/brewly/')).toBe('brewly');
    expect(tidyHandle('https://bsky.app/profile/brewly.bsky.social')).toBe('brewly.bsky.social');
    expect(tidyHandle('https://mastodon.social/@brewly')).toBe('@brewly@mastodon.social');
    expect(tidyHandle('https://www.tiktok.com/@brewly')).toBe('@brewly');
    expect(tidyHandle('https://www.linkedin.com/company/brewly')).toBe('brewly');
    expect(tidyHandle('https://x.com/brewly/status/123')).toBe('https://x.com/brewly/status/123');
    expect(tidyHashtag('# brewly')).toBe('#brewly');

    const root = await mount(<BrandSection />);
    await type(byLabel(root, 'Handles'), '@brewly, https://x.com/Brewly, @ brewlysupport, @', 'change');
    await type(byLabel(root, 'Hashtags'), '#, # brewlypro', 'change');
    await click(buttonNamed(root, 'Save brand'));
    const brand = await brandProfile.getValue();
    expect(brand.handles).toEqual(['@brewly', '@brewlysupport']);
    expect(brand.hashtags).toEqual(['#brewlypro']);
  });

  test('a hashtag in Handles and a hashtag with a space are refused at their field, and what was typed stays (QA: saved, never matched)', async () => {
    expect(listProblem('handles', ['@acme', '#acme', '＃acmerecall'])).toBe('A handle never starts with “#”: move #acme, ＃acmerecall to Hashtags below.');
    expect(listProblem('hashtags', ['#acme recall', 'AcmeCoffee', 'acme  kx'])).toBe(
      'A hashtag has no spaces: write #acmerecall, not “#acme recall”. A hashtag has no spaces: write acmekx, not “acme  kx”.',
    );
    expect(listProblem('handles', ['@acme', 'acme_support'])).toBeNull();
    expect(listProblem('hashtags', ['#AcmeRecall'])).toBeNull();
    // Names and products have spaces and may start with "#" ("#1 Coffee").
    expect(listProblem('names', ['Acme Coffee', '#1 Coffee'])).toBeNull();

    const root = await mount(<BrandSection />);
    const handles = byLabel(root, 'Handles');
    const hashtags = byLabel(root, 'Hashtags');
    // Pointed out as the field is left, before any save.
    await type(handles, '@brewly, #acme, #acmerecall', 'change');
    const handlesError = document.getElementById(`${handles.id}-error`);
    expect(handlesError?.textContent).toBe('Error: A handle never starts with “#”: move #acme, #acmerecall to Hashtags below.');
    expect(handles.getAttribute('aria-invalid')).toBe('true');
    expect(handles.getAttribute('aria-describedby')).toContain(handlesError!.id);
    await type(hashtags, '#acme recall', 'change');
    expect(document.getElementById(`${hashtags.id}-error`)?.textContent).toBe('Error: A hashtag has no spaces: write #acmerecall, not “#acme recall”.');

    // Saving refuses, keeps every term in its field, and takes the focus to the first list to fix.
    await click(buttonNamed(root, 'Save brand'));
    expect(await brandProfile.getValue()).toEqual(BRAND);
    expect(status(root)).toBe('Not saved: fix the lists marked “Error:” above.');
    expect(document.activeElement).toBe(handles);
    expect(handles.value).toBe('@brewly, #acme, #acmerecall');
    expect(hashtags.value).toBe('#acme recall');

    // Moved and joined as the messages say, it saves.
    await type(handles, '@brewly', 'change');
    await type(hashtags, '#acme, #acmerecall', 'change');
    expect(document.getElementById(`${handles.id}-error`)).toBeNull();
    expect(document.getElementById(`${hashtags.id}-error`)).toBeNull();
    await click(buttonNamed(root, 'Save brand'));
    expect(status(root)).toBe('✓ Saved.');
    expect(await brandProfile.getValue()).toEqual({ ...BRAND, hashtags: ['#acme', '#acmerecall'] });
  });

  test('"@acme" and "#acme" in Handles are two terms: the hashtag is not dropped as a copy of the handle', async () => {
    const root = await mount(<BrandSection />);
    await type(byLabel(root, 'Handles'), '@acme, #acme', 'change');
    expect(byLabel(root, 'Handles').value).toBe('@acme, #acme');
  });

  test('a comma between digits, or inside a term the list already holds, stays in the term', () => {
    expect(splitTerms('$2,500,000 settlement, Project Falcon')).toEqual(['$2,500,000 settlement', 'Project Falcon']);
    const kept = ['Acme, Inc. acquisition', 'Falcon'];
    // As the field shows them (joined by ", "), with a term added on a line of its own and one after a comma.
    expect(splitTerms('Acme, Inc. acquisition, Falcon, Osprey\nHeron', kept)).toEqual(['Acme, Inc. acquisition', 'Falcon', 'Osprey', 'Heron']);
    // A term edited is new text: its comma separates again, as the field's hint says.
    expect(splitTerms('Acme, Inc. merger', kept)).toEqual(['Acme', 'Inc. merger']);
  });

  test('terms that differ only in case are kept once, in their first spelling', async () => {
    expect(splitTerms('Brewly, brewly , Brewly Coffee\nBREWLY coffee')).toEqual(['Brewly', 'Brewly Coffee']);

    const root = await mount(<BrandSection />);
    await type(byLabel(root, 'Brand names'), 'Brewly, brewly , Brewly Coffee', 'change');
    await click(buttonNamed(root, 'Save brand'));
    expect((await brandProfile.getValue()).names).toEqual(['Brewly', 'Brewly Coffee']);
  });
});
