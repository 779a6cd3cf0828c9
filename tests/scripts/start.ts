// `npm start`: opens Chromium with the built extension on the bundled demo feed. Where there is no
// display, it runs headless, writes screenshots of the feed and the popup, and exits.
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchExtension, setLocalStorage, type ExtensionSession } from '../browser/launch';
import { bucketsOf, demoMentions, EVERYDAY_TEXTS, seedStores } from '../browser/seed';

const DEMO_URL = 'https://x.com/firebreak-demo';
const SCREENSHOTS = resolve(process.env.FIREBREAK_SCREENSHOTS ?? 'screenshots');
const headless =
  process.env.FIREBREAK_HEADLESS === '1' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

/** The demo brand, and two quiet weeks of its mentions, so the feed's angry wave stands out as it would. */
async function prepareDemo(session: ExtensionSession): Promise<void> {
  await setLocalStorage(await session.serviceWorker(), {
    brand: { names: ['Brewly'], handles: ['@brewly'], hashtags: ['#BrewlyRecall', '#BoycottBrewly'], products: ['Brewly Pro'], exclusions: [] },
  });
  const page = await session.openExtensionPage('dashboard');
  // On X, where the demo feed is: three mentions an hour, a third of them negative. They are everyday
  // grumbles (late deliveries, the app), milder and less shared than a crisis, so what the wave is
  // about stands out and the dashboard's "most negative" and "most engaged" lists show it, as they would.
  const history = demoMentions(Date.now(), 14, 3, 0, EVERYDAY_TEXTS).map((mention) => ({
    ...mention,
    platform: 'x' as const,
    score: mention.score / 3,
    engagement: { likes: (mention.engagement?.likes ?? 0) % 20, reposts: (mention.engagement?.reposts ?? 0) % 5, replies: (mention.engagement?.replies ?? 0) % 5 },
  }));
  await seedStores(page, { mentions: history, buckets: bucketsOf(history) });
  await page.close();
}

async function main(): Promise<void> {
  const demo = await readFile(resolve('assets/demo/feed.html'), 'utf8');
  const session = await launchExtension({ headless });
  // The demo is answered locally at X's address: the content script runs as it does on x.com.
  session.serve(DEMO_URL, demo);
  session.serve(`${DEMO_URL}?every=600`, demo);
  await prepareDemo(session);

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
  await feed.waitForFunction(
    () => document.querySelectorAll('article[data-testid="tweet"]').length >= Number(document.getElementById('timeline')?.dataset.total ?? 1),
    undefined,
    { timeout: 60_000 },
  );
  await feed.waitForFunction(
    () => document.querySelectorAll('article[data-testid="tweet"]:not([data-firebreak-sentiment])').length === 0,
    undefined,
    { timeout: 30_000 },
  );
  const feedShot = resolve(SCREENSHOTS, 'demo-feed.png');
  await feed.screenshot({ path: feedShot, fullPage: true });

  // The reply coach, on a reply to the burned-hand post started the wrong way.
  const burned = feed.locator('article[data-testid="tweet"]', { hasText: 'sparked and burned my hand' });
  await burned.getByRole('button', { name: /Replies\. Reply$/ }).click();
  await feed.locator('[data-testid="tweetTextarea_0"]').pressSequentially("Actually that's not our fault. CALM DOWN!!", { delay: 5 });
  // Read once the whole draft is (the coach reads as the user types).
  await feed.waitForFunction(() => /shouting/.test(document.querySelector('firebreak-coach')?.getAttribute('data-firebreak-findings') ?? ''), undefined, {
    timeout: 15_000,
  });
  const findings = await feed.locator('firebreak-coach').getAttribute('data-firebreak-findings');
  const coachShot = resolve(SCREENSHOTS, 'demo-coach.png');
  await burned.scrollIntoViewIfNeeded();
  await feed.screenshot({ path: coachShot });

  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  await popup.getByTestId('posts-seen').waitFor();
  // The page reports what it read once a second: wait for the last report to be counted.
  const total = await marked.count();
  await popup
    .waitForFunction((posts) => Number(document.querySelector('[data-testid="posts-seen"]')?.textContent) >= posts, total, { timeout: 10_000 })
    .catch(() => undefined);
  // The worker evaluates shortly after new mentions: give the level a moment to rise.
  await popup.getByTestId('level-reason').waitFor({ timeout: 15_000 }).catch(() => undefined);
  const popupShot = resolve(SCREENSHOTS, 'popup.png');
  await popup.screenshot({ path: popupShot });
  const count = await popup.getByTestId('posts-seen').textContent();
  const level = await popup.locator('header .level-pill').first().getAttribute('data-level');
  const dashboard = await session.openExtensionPage('dashboard', { width: 1280, height: 900 });
  await dashboard.waitForLoadState('networkidle');
  const dashboardShot = resolve(SCREENSHOTS, 'dashboard.png');
  await dashboard.screenshot({ path: dashboardShot, fullPage: true });
  console.log(`No display: ran headless. ${total} demo posts marked; the popup counts ${count}.`);
  console.log(`The popup's level: ${level ?? 'unknown'}.`);
  console.log(`The reply coach flags a draft reply as: ${findings?.split(' ').join(', ')}.`);
  console.log(`Screenshots written to ${SCREENSHOTS}:\n  ${feedShot}\n  ${coachShot}\n  ${popupShot}\n  ${dashboardShot}`);
  await session.close();
}

main().catch((error: unknown) => {
  console.error('Firebreak could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
