import { seedCrisis } from './seed';
import { expect, readStore, test } from './harness';



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
