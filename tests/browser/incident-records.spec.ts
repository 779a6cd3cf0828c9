// What the incident records say, in the built extension: a reply the coach inserts is a draft, not a
// response (Firebreak never posts); the internal update quotes the holding statement the popup
// copies; earlier incidents and the lessons typed into their post-mortems stay within reach.
import { addNote, declareIncident, resolveIncident } from '../../utils/plan/incident';
import { createDefaultPlan } from '../../utils/plan/plan';
import { pageOf } from '../fixtures/load';
import { tweetHtml, X_BASE_CSS } from '../fixtures/x/build';
import { seedCrisis } from './seed';
import { expect, readStore, test } from './harness';


const X_REPLY_BOX = `<div data-testid="inline_reply_offscreen"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" aria-label="Post text" class="public-DraftEditor-content"></div></div></div></div>`;
const X_URL = 'https://x.com/angry/status/1000000000000000003';


test('an inserted reply is logged as a draft; only ticking the holding statement stops the clock', async ({ session }) => {
  const dashboard = await seedCrisis(session, { reload: true });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 640 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  const clock = popup.getByTestId('crisis-clock');
  await expect(clock).toContainText('first response due');

  // The coach inserts a suggestion into an X reply box; the user deletes it and never posts.
  session.serve(
    X_URL,
    `${X_BASE_CSS}${pageOf([tweetHtml({ id: '1000000000000000003', handle: 'angry', text: 'Brewly kettle caught fire and support ignored me. Furious.', time: new Date(Date.now() - 600_000).toISOString() }), X_REPLY_BOX])}`,
  );
  const x = await session.open(X_URL);
  const box = x.locator('[data-testid="tweetTextarea_0"]');
  await box.click();
  await box.pressSequentially('Hi', { delay: 5 });
  // "Hi" analysed first (the panel grows by its findings): it says nothing of the harm.
  await expect(x.locator('firebreak-coach')).toHaveAttribute('data-firebreak-findings', /(^| )no-acknowledgement( |$)/);
  await x.locator('firebreak-coach').getByRole('button', { name: /^Insert “/ }).first().click();
  await expect.poll(() => box.innerText()).not.toBe('Hi');
  await box.press('ControlOrMeta+a');
  await box.press('Delete');
  const kinds = async () => ((await readStore<{ timeline: Array<{ kind: string }> }>(await session.serviceWorker(), 'firebreak', 'incidents'))[0]?.timeline ?? []).map((entry) => entry.kind);
  await expect.poll(kinds).toContain('reply-inserted');

  // The clock still runs, and says what stops it; the timeline calls it a draft.
  await popup.reload();
  await expect(clock).toContainText('first response due');
  await expect(popup.getByTestId('response-hint')).toContainText('The clock stops when you tick “Post the holding statement on the affected platforms”');
  await dashboard.reload();
  await expect(dashboard.getByTestId('timeline')).toContainText('Reply drafted on X: “');
  await expect(dashboard.getByTestId('timeline')).not.toContainText('Reply inserted');

  // The team says the holding statement is out: that is the first response.
  await popup.getByRole('checkbox', { name: /Post the holding statement/ }).check();
  // How long the test took to get here: "1 minute" on a loaded machine, more or less on others.
  await expect(clock).toContainText(/first response (after \d+ minutes?|within a minute), on time/);
  await expect(popup.getByTestId('response-hint')).toBeHidden();

  await dashboard.getByText('The post-mortem, for after the incident').click();
  await dashboard.getByRole('button', { name: 'Show the report' }).click();
  const report = (await dashboard.getByTestId('post-mortem-markdown').textContent()) ?? '';
  expect(report).toMatch(/- \*\*First response:\*\* \d+ minutes after the start, as marked on the checklist \(target 1 hour\): on time/);
  expect(report).toContain('| Reply drafted | Reply drafted on X:');
  expect(session.extensionRequests()).toEqual([]);
});

