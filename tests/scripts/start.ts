// `npm start`: opens Chromium with the built extension on the bundled demo feed. Where there is no
// display, it runs headless, writes screenshots of the feed and the popup, and exits.
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchExtension } from '../browser/launch';

const DEMO_URL = 'https://x.com/firebreak-demo';
const SCREENSHOTS = resolve(process.env.FIREBREAK_SCREENSHOTS ?? 'screenshots');
const headless =
  process.env.FIREBREAK_HEADLESS === '1' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

async function main(): Promise<void> {
  const demo = await readFile(resolve('assets/demo/feed.html'), 'utf8');
  const session = await launchExtension({ headless });
  // The demo is answered locally at X's address: the content script runs as it does on x.com.
  session.serve(DEMO_URL, demo);
  session.serve(`${DEMO_URL}?every=600`, demo);

  if (!headless) {
    await session.open(DEMO_URL);
    console.log(`Firebreak is running on the demo feed (${DEMO_URL}), served from this machine.`);
    console.log('Click the Firebreak icon in the toolbar (pin it from the puzzle-piece menu) to open the popup.');
    console.log('Close the browser window to stop.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
    return;
  }

  await mkdir(SCREENSHOTS, { recursive: true });
  const feed = await session.open(`${DEMO_URL}?every=600`);
  // Wait until every demo post has arrived and been read.
  const marked = feed.locator('article[data-testid="tweet"][data-firebreak-sentiment]');
  await feed.waitForFunction(() => document.querySelectorAll('article[data-testid="tweet"]').length >= 15, undefined, { timeout: 30_000 });
  await feed.waitForFunction(
    () => document.querySelectorAll('article[data-testid="tweet"]:not([data-firebreak-sentiment])').length === 0,
    undefined,
    { timeout: 30_000 },
  );
  const feedShot = resolve(SCREENSHOTS, 'demo-feed.png');
  await feed.screenshot({ path: feedShot, fullPage: true });

  const popup = await session.openExtensionPage('popup', { width: 360, height: 400 });
  await popup.getByTestId('posts-seen').waitFor();
  const popupShot = resolve(SCREENSHOTS, 'popup.png');
  await popup.screenshot({ path: popupShot });
  const count = await popup.getByTestId('posts-seen').textContent();
  console.log(`No display: ran headless. ${await marked.count()} demo posts marked; the popup counts ${count}.`);
  console.log(`Screenshots written to ${SCREENSHOTS}:\n  ${feedShot}\n  ${popupShot}`);
  await session.close();
}

main().catch((error: unknown) => {
  console.error('Firebreak could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
