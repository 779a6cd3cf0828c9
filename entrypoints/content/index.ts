import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyze } from '@/utils/analysis';
import { BADGE_TAG, mountBadge } from '@/utils/content/badge';
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
      decorate: (element, _post, analysis) => mountBadge(element, adapter.badgeAnchor(element), analysis),
      report: (posts) => sendMessage('content→background:postsSeen', posts),
      signal: ctx.signal,
      onError: (error) => console.debug('[Firebreak]', adapter.id, error),
    });
    // Reloaded or updated extension: leave the page as it was.
    ctx.onInvalidated(() => document.querySelectorAll(BADGE_TAG).forEach((badge) => badge.remove()));
  },
});
