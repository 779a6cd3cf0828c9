// English messages from the locale file for unit tests: the fake browser has no i18n.
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(await parseMessagesFile('assets/locales/en.yml'));

/** browser.i18n.getMessage over en.yml, with $1…$9 substitutions as Chrome does them. */
export function useEnglishMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string, substitutions?: string | string[]) => {
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const message = messages[name]?.message ?? '';
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/**
 * A pseudo-locale for tests: a message's Latin letters made fullwidth ("Save" → "Ｓａｖｅ"), its
 * placeholders ($1…$9) and everything else kept. Shown under `usePseudoMessages`, a Latin letter
 * outside the page's own data is a word that did not come from the locale file.
 */
export const pseudo = (english: string): string =>
  english.replace(/[A-Za-z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0xfee0));

/** browser.i18n.getMessage over en.yml in the pseudo-locale (see `pseudo`), with substitutions as Chrome does them. */
export function usePseudoMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string, substitutions?: string | string[]) => {
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const message = messages[name] === undefined ? '' : pseudo(messages[name].message);
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}
