import { seriousViolations } from './axe';
import { bucketsOf, demoMentions, seedStores } from './seed';
import { expect, setLocalStorage, test } from './harness';

for (const name of ['popup', 'options', 'dashboard'] as const) {
  test(`${name}: no serious or critical accessibility violation (axe-core), light and dark`, async ({ session }) => {
    const now = Date.now();
    const seeder = await session.openExtensionPage('dashboard');
    const mentions = demoMentions(now);
    await seedStores(seeder, { mentions, buckets: bucketsOf(mentions) });
    await setLocalStorage(await session.serviceWorker(), {
      brand: { names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] },
      status: { level: 'watch', reason: '30 mentions in the last hour, 3.2× normal', since: now, evaluatedAt: now, platforms: [], storageProblem: null },
    });
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.openExtensionPage(name, { width: 1000, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.reload();
      await page.waitForTimeout(700);
      expect(await seriousViolations(page), `${name} in ${colorScheme}`).toEqual([]);
      await page.close();
    }
  });
}
