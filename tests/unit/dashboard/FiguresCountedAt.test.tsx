// @vitest-environment happy-dom
// QA: a resolved incident's post-mortem figures are kept with it (freeze.ts), and mentions that arrive later
// for those hours show in the dashboard's chart but not in the report: two figures for one hour, and nothing
// said why. The report says when its figures were counted, and the dashboard says it beside the report.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IncidentSection } from '@/components/dashboard/IncidentSection';
import { when } from '@/components/dashboard/time';
import { keepIncidentFigures } from '@/utils/plan/freeze';
import { declareIncident, resolveIncident, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { postMortemMarkdown, postMortemReport, type PostMortemFigures, type PostMortemInput } from '@/utils/plan/report';
import { FirebreakDb, database } from '@/utils/tracking/db';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages } from '../options/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: async () => undefined }));

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2025, 4, 6, 14, 0);
const COUNTED = Date.UTC(2025, 4, 6, 19, 7);
const plan = createDefaultPlan();
const resolved = (started = T0): Incident => resolveIncident(declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, started), started + 2 * HOUR, 'Recalled');
const figures: PostMortemFigures = {
  peakMentionsPerHour: 412,
  peakAt: T0,
  totalMentions: 977,
  negativeShare: 0.68,
  baselineNegativeShare: 0.21,
  platforms: [{ platform: 'x', mentions: 977, negativeShare: 0.68 }],
  keyTerms: ['scorched counter'],
  countedAt: COUNTED,
};
const input = (kept: PostMortemFigures): PostMortemInput => ({ incident: resolved(), plan, figures: kept, lessons: { wentWell: '', wentWrong: '', actions: [] }, now: T0 + 40 * 24 * HOUR });
/** The lines of the report's "Figures" section. */
const figuresSection = (markdown: string) => markdown.split('## Figures')[1]!.split('\n## ')[0]!;

describe('the report says when its figures were counted', () => {
  test('in the figures section, at the time they were counted (not when the report is made)', () => {
    const markdown = postMortemMarkdown(input(figures));
    expect(figuresSection(markdown)).toContain('Figures counted at 2025-05-06 19:07 UTC');
    expect(postMortemMarkdown(input(figures), { timeZone: 'Europe/Amsterdam' })).toContain('Figures counted at 2025-05-06 21:07 GMT+2');
  });

  test('in the JSON export too', () => {
    expect(postMortemReport(input(figures)).figures.countedAt).toBe('2025-05-06T19:07:00.000Z');
  });

  test('figures kept before the time was recorded say nothing they cannot know', () => {
    const { countedAt: _countedAt, ...older } = figures;
    expect(postMortemMarkdown(input(older))).not.toContain('Figures counted at');
    expect(postMortemReport(input(older)).figures.countedAt).toBeNull();
  });

  test('figures kept with the incident carry the time they were kept', async () => {
    const db = new FirebreakDb('figures-counted-at');
    await db.incidents.put(resolved());
    const now = T0 + 30 * HOUR;
    expect(await keepIncidentFigures(db, now, new Set())).toBe(1);
    const [kept] = await db.incidents.toArray();
    expect(kept?.figures?.countedAt).toBe(now);
  });
});

describe('the dashboard beside the report', () => {
  beforeEach(async () => {
    useEnglishMessages();
    await database().incidents.clear();
  });
  afterEach(unmountAll);

  test('kept figures: the post-mortem says when they were counted, and the report shows it', async () => {
    const started = Date.now() - 40 * 24 * HOUR;
    const countedAt = started + 3 * HOUR;
    await database().incidents.put({ ...resolved(started), figures: { ...figures, countedAt } });
    const root = await mount(<IncidentSection />);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="figures-counted"]')).not.toBeNull());
    expect(root.querySelector('[data-testid="figures-counted"]')!.textContent).toContain(when(countedAt));
    await click(buttonNamed(root, 'Show the report'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="post-mortem-markdown"]')?.textContent).toContain('Figures counted at'));
  });
});
