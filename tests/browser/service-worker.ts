import type { Page } from '@playwright/test';

/**
 * Stops the extension's service worker (DevTools protocol, from `page`, any page of the context) and waits
 * until it has stopped, as Chrome stops an idle worker.
 */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.scriptURL.endsWith('/background.js') && version.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
