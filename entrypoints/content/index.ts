import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnPage } from '@/utils/content/page';
import { adapterForUrl, ALL_MATCHES } from '@/utils/platforms/registry';

export default defineContentScript({
  matches: ALL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForUrl(location.href);
    if (!adapter) return;
    runOnPage(ctx, adapter).catch((error: unknown) => console.debug('[Firebreak]', adapter.id, error));
  },
});
