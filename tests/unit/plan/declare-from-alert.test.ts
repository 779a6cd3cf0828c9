// An incident declared from an alert keeps the alert's platform, and every text people read names the
// platform as they write it ("X", not the id "x"); the popup counts the checklist steps it shows.
import { describe, expect, test } from 'vitest';
import { checklistProgress } from '@/utils/plan/clock';
import { platformName } from '@/utils/platforms/types';
import { completeStep, declarationFromAlert, declarationFromEpisode, declareIncident, episodeOf, type AlertFacts, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { postMortemJson, postMortemMarkdown, type PostMortemFigures } from '@/utils/plan/report';
import type { PlatformId } from '@/utils/platforms/types';

const T0 = Date.UTC(2025, 4, 6, 14, 0);
const plan = createDefaultPlan();
const title = (platform: PlatformId | undefined) => (platform ? `Spike on ${platformName(platform)}` : 'Possible crisis');
const figures: PostMortemFigures = {
  peakMentionsPerHour: 0,
  peakAt: null,
  totalMentions: 0,
  negativeShare: 0,
  baselineNegativeShare: null,
  platforms: [{ platform: 'youtube', mentions: 3, negativeShare: 1 }],
  keyTerms: [],
};
const markdownOf = (incident: Incident) =>
  postMortemMarkdown({ incident, plan, figures, lessons: { wentWell: '', wentWrong: '', actions: [] }, now: T0 + 60 * 60_000 });

describe('declarationFromAlert', () => {
  test.each([
    ['an alert on X', { platform: 'x', level: 'crisis' as const, reason: '21× normal', time: T0, keyTerms: ['refund'] }, 'Spike on X', 'x', 'crisis'],
    ['an alert on YouTube at watch', { platform: 'youtube', level: 'watch' as const, reason: '3× normal', time: T0 }, 'Spike on YouTube', 'youtube', 'watch'],
    ['an alert from a place that is no platform of Firebreak’s', { platform: 'hackernews', level: 'watch' as const, reason: '3× normal', time: T0 }, 'Possible crisis', undefined, 'watch'],
    ['an alert without a platform', { level: 'crisis' as const, reason: '21× normal', time: T0 }, 'Possible crisis', undefined, 'crisis'],
  ])('%s', (_name, alert, expectedTitle, platform, level) => {
    const input = declarationFromAlert(alert, 'alert', title);
    expect(input).toMatchObject({ title: expectedTitle, level, source: 'alert', alert: { reason: alert.reason, time: T0 } });
    expect(input.platform).toBe(platform);
    const incident = declareIncident(plan, input, T0 + 5 * 60_000);
    expect(incident.platform).toBe(platform);
    expect(incident.startedAt).toBe(T0);
  });

  test('no alert: a general title, from the source given, and no level raised (none was measured)', () => {
    expect(declarationFromAlert(undefined, 'popup', title)).toEqual({ title: 'Possible crisis', level: 'normal', source: 'popup' });
  });
});

describe('episodeOf: the alerts of one episode on a platform', () => {
  const MIN = 60_000;
  const a = (minute: number, level: 'watch' | 'crisis', previousLevel?: 'normal' | 'watch' | 'crisis'): AlertFacts => ({
    platform: 'x',
    level,
    reason: `${level} at ${minute}`,
    time: T0 + minute * MIN,
    ...(previousLevel ? { previousLevel } : {}),
  });
  // An earlier episode (0, 10), this one (60 from normal, 80 from watch, 140 from crisis after a step down), the next (300).
  const alerts = [a(0, 'watch', 'normal'), a(10, 'crisis', 'watch'), a(60, 'watch', 'normal'), a(80, 'crisis', 'watch'), a(140, 'crisis', 'watch'), a(300, 'watch', 'normal')];
  test.each([
    ['its first alert', 60],
    ['an alert raised from watch', 80],
    ['its last alert', 140],
  ])('from %s: the same episode, oldest first', (_name, minute) => {
    const alert = alerts.find((candidate) => candidate.time === T0 + minute * MIN)!;
    expect(episodeOf(alerts, { ...alert }).map((candidate) => (candidate.time - T0) / MIN)).toEqual([60, 80, 140]);
  });
  test('an alert that says nothing of the level before begins an episode; one not among them is alone', () => {
    expect(episodeOf([a(0, 'watch'), a(20, 'crisis')], a(20, 'crisis')).map((candidate) => candidate.level)).toEqual(['crisis']);
    expect(episodeOf(alerts, a(200, 'crisis', 'watch'))).toEqual([a(200, 'crisis', 'watch')]);
  });
  test('declared from an episode: its first alert starts the incident, at the highest level, every alert on the timeline', () => {
    const incident = declareIncident(plan, declarationFromEpisode(alerts.slice(2, 5), 'popup', title), T0 + 150 * MIN);
    expect(incident).toMatchObject({ startedAt: T0 + 60 * MIN, level: 'crisis', platform: 'x', triggerReason: 'watch at 60', title: 'Spike on X' });
    expect(incident.timeline.map((entry) => [entry.kind, (entry.at - T0) / MIN, entry.data?.level])).toEqual([
      ['alert', 60, 'watch'],
      ['alert', 80, 'crisis'],
      ['alert', 140, 'crisis'],
      ['declared', 150, 'crisis'],
    ]);
  });
});

describe('the post-mortem names the platform', () => {
  test('by its proper name in the Markdown, by its id in the JSON', () => {
    const incident = declareIncident(plan, declarationFromAlert({ platform: 'x', level: 'crisis', reason: '21× normal', time: T0 }, 'popup', title), T0);
    const markdown = markdownOf(incident);
    expect(markdown).toContain('# Post-mortem: Spike on X');
    expect(markdown).toContain('- **Platform:** X');
    expect(markdown).toContain('| YouTube | 3 | 100% |');
    expect(JSON.parse(postMortemJson({ incident, plan, figures, lessons: { wentWell: '', wentWrong: '', actions: [] }, now: T0 })).incident.platform).toBe('x');
  });

  test('"not recorded" where the incident has no platform', () => {
    const markdown = markdownOf(declareIncident(plan, { title: 'Rude reply', level: 'watch' }, T0));
    expect(markdown).toContain('- **Platform:** not recorded');
    expect(markdown).not.toContain('- **Platform:** none');
  });

  test.each([
    ['x', 'X'],
    ['youtube', 'YouTube'],
    ['linkedin', 'LinkedIn'],
    ['tiktok', 'TikTok'],
    ['hackernews', 'hackernews'],
    ['toString', 'toString'],
  ])('platformName(%s) is %s', (id, name) => {
    expect(platformName(id)).toBe(name);
  });
});

describe('checklistProgress by phase', () => {
  test('the steps of the crisis and those after the resolution add up to the whole checklist', () => {
    let incident = declareIncident(plan, { title: 'Spike on X', level: 'crisis' }, T0);
    incident = completeStep(incident, 'assess', 'crisis-lead', T0 + 60_000);
    const shown = incident.checklist.filter((step) => step.after === 'start').length;
    expect(shown).toBeGreaterThan(0);
    expect(checklistProgress(incident, 'start')).toEqual({ done: 1, total: shown, ratio: 1 / shown });
    const later = checklistProgress(incident, 'resolution');
    expect(later).toMatchObject({ done: 0, total: plan.checklist.length - shown });
    expect(later.total).toBeGreaterThan(0);
    expect(checklistProgress(incident).total).toBe(plan.checklist.length);
  });
});
