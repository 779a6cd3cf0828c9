import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Every dependency is a visible import: no auto-imports.
export default defineConfig({
  imports: false,
  // The fixed top level has no public/: static files (icons) live in assets/public.
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Firebreak',
    description:
      'See a social media crisis coming and handle it well, inside the platforms you already use. Private by design: every analysis runs on your device.',
    // storage: settings (WXT storage); alarms: evaluations and retention survive the worker being
    // stopped; notifications: alerts that say why. IndexedDB needs no permission.
    permissions: ['storage', 'alarms', 'notifications'],
    browser_specific_settings: {
      gecko: {
        id: 'firebreak@firebreak.app',
        strict_min_version: '142.0',
        // Firebreak collects nothing: every analysis stays on the device.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
