import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyze } from '@/utils/analysis';
import { startScanner } from '@/utils/content/scanner';
import { sendMessage } from '@/utils/messaging';
import { adapterForUrl, ALL_MATCHES } from '@/utils/platforms/registry';

export default defineContentScript({
  matches: ALL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForUrl(location.href);
    if (!adapter) return;
    startScanner({
      root: document,
      adapter,
      analyze: (text) => analyze(text),
      report: (posts) => sendMessage('content→background:postsSeen', posts),
      signal: ctx.signal,
      onError: (error) => console.debug('[Firebreak]', adapter.id, error),
    });
  },
});
