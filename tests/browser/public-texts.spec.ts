// The public texts the popup hands out during an incident (QA): worded for the incident ("the delays to
// your orders", not "the concerns being raised"), and promising one time for the next update, the same
// on every copy while it is ahead, whichever popup copies it.
import type { Page } from '@playwright/test';
import { seedCrisis } from './seed';
import { expect, readStore, test } from './harness';

/** Copies go into `window.copies` rather than the clipboard. */
const collectCopies = (popup: Page) =>
  popup.evaluate(() => {
    const copies: string[] = [];
    (window as unknown as { copies: string[] }).copies = copies;
    navigator.clipboard.writeText = async (text: string) => void copies.push(text);
  });
const copies = (popup: Page) => popup.evaluate(() => (window as unknown as { copies: string[] }).copies);
/**
 * "2:45 PM" in a text: the time it promises. Promised for another day (an hour on, after 11 PM), the texts
 * name the day before it ("by Fri, Dec 4, 1:00 AM UTC"; CI failed at 23:55 on it): `DAY` takes that.
 */
const promisedTime = (text: string) => /update by (?:[^.]*?, )?(\d{1,2}:\d{2}\s[AP]M)/.exec(text)?.[1];
const DAY = '(?:[^()]*?, )?';

test('the wording of the issue fills the holding statement, and its promised update is kept and shown', async ({ session }) => {
  await seedCrisis(session);
  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  const incident = popup.getByTestId('incident');
  await expect(incident.getByRole('heading', { name: 'Spike on X' })).toBeVisible();
  // No promise before a text makes one.
  await expect(incident.getByTestId('update-promise')).toHaveCount(0);

  // Worded from the keyboard: open the wording, type, Enter.
  await incident.getByText('Wording: “the concerns being raised”').click();
  const field = incident.getByRole('textbox', { name: 'What is this about, in public words?' });
  await expect(field).toHaveAccessibleDescription(/Left empty: “the concerns being raised”/);
  await field.fill('the delays to your orders');
  await field.press('Enter');
  await expect(incident.getByRole('status')).toHaveText('Saved: the texts now say “the delays to your orders”.');
  await expect(incident.getByText('Wording: “the delays to your orders”')).toBeVisible();
  await expect.poll(async () => (await readStore<{ issue?: string }>(await session.serviceWorker(), 'firebreak', 'incidents'))[0]?.issue).toBe('the delays to your orders');

  await collectCopies(popup);
  await incident.getByRole('button', { name: 'Copy holding statement' }).click();
  await expect(incident.getByRole('status')).toHaveText('“Holding statement” copied to the clipboard.');
  const [holding] = await copies(popup);
  expect(holding).toMatch(/^We're aware of the delays to your orders and we're looking into it right now\. We'll share an update by (?:[^.]*?, )?\d{1,2}:\d{2} [AP]M/);
  const time = promisedTime(holding!)!;
  await expect(incident.getByTestId('update-promise')).toHaveText(new RegExp(`^Next public update promised by ${DAY}${time} \\(in (\\d+ minutes|1 hour( \\d+ minutes?)?)\\)$`));
  // Stored by the worker, which may write it a moment after the popup shows it (read once, it was not yet there in CI).
  const promisedAt = async () => (await readStore<{ updatePromisedAt?: number }>(await session.serviceWorker(), 'firebreak', 'incidents'))[0]?.updatePromisedAt ?? 0;
  await expect.poll(promisedAt).toBeGreaterThan(Date.now());
  await popup.close();

  // Opened again: the promise is the incident's; the next copy repeats it, as the other approved messages do.
  const again = await session.openExtensionPage('popup', { width: 360, height: 600 });
  const reopened = again.getByTestId('incident');
  await expect(reopened.getByTestId('update-promise')).toHaveText(new RegExp(`^Next public update promised by ${DAY}${time} `));
  await collectCopies(again);
  await reopened.getByRole('button', { name: 'Copy holding statement' }).click();
  await reopened.getByText('Other approved messages (2)').click();
  await reopened.getByRole('button', { name: 'Copy “Follow-up update”' }).click();
  const [holdingAgain, followUp] = await copies(again);
  expect(holdingAgain).toBe(holding);
  expect(followUp).toMatch(new RegExp(`^An update on the delays to your orders: .* Next update by ${DAY}${time}`));
});
