// The README's first command, `npm start`, headless (as it runs where there is no display): it must
// open the demo with the built extension, mark every demo post, let the popup count them, show the reply
// coach flagging a draft, raise the level, and write its screenshots. Run through tsx exactly as npm start runs it (the
// build is the one this test run already made).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);

test('npm start, headless, marks the demo feed, counts it in the popup and writes its screenshots', async () => {
  test.setTimeout(240_000);
  const screenshots = test.info().outputPath('screenshots');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/scripts/start.ts'], {
    env: { ...process.env, FIREBREAK_HEADLESS: '1', FIREBREAK_SCREENSHOTS: screenshots },
    timeout: 220_000,
  });
  const counts = /(\d+) demo posts marked; the popup counts (\d+)\./.exec(stdout);
  expect(counts, stdout).not.toBeNull();
  expect(Number(counts![1])).toBeGreaterThanOrEqual(20);
  expect(counts![2]).toBe(counts![1]);
  // The wave of angry posts raises the level (the README says so): never left at normal or learning.
  expect(stdout).toMatch(/The popup's level: (watch|crisis)\./);
  // A reply started the wrong way under the burned-hand post: the coach flags it.
  expect(stdout).toMatch(/The reply coach flags a draft reply as: .*defensive.*shouting/);
  for (const file of ['demo-feed.png', 'demo-coach.png', 'popup.png', 'dashboard.png']) expect(existsSync(join(screenshots, file)), file).toBe(true);
});
