import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { lazyUmd } from './utils/build/lazy-umd';

/** Asked for at run time, one origin at a time, only when the user turns a feature on. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

// Every dependency is a visible import: no auto-imports.
export default defineConfig({
  imports: false,
  // The fixed top level has no public/: static files (icons) live in assets/public.
  publicDir: 'assets/public',
  // FIREBREAK_OUT_DIR: build somewhere other than .output (two builds side by side on one checkout).
  outDir: process.env.FIREBREAK_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // All UI text lives in locale files (the fixed top level has no locales/: they sit in assets/).
  i18n: { localesDir: resolve('assets/locales') },
  vite: () => ({
    // compromise's tagger runs on first use, not at every start of the service worker (utils/build/lazy-umd.ts).
    plugins: [preact(), lazyUmd('compromise/two')],
    // FIREBREAK_NO_MINIFY=1: readable function names in profiles (`npm run bench:page -- --profile`).
    ...(process.env.FIREBREAK_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings (WXT storage); alarms: evaluations and retention survive the worker being
    // stopped; notifications: alerts that say why. IndexedDB needs no permission.
    permissions: ['storage', 'alarms', 'notifications', ...(manifestVersion === 3 ? ['scripting'] : [])],
    // A Mastodon instance beyond the default ones is asked for at run time, one host at a time.
    // The same for an opted-in listening source's API and a team-alerts webhook; plain http only on
    // this computer's loopback address (a local relay), which never leaves the machine.
    ...(manifestVersion === 3 ? { optional_host_permissions: OPTIONAL_HOSTS } : { optional_permissions: OPTIONAL_HOSTS }),
    browser_specific_settings: {
      gecko: {
        id: 'firebreak@firebreak.app',
        strict_min_version: '142.0',
        // Firebreak collects nothing: every analysis stays on the device.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
