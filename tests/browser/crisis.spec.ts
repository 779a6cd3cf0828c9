import type { Page } from '@playwright/test';
import { bucketsOf, demoMentions, seedStores } from './seed';
import { expect, readStore, setLocalStorage, test, type ExtensionSession } from './harness';

const REASON = '64 mentions in the last 15 minutes, 21× normal; 86% negative vs 20% normally; about: refund, kettle, recall';

async function seedCrisis(session: ExtensionSession): Promise<Page> {
  const now = Date.now();
  const dashboard = await session.openExtensionPage('dashboard', { width: 1100, height: 1000 });
  const mentions = demoMentions(now);
  await seedStores(dashboard, { mentions, buckets: bucketsOf(mentions) });
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, {
    brand: { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] },
    status: {
      level: 'crisis',
      reason: REASON,
      since: now - 15 * 60_000,
      evaluatedAt: now,
      platforms: [{ platform: 'x', level: 'crisis', since: now - 15 * 60_000, reason: REASON, baselineReady: true }],
      storageProblem: null,
    },
  });
  return dashboard;
}

test('declaring, working and resolving an incident produces a post-mortem with its timeline and figures', async ({ session }, testInfo) => {
  const dashboard = await seedCrisis(session);
  const popup = await session.openExtensionPage('popup', { width: 360, height: 640 });

  // The level and why, in words.
  await expect(popup.locator('.level-pill')).toHaveText(/Crisis/);
  await expect(popup.getByTestId('level-reason')).toContainText('21× normal');

  // Declare: the plan's checklist appears, with the crisis clock.
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  const incident = popup.getByTestId('incident');
  await expect(incident.getByRole('heading', { name: 'Spike on X' })).toBeVisible();
  await expect(popup.getByTestId('crisis-clock')).toContainText('first response due');
  const steps = incident.getByRole('checkbox');
  expect(await steps.count()).toBeGreaterThan(5);
  const firstStep = (await incident.locator('.checklist li').first().textContent()) ?? '';
  await steps.nth(0).check();
  await steps.nth(1).check();
  await expect(incident).toContainText('2 of');
  await popup.screenshot({ path: testInfo.outputPath('popup-incident.png') });

  // A note on the timeline, from the dashboard.
  await dashboard.reload();
  await dashboard.getByLabel('Add a note to the timeline').fill('Legal briefed on the kettle reports');
  await dashboard.getByRole('button', { name: 'Add note' }).click();
  await expect(dashboard.getByTestId('timeline')).toContainText('Legal briefed on the kettle reports');

  // Resolve from the popup.
  await popup.getByRole('button', { name: 'Resolve the incident…' }).click();
  await popup.getByRole('button', { name: 'Yes, resolve' }).click();
  await expect(popup.getByRole('button', { name: 'Declare an incident' })).toBeVisible();

  // The post-mortem holds the timeline entries and the figures.
  await expect(dashboard.getByTestId('timeline')).toContainText(/resolved/i);
  await dashboard.getByLabel('What went well').fill('Holding statement out within the hour');
  await dashboard.getByRole('button', { name: 'Show the report' }).click();
  const report = (await dashboard.getByTestId('post-mortem-markdown').textContent()) ?? '';
  expect(report).toContain('Spike on X');
  expect(report).toContain('Legal briefed on the kettle reports');
  expect(report).toContain(firstStep.split(' — ')[0]!.trim().slice(0, 30));
  expect(report).toContain('Holding statement out within the hour');
  expect(report).toMatch(/Peak/i);
  expect(report).toMatch(/negative/i);
  expect(report).toMatch(/## Update the plan[\s\S]*$/);
  const stored = await readStore<{ timeline: Array<{ kind: string }> }>(await session.serviceWorker(), 'firebreak', 'incidents');
  expect(stored[0]?.timeline.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['declared', 'step-done', 'note', 'resolved']));

  // Exported as Markdown: the same report, as a file.
  const download = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^post-mortem-.*\.md$/);
  expect(session.extensionRequests()).toEqual([]);
});
