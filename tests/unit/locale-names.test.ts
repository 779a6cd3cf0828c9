// Chrome refuses to load an extension whose locale file has a message name outside [A-Za-z0-9_@]: no
// service worker, no page, nothing (a "reply-dm" key did that once). Every name the build writes is checked.
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { expect, test } from 'vitest';

test('every message name in en.yml is one Chrome accepts', async () => {
  const names = Object.keys(generateChromeMessages(await parseMessagesFile('assets/locales/en.yml')));
  expect(names.length).toBeGreaterThan(100);
  expect(names.filter((name) => !/^[A-Za-z0-9_@]+$/.test(name))).toEqual([]);
});