test('the internal update quotes the holding statement the popup copies, word for word', async ({ session }) => {
  await seedCrisis(session, { reload: true });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 640 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  await popup.evaluate(() => {
    const copied: string[] = [];
    (window as unknown as { copied: string[] }).copied = copied;
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
  });
  await popup.getByRole('button', { name: 'Copy holding statement' }).click();
  await popup.getByRole('button', { name: 'Copy internal update' }).click();
  const [holding, update] = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(holding).toMatch(/^We're aware of the concerns being raised and we're looking into it right now\. We'll share an update by .+\.$/);
  expect(update!.split('\n')).toContain(`- Holding statement: ${holding}`);
  expect(update).not.toContain('aware of Spike on X');
  expect(update).not.toContain('[time of the next update]');
});

test('earlier incidents stay reachable, with the lessons typed into their post-mortems', async ({ session }) => {
  const now = Date.now();
  const plan = createDefaultPlan();
  const earlier = resolveIncident(addNote(declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, now - 72 * 3600_000), 'Recall notice approved', now - 71 * 3600_000), now - 60 * 3600_000);
  const dashboard = await seedCrisis(session, { reload: true, stores: { incidents: [earlier] } });

  // Lessons typed for the resolved incident are saved with it: a reload keeps them.
  await expect(dashboard.locator('.incident-section strong').first()).toHaveText('Kettle recall');
  await dashboard.getByLabel('What went well').fill('Legal signed off in 20 minutes');
  await expect(dashboard.getByTestId('lessons-save')).toHaveText('Saved with the incident.');
  await dashboard.reload();
  await expect(dashboard.getByLabel('What went well')).toHaveValue('Legal signed off in 20 minutes');

  // A new incident is declared: the dashboard shows it, and the earlier one is a choice away, by keyboard.
  const popup = await session.openExtensionPage('popup', { width: 360, height: 640 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  // An open incident is shown in its working panel, titled by its heading.
  await expect(dashboard.getByTestId('incident').locator('#incident-title')).toHaveText('Spike on X');
  const choice = dashboard.getByLabel('Incident to show (latest first)');
  await expect(choice.locator('option')).toHaveText([/^Spike on X — started .+, active$/, /^Kettle recall — started .+, resolved$/]);
  await choice.focus();
  await dashboard.keyboard.press('ArrowDown');
  await expect(dashboard.locator('.incident-section strong').first()).toHaveText('Kettle recall');
  await expect(dashboard.getByTestId('timeline')).toContainText('Recall notice approved');
  await expect(dashboard.getByLabel('What went well')).toHaveValue('Legal signed off in 20 minutes');
  const download = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Export Markdown' }).click();
  // Named by the incident's start date (the computer's) and its title.
  const started = new Date(earlier.startedAt);
  const date = `${started.getFullYear()}-${String(started.getMonth() + 1).padStart(2, '0')}-${String(started.getDate()).padStart(2, '0')}`;
  expect((await download).suggestedFilename()).toBe(`post-mortem-${date}-kettle-recall.md`);
});

test('a resolved incident is reopened from the dashboard, by keyboard, and is the open incident again there and in the popup', async ({ session }) => {
  const dashboard = await seedCrisis(session, { reload: true });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 640 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  await popup.getByRole('checkbox', { name: /Post the holding statement/ }).check();
  await popup.getByRole('button', { name: 'Resolve the incident…' }).click();
  await popup.getByRole('button', { name: 'Yes, resolve' }).click();
  await expect(popup.getByTestId('declare-incident')).toBeVisible();

  // Resolved too early: the dashboard offers to take it back, and asks first.
  await expect(dashboard.getByTestId('follow-up')).toBeVisible();
  const reopen = dashboard.getByRole('button', { name: 'Reopen incident…' });
  await reopen.focus();
  await dashboard.keyboard.press('Enter');
  await expect(dashboard.getByRole('alertdialog')).toContainText('Reopen this incident?');
  await expect(dashboard.getByLabel('Why (optional, noted on the timeline)')).toBeFocused();
  await dashboard.keyboard.type('The Daily Post picked the story up');
  await dashboard.keyboard.press('Tab');
  await expect(dashboard.getByRole('button', { name: 'Yes, reopen' })).toBeFocused();
  await dashboard.keyboard.press('Enter');

  // Open again: its working panel, the focus on its heading, the reopening on the timeline.
  const panel = dashboard.getByTestId('incident');
  await expect(panel.locator('#incident-title')).toHaveText('Spike on X');
  await expect(panel.locator('#incident-title')).toBeFocused();
  await expect(dashboard.getByTestId('follow-up')).toBeHidden();
  await expect(dashboard.getByTestId('timeline')).toContainText('Incident reopened: The Daily Post picked the story up');
  await expect(dashboard.getByLabel('Incident to show (latest first)')).toHaveCount(0);

  // The popup shows it as the current incident, its checklist as it was and its clock running from the start.
  await popup.reload();
  await expect(popup.getByTestId('incident').locator('#incident-title')).toHaveText('Spike on X');
  await expect(popup.getByTestId('crisis-clock')).toContainText(/first response (after \d+ minutes?|within a minute), on time/);
  await expect(popup.getByRole('checkbox', { name: /Post the holding statement/ })).toBeChecked();
  await expect(popup.getByRole('button', { name: 'Resolve the incident…' })).toBeVisible();
  const [stored] = await readStore<{ resolvedAt?: number; timeline: Array<{ kind: string }> }>(await session.serviceWorker(), 'firebreak', 'incidents');
  expect(stored?.resolvedAt).toBeUndefined();
  expect(stored?.timeline.map((entry) => entry.kind).slice(-2)).toEqual(['resolved', 'reopened']);
});
