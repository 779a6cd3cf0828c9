// @vitest-environment happy-dom
// The dashboard says a level change in a polite live region, once per change, with its reason: the
// pill alone changes silently for a screen-reader user.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { listeningStatus, type ListeningStatus } from '@/utils/settings';
import { mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/components/dashboard/TrendChart', () => ({ TrendChart: () => null }));

const REASON = '64 mentions in the last 15 minutes, 21× normal';
const status = (level: ListeningStatus['level'], reason: string | null = level === 'normal' ? null : REASON): ListeningStatus => ({
  level,
  reason,
  since: Date.now() - 60_000,
  evaluatedAt: Date.now(),
  platforms: [{ platform: 'x', level, since: Date.now() - 60_000, reason, reasonAt: null, baselineReady: true }],
  storageProblem: null,
});
const said = (root: ParentNode) => root.querySelector('[data-testid="level-announcement"]');

beforeEach(useEnglishMessages);
afterEach(unmountAll);

test('a level change is announced once with its reason; the level on opening and new figures are not', async () => {
  await listeningStatus.setValue(status('watch'));
  const root = await mount(<Dashboard />);
  expect(said(root)?.getAttribute('aria-live')).toBe('polite');
  expect(said(root)?.textContent).toBe('');

  await listeningStatus.setValue(status('watch', '70 mentions in the last 15 minutes, 23× normal'));
  await settle();
  expect(said(root)?.textContent).toBe('');

  await listeningStatus.setValue(status('crisis'));
  await settle();
  expect(said(root)?.textContent).toBe(`Crisis level now Crisis: ${REASON}`);
  await listeningStatus.setValue(status('normal'));
  await settle();
  expect(said(root)?.textContent).toBe('Crisis level now Normal.');
});

test('with no status stored when the page opened, the first one written that raises the level is announced', async () => {
  const root = await mount(<Dashboard />);
  expect(said(root)?.textContent).toBe('');
  await listeningStatus.setValue(status('watch'));
  await settle();
  expect(said(root)?.textContent).toBe(`Crisis level now Watch: ${REASON}`);
});
