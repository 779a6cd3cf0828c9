// QA: an incident the team declared from the popup at level Normal read "Level: watch" in its post-mortem,
// while its own timeline said "declared by the team, with no spike detected". No level was measured, so
// none is claimed; an alert recorded later raises it as usual. The exports are named by date and title.
import { describe, expect, test } from 'vitest';
import { declarationFromAlert, declareIncident, recordAlert, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan } from '@/utils/plan/plan';
import { postMortemFileName, postMortemJson, postMortemMarkdown, type PostMortemFigures } from '@/utils/plan/report';

const T0 = Date.UTC(2026, 11, 2, 14, 0);
const plan = createDefaultPlan();
const figures: PostMortemFigures = { peakMentionsPerHour: 0, peakAt: null, totalMentions: 0, negativeShare: 0, baselineNegativeShare: null, platforms: [], keyTerms: [] };
const input = (incident: Incident) => ({ incident, plan, figures, lessons: { wentWell: '', wentWrong: '', actions: [] }, now: T0 + 60 * 60_000 });
const markdownOf = (incident: Incident) => postMortemMarkdown(input(incident), { timeZone: 'UTC' });
const jsonOf = (incident: Incident) => JSON.parse(postMortemJson(input(incident))) as { incident: { level: string; platform: string | null } };
const teamDeclared = () => declareIncident(plan, declarationFromAlert(undefined, 'popup', () => 'Brewly kettle recall'), T0);

describe('an incident declared by the team with no spike', () => {
  test('reads "Level: none (declared by the team…)" and "Platform: not recorded", as its timeline says', () => {
    const incident = teamDeclared();
    const markdown = markdownOf(incident);
    expect(markdown).toContain('Incident declared by the team, with no spike detected');
    expect(markdown).toContain('- **Level:** none (declared by the team, with no spike detected)');
    expect(markdown).not.toContain('- **Level:** watch');
    expect(markdown).toContain('- **Platform:** not recorded');
    expect(jsonOf(incident).incident).toMatchObject({ level: 'normal', platform: null });
  });

  test('one stored before the fix (at "watch", with no alert behind it) reads the same', () => {
    const old = declareIncident(plan, { title: 'Brewly kettle recall', level: 'watch', source: 'popup' }, T0);
    expect(markdownOf(old)).toContain('- **Level:** none (declared by the team, with no spike detected)');
    expect(jsonOf(old).incident.level).toBe('normal');
  });

  test('an alert recorded after the declaration raises the level, and the report says it', () => {
    const raised = recordAlert(teamDeclared(), { time: T0 + 10 * 60_000, level: 'watch', reason: '3× normal on X', platform: 'x' });
    expect(markdownOf(raised)).toContain('- **Level:** watch');
    expect(markdownOf(raised)).toContain('Level changed from normal to watch: 3× normal on X');
    expect(jsonOf(raised).incident.level).toBe('watch');
  });

  test('an incident declared from an alert keeps the alert\'s level', () => {
    const fromAlert = declareIncident(plan, declarationFromAlert({ platform: 'x', level: 'crisis', reason: '21× normal', time: T0 }, 'alert', () => 'Spike on X'), T0);
    expect(markdownOf(fromAlert)).toContain('- **Level:** crisis');
    expect(markdownOf(fromAlert)).toContain('- **Platform:** X');
  });
});

describe('the exports\' file name', () => {
  test('carries the start date and the title, slugged', () => {
    const incident = teamDeclared();
    expect(postMortemFileName(incident, 'md', 'UTC')).toBe('post-mortem-2026-12-02-brewly-kettle-recall.md');
    expect(postMortemFileName(incident, 'json', 'UTC')).toBe('post-mortem-2026-12-02-brewly-kettle-recall.json');
  });

  test('the date is the local one: late on 2 December in UTC is 3 December in Tokyo', () => {
    const late = { id: 'incident-x', title: 'Kettle', startedAt: Date.UTC(2026, 11, 2, 20, 0) };
    expect(postMortemFileName(late, 'md', 'Asia/Tokyo')).toBe('post-mortem-2026-12-03-kettle.md');
  });

  test('only letters and digits survive, accents dropped, any script kept; no path or markup characters', () => {
    const name = (title: string) => postMortemFileName({ id: 'incident-mx5fouk8', title, startedAt: T0 }, 'md', 'UTC');
    expect(name('  Café "fire" / ../../etc: <b>Kettle</b> — 50% off!  ')).toBe('post-mortem-2026-12-02-cafe-fire-etc-b-kettle-b-50-off.md');
    expect(name('Rückruf Wasserkocher')).toBe('post-mortem-2026-12-02-ruckruf-wasserkocher.md');
    expect(name('ケトルのリコール')).toBe('post-mortem-2026-12-02-ケトルのリコール.md');
    expect(name('!!!')).toBe('post-mortem-2026-12-02-incident-mx5fouk8.md');
    expect(name('A'.repeat(200))).toHaveLength('post-mortem-2026-12-02-'.length + 60 + '.md'.length);
  });
});
