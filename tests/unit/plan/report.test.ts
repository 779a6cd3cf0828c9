import { describe, expect, test } from 'vitest';
import { addNote, addScreenshot, completeStep, declareIncident, recordAlert, recordDraftedReply, reopenIncident, resolveIncident, type Incident } from '@/utils/plan/incident';
import { createDefaultPlan, type CrisisPlan } from '@/utils/plan/plan';
import {
  escapeInline,
  escapeTableCell,
  postMortemJson,
  postMortemMarkdown,
  postMortemReport,
  REPORT_MESSAGES,
  type LessonsLearned,
  type PostMortemFigures,
  type PostMortemInput,
} from '@/utils/plan/report';

const MIN = 60_000;
const T0 = Date.UTC(2025, 4, 6, 14, 0);
const at = (minutes: number) => T0 + minutes * MIN;

const plan: CrisisPlan = {
  ...createDefaultPlan(),
  roles: createDefaultPlan().roles.map((role) => ({ ...role, owner: 'Someone', contact: role.id === 'legal' ? '' : 'someone@brewly.com' })),
  messages: [...createDefaultPlan().messages, { id: 'recall', title: 'Recall notice', text: 'We are recalling…', ownerRoleId: 'legal', expires: '2025-05-01' }],
};

/** A worked incident: declared from an alert, steps on time and late, a drafted reply, the holding statement posted late, notes with awkward text, resolved. */
function workedIncident(): Incident {
  let incident = declareIncident(plan, { title: 'Kettle One | overheating', level: 'watch', platform: 'x', alert: { reason: 'Volume 2.6× normal on X', time: T0 } }, at(4));
  incident = recordAlert(incident, { time: at(20), level: 'crisis', reason: 'Negative share +31 points' });
  incident = completeStep(incident, 'assess', 'crisis-lead', at(10));
  incident = completeStep(incident, 'pause-scheduled-posts', 'social-media-manager', at(40)); // due 15: 25 min late
  incident = recordDraftedReply(incident, { platform: 'x', postId: '18', text: 'So sorry | we hear you.\nDM us?' }, at(30)); // a draft: no response
  incident = completeStep(incident, 'holding-statement', 'social-media-manager', at(75)); // the response, target 60: late
  incident = addNote(incident, 'Press call from\nthe Daily | Post', at(90));
  incident = addScreenshot(incident, { name: 'thread.png' }, at(91));
  return resolveIncident(incident, at(300), 'Recall announced; sentiment back to normal');
}

const figures: PostMortemFigures = {
  peakMentionsPerHour: 312,
  peakAt: at(60),
  totalMentions: 1840,
  negativeShare: 0.62,
  baselineNegativeShare: 0.18,
  platforms: [
    { platform: 'x', mentions: 1500, negativeShare: 0.7 },
    { platform: 'reddit', mentions: 340, negativeShare: 0.35 },
  ],
  keyTerms: ['kettle', 'fire', 'recall'],
};

const lessons: LessonsLearned = {
  wentWell: 'Pausing Hootsuite was quick.\n# Not a heading',
  wentWrong: 'Legal could not be reached for 40 minutes.',
  actions: [
    { text: 'Add a legal backup | with phone', owner: 'Dana' },
    { text: '', owner: 'nobody' },
  ],
};

const input = (): PostMortemInput => ({ incident: workedIncident(), plan, figures, lessons, now: at(24 * 60) });

describe('postMortemMarkdown', () => {
  const markdown = postMortemMarkdown(input());
  const lines = markdown.split('\n');

  test('has the sections in order, and ends with the prompt to update the plan', () => {
    const headings = lines.filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Post-mortem: Kettle One \\| overheating',
      '## Summary',
      '## Timeline',
      '## Figures',
      '### By platform',
      '## Checklist',
      '## Lessons learned',
      '### What went well',
      '### What went wrong',
      '### Actions',
      '## Update the plan',
    ]);
    expect(markdown.trimEnd().endsWith(REPORT_MESSAGES.updates.closing)).toBe(true);
  });

  test('the timeline table holds every entry, each on one row', () => {
    const incident = workedIncident();
    const timelineRows = lines.slice(lines.indexOf('## Timeline') + 4, lines.indexOf('## Figures') - 1);
    expect(timelineRows).toHaveLength(incident.timeline.length);
    incident.timeline.forEach((entry, index) => {
      expect(timelineRows[index]).toContain(escapeTableCell(entry.text));
      expect(timelineRows[index]).toContain(REPORT_MESSAGES.kinds[entry.kind]);
    });
  });

  test.each([
    ['declared', 'Incident declared at level watch: Kettle One \\| overheating'],
    ['alert', 'Alert (crisis): Negative share +31 points'],
    ['level change', 'Level changed from watch to crisis: Negative share +31 points'],
    ['drafted reply', '| Reply drafted | Reply drafted on X: “So sorry \\| we hear you. DM us?” |'],
    ['note with a pipe and a line break', 'Press call from<br>the Daily \\| Post'],
    ['screenshot', 'Screenshot saved: thread.png'],
    ['resolution', 'Incident resolved: Recall announced; sentiment back to normal'],
    ['timestamp', '| 2025-05-06 14:04 UTC | Declared |'],
  ])('timeline: %s', (_name, text) => {
    expect(markdown).toContain(text);
  });

  test.each([
    ['peak volume', '| Peak volume | 312 mentions per hour (hour starting 2025-05-06 15:00 UTC) |'],
    ['total', '| Total mentions | 1,840 |'],
    ['negative share against normal', '| Negative share | 62% (normal 18%, +44 points) |'],
    ['duration', '| Duration | 5 hours |'],
    ['first response against the target', '| Time to first response | 1 hour 15 minutes after the start, as marked on the checklist (target 1 hour): late |'],
    ['key terms', '| Key terms | kettle, fire, recall |'],
    ['platform x', '| X | 1,500 | 70% |'],
    ['platform reddit', '| Reddit | 340 | 35% |'],
    ['summary', '- **Checklist:** 1 of 12 steps on time, 2 late, 7 not done, 2 still to come'],
    ['trigger', '- **Trigger:** Volume 2.6× normal on X'],
    ['summary text', 'Recall announced; sentiment back to normal'],
  ])('figures: %s', (_name, text) => {
    expect(markdown).toContain(text);
  });

  test.each([
    ['a step on time', '| Confirm the crisis: read what people are saying, note the trigger, the scope and the platforms involved | Crisis lead | 2025-05-06 14:15 UTC | 2025-05-06 14:10 UTC | On time |'],
    ['a late step', '| Pause scheduled posts in every scheduler, and note the reason | Social media manager | 2025-05-06 14:15 UTC | 2025-05-06 14:40 UTC | Late |'],
    ['a step not done', '| Brief employees with the approved lines and what not to say | PR and communications | 2025-05-06 15:00 UTC | – | Not done |'],
    ['a step still to come', '| Hold the post-mortem with support, PR, legal and social | Crisis lead | 2025-05-13 19:00 UTC | – | Still to come |'],
  ])('checklist: %s', (_name, row) => {
    expect(lines).toContain(row);
  });

  test('lessons: free text cannot make headings, the actions table stays intact, empty actions are dropped', () => {
    expect(markdown).toContain('Pausing Hootsuite was quick.\n\n\\# Not a heading');
    expect(markdown).toContain('Legal could not be reached for 40 minutes.');
    expect(lines).toContain('| Add a legal backup \\| with phone | Dana |');
    expect(markdown).not.toContain('nobody');
  });

  test.each([
    ['slow first response', 'The first response took 1 hour 15 minutes against a target of 1 hour'],
    ['late step', '“Pause scheduled posts in every scheduler, and note the reason” was done 25 minutes late: name a backup for the role “Social media manager”, or allow more time for this step.'],
    ['step never done', '“Brief employees with the approved lines and what not to say” (PR and communications) was never done'],
    ['missing contact', 'The role “Legal” has no contact'],
    ['expired message', 'The pre-approved message “Recall notice” has expired'],
    ['no policy link', 'The plan has no link to the social media policy'],
  ])('update the plan: %s', (_name, text) => {
    const section = markdown.slice(markdown.indexOf('## Update the plan'));
    expect(section).toContain(text);
  });

  test.each([
    ['owner and contact missing', { owner: '', contact: '' }, 'Nobody holds the role “Legal”: name an owner, with a contact that reaches them at once.'],
    ['owner missing', { owner: '', contact: '@legal' }, 'Nobody holds the role “Legal”: name an owner.'],
    ['contact missing', { owner: 'Sam', contact: '' }, 'The role “Legal” has no contact: add an e-mail address, phone number or chat handle that reaches them at once.'],
  ])('update the plan: roles with %s', (_name, change, text) => {
    const roles = plan.roles.map((role) => (role.id === 'legal' ? { ...role, ...change } : role));
    const updates = postMortemReport({ ...input(), plan: { ...plan, roles } }).planUpdates.filter((update) => update.kind.startsWith('missing'));
    expect(updates.map((update) => update.text)).toEqual([text]);
  });

  test.each([['PR and communications'], ['Legal'], ['CEO'], ['المتحدث الرسمي']])('a late step names its role “%s” as written', (title) => {
    const renamed = { ...plan, roles: plan.roles.map((role) => (role.id === 'social-media-manager' ? { ...role, title } : role)) };
    let incident = declareIncident(renamed, { title: 'Late', level: 'crisis' }, T0);
    incident = completeStep(incident, 'pause-scheduled-posts', 'social-media-manager', at(40));
    const late = postMortemReport({ incident, plan: renamed, figures, lessons, now: at(60) }).planUpdates.filter((update) => update.kind === 'late-step');
    expect(late.map((update) => update.text)).toEqual([
      `“Pause scheduled posts in every scheduler, and note the reason” was done 25 minutes late: name a backup for the role “${title}”, or allow more time for this step.`,
    ]);
  });

  test('an incident lasting days says so in days', () => {
    const incident = resolveIncident(declareIncident(plan, { title: 'Long', level: 'crisis' }, T0), at(3 * 24 * 60 + 7));
    const markdown = postMortemMarkdown({ incident, plan, figures, lessons, now: at(4 * 24 * 60) });
    expect(markdown).toContain('- **Duration:** 3 days 7 minutes\n');
    expect(markdown).toContain('| Duration | 3 days 7 minutes |');
  });

  test('every table row has as many cells as its header', () => {
    let columns = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      if (columns === 0) columns = cells;
      expect(cells, line).toBe(columns);
    }
  });

  test('a clean incident gets a "review anyway" suggestion', () => {
    const complete: CrisisPlan = { ...plan, roles: plan.roles.map((role) => ({ ...role, contact: 'x@y.zz' })), messages: createDefaultPlan().messages, policyUrl: 'https://brewly.com/policy' };
    let incident = declareIncident(complete, { title: 'Small', level: 'watch' }, T0);
    for (const step of incident.checklist) incident = completeStep(incident, step.id, step.ownerRoleId, at(5));
    incident = resolveIncident(recordDraftedReply(incident, { platform: 'x', postId: '1', text: 'Hi' }, at(5)), at(30));
    const report = postMortemReport({ incident, plan: complete, figures, lessons, now: at(60) });
    expect(report.planUpdates).toEqual([{ kind: 'review', text: REPORT_MESSAGES.updates.review }]);
    expect(postMortemMarkdown({ incident, plan: complete, figures, lessons, now: at(60) })).toContain(`- ${REPORT_MESSAGES.updates.review.replace('.', '.')}`);
  });

  test('an incident with no mentions in its window says so, with no share set against normal', () => {
    const incident = declareIncident(plan, { title: 'Quiet', level: 'watch' }, T0);
    const none = { ...figures, peakMentionsPerHour: 0, peakAt: null, totalMentions: 0, negativeShare: 0, baselineNegativeShare: 0.36, platforms: [], keyTerms: [] };
    const markdown = postMortemMarkdown({ incident, plan, figures: none, lessons: { wentWell: '', wentWrong: '', actions: [] }, now: at(90) });
    expect(markdown).toContain("| Peak volume | No mentions recorded in the incident's window |");
    expect(markdown).toContain('| Negative share | — (no mentions; normal 36%) |');
    expect(markdown).not.toContain('-36 points');
  });

  test('an unresolved incident without a response says so', () => {
    const incident = declareIncident(plan, { title: 'Open', level: 'crisis' }, T0);
    const markdown = postMortemMarkdown({ incident, plan, figures: { ...figures, baselineNegativeShare: null, peakAt: null, platforms: [], keyTerms: [] }, lessons: { wentWell: '', wentWrong: '', actions: [] }, now: at(90) });
    expect(markdown).toContain('- **Resolved:** not resolved yet');
    expect(markdown).toContain('- **Duration:** 1 hour 30 minutes (ongoing)');
    expect(markdown).toContain('- **First response:** none marked on the checklist (target 1 hour)');
    expect(markdown).toContain('| Negative share | 62% |');
    expect(markdown).toContain('| Peak volume | 312 mentions per hour |');
    expect(markdown).toContain(REPORT_MESSAGES.emptyPlatforms);
    expect(markdown).toContain(REPORT_MESSAGES.noActions);
    expect(markdown).toContain('No public response was marked as posted on the checklist.');
  });

  test('resolved, reopened and resolved again: both resolutions and the reopening on the timeline, the times from the last resolution', () => {
    const incident = resolveIncident(reopenIncident(workedIncident(), at(360), 'A second batch overheated'), at(480), 'Second batch recalled too');
    const report = postMortemReport({ ...input(), incident });
    expect(report.incident).toMatchObject({ resolvedAt: '2025-05-06T22:00:00.000Z', durationMinutes: 480, summary: 'Second batch recalled too' });
    expect(report.timeline.slice(-3)).toEqual([
      { at: '2025-05-06T19:00:00.000Z', kind: 'resolved', text: 'Incident resolved: Recall announced; sentiment back to normal' },
      { at: '2025-05-06T20:00:00.000Z', kind: 'reopened', text: 'Incident reopened: A second batch overheated' },
      { at: '2025-05-06T22:00:00.000Z', kind: 'resolved', text: 'Incident resolved: Second batch recalled too' },
    ]);
    const markdown = postMortemMarkdown({ ...input(), incident });
    expect(markdown).toContain('- **Resolved:** 2025-05-06 22:00 UTC');
    expect(markdown).toContain('- **Duration:** 8 hours');
    expect(markdown).toContain('| Duration | 8 hours |');
    expect(markdown).toContain('| 2025-05-06 19:00 UTC | Resolved | Incident resolved: Recall announced; sentiment back to normal |');
    expect(markdown).toContain('| 2025-05-06 20:00 UTC | Reopened | Incident reopened: A second batch overheated |');
    expect(markdown).toContain('| 2025-05-06 22:00 UTC | Resolved | Incident resolved: Second batch recalled too |');
    // The post-mortem is due a week after the resolution that stood, not the one taken back.
    expect(markdown).toContain('| Hold the post-mortem with support, PR, legal and social | Crisis lead | 2025-05-13 22:00 UTC | – | Still to come |');
    expect(markdown).toContain('\nSecond batch recalled too\n');
  });

  test('time zone', () => {
    expect(postMortemMarkdown(input(), { timeZone: 'America/New_York' })).toContain('| 2025-05-06 10:04 EDT | Declared |');
  });
});

describe('postMortemReport (JSON)', () => {
  const report = postMortemReport(input());

  test('has the documented shape', () => {
    expect(Object.keys(report)).toEqual(['format', 'version', 'generatedAt', 'incident', 'response', 'figures', 'checklist', 'timeline', 'lessons', 'planUpdates']);
    expect(report).toMatchObject({
      format: 'firebreak-post-mortem',
      version: 1,
      generatedAt: '2025-05-07T14:00:00.000Z',
      incident: {
        title: 'Kettle One | overheating',
        level: 'crisis',
        platform: 'x',
        source: 'alert',
        triggerReason: 'Volume 2.6× normal on X',
        startedAt: '2025-05-06T14:00:00.000Z',
        declaredAt: '2025-05-06T14:04:00.000Z',
        resolvedAt: '2025-05-06T19:00:00.000Z',
        durationMinutes: 300,
        summary: 'Recall announced; sentiment back to normal',
      },
      response: { targetMinutes: 60, firstResponseAt: '2025-05-06T15:15:00.000Z', firstResponseMinutes: 75, onTime: false },
      figures: { ...figures, peakAt: '2025-05-06T15:00:00.000Z' },
      checklist: { total: 12, onTime: 1, late: 2, notDone: 7, pending: 2 },
      lessons: { wentWell: lessons.wentWell, wentWrong: lessons.wentWrong, actions: [lessons.actions[0]] },
    });
    expect(report.checklist.steps.find((step) => step.id === 'pause-scheduled-posts')).toEqual({
      id: 'pause-scheduled-posts',
      text: 'Pause scheduled posts in every scheduler, and note the reason',
      practice: 8,
      ownerRole: 'Social media manager',
      dueAt: '2025-05-06T14:15:00.000Z',
      doneAt: '2025-05-06T14:40:00.000Z',
      doneBy: 'Social media manager',
      status: 'late',
      minutesLate: 25,
    });
    expect(report.timeline).toHaveLength(workedIncident().timeline.length);
    expect(report.timeline[0]).toEqual({ at: '2025-05-06T14:00:00.000Z', kind: 'alert', text: 'Alert (watch): Volume 2.6× normal on X' });
    expect(report.planUpdates.map((update) => update.kind)).toEqual([
      'slow-first-response',
      'late-step',
      'late-step',
      ...Array(7).fill('step-not-done'),
      'missing-contact',
      'expired-message',
      'no-policy-link',
    ]);
  });

  test('the JSON text parses back to the same report', () => {
    expect(JSON.parse(postMortemJson(input()))).toEqual(report);
  });

  test('is deterministic', () => {
    expect(postMortemReport(input())).toEqual(report);
  });
});

describe('escaping', () => {
  test.each([
    ['a | b', 'a \\| b'],
    ['line 1\nline 2\r\nline 3\rline 4', 'line 1<br>line 2<br>line 3<br>line 4'],
    ['back\\slash | pipe', 'back\\\\slash \\| pipe'],
    ['already \\| escaped', 'already \\\\\\| escaped'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['  padded  ', 'padded'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![img](x)', '\\!\\[img\\](x)'],
    ['**bold** __bold__ _em_ `code` ~~struck~~', '\\*\\*bold\\*\\* \\_\\_bold\\_\\_ \\_em\\_ \\`code\\` \\~\\~struck\\~\\~'],
    ['typed &lt;script&gt; and &amp;', 'typed \\&lt;script\\&gt; and \\&amp;'],
    ['$x^2$ math', '\\$x^2\\$ math'],
  ])('escapeTableCell(%j) = %j', (text, cell) => {
    expect(escapeTableCell(text)).toBe(cell);
  });

  test.each([
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['> quote', '\\> quote'],
    ['*bold* and `code` and [link](x)', '\\*bold\\* and \\`code\\` and \\[link\\](x)'],
    ['_em_ and __strong__', '\\_em\\_ and \\_\\_strong\\_\\_'],
    ['Tom &amp; Jerry & co', 'Tom \\&amp; Jerry \\& co'],
    ['![img](x) ~~struck~~ $x$', '\\!\\[img\\](x) \\~\\~struck\\~\\~ \\$x\\$'],
    ['___', '\\_\\_\\_'],
    ['a | b', 'a \\| b'],
    ['two\nlines', 'two lines'],
  ])('escapeInline(%j) = %j', (text, escaped) => {
    expect(escapeInline(text)).toBe(escaped);
  });
});

describe('user and page text never becomes markup', () => {
  const hostilePlan: CrisisPlan = {
    ...plan,
    roles: plan.roles.map((role) => (role.id === 'social-media-manager' ? { ...role, title: 'Social *media* [lead](x)' } : role)),
    checklist: plan.checklist.map((step) => (step.id === 'pause-scheduled-posts' ? { ...step, text: 'Pause `posts` in ~~Hootsuite~~ & Buffer!' } : step)),
  };
  function hostileInput(): PostMortemInput {
    let incident = declareIncident(hostilePlan, { title: 'Kettle **fire** <b>x</b> _recall_ & co', level: 'crisis', platform: 'x' }, T0);
    incident = addNote(incident, 'See [the thread](javascript:alert(1)) **now** `rm -rf` _x_ &lt;script&gt; ![i](y) $x$ | pipe', at(5));
    incident = completeStep(incident, 'pause-scheduled-posts', 'social-media-manager', at(40)); // due 15: late
    return {
      incident,
      plan: hostilePlan,
      figures: { ...figures, keyTerms: ['_kettle_', 'fire'] },
      lessons: {
        wentWell: 'Legal was _fast_ & <i>calm</i> [x](http://e.example)',
        wentWrong: 'It cost $5 and **hours**',
        actions: [{ text: 'Add **legal** to [approvals](x)', owner: 'Dana_K' }],
      },
      now: at(60),
    };
  }
  const markdown = postMortemMarkdown(hostileInput());

  test.each([
    ['the heading', '# Post-mortem: Kettle \\*\\*fire\\*\\* \\<b\\>x\\</b\\> \\_recall\\_ \\& co'],
    ['a note', '| Note | See \\[the thread\\](javascript:alert(1)) \\*\\*now\\*\\* \\`rm -rf\\` \\_x\\_ \\&lt;script\\&gt; \\!\\[i\\](y) \\$x\\$ \\| pipe |'],
    ['the declared entry', 'Incident declared by the team, with no spike detected: Kettle \\*\\*fire\\*\\* &lt;b&gt;x&lt;/b&gt; \\_recall\\_ \\& co |'],
    ['a step and its owner', '| Pause \\`posts\\` in \\~\\~Hootsuite\\~\\~ \\& Buffer\\! | Social \\*media\\* \\[lead\\](x) |'],
    ['key terms', '| Key terms | \\_kettle\\_, fire |'],
    ['what went well', '\nLegal was \\_fast\\_ \\& \\<i\\>calm\\</i\\> \\[x\\](http://e.example)\n'],
    ['what went wrong', '\nIt cost \\$5 and \\*\\*hours\\*\\*\n'],
    ['an action and its owner', '| Add \\*\\*legal\\*\\* to \\[approvals\\](x) | Dana\\_K |'],
    ['a plan update naming a step and a role', '- “Pause \\`posts\\` in \\~\\~Hootsuite\\~\\~ \\& Buffer\\!” was done 25 minutes late'],
  ])('%s is escaped', (_name, text) => {
    expect(markdown).toContain(text);
  });

  test('no Markdown-active character is left unescaped outside what the report itself writes', () => {
    const body = markdown.slice(markdown.indexOf('## Timeline'));
    const leftover = body
      .split('\n')
      .map((line) => line.replace(/^(#+|-) /, '').replace(/\\./g, '').replace(/&(lt|gt);|<br>|\|/g, ''))
      .filter((line) => /[*_[\]`~&!<>$]/.test(line));
    expect(leftover).toEqual([]);
  });

  test('brackets read as written: they make no link without the escaped square brackets before them', () => {
    // The report's own words, as the dashboard shows the Markdown and a team pastes it into a chat.
    const worked = postMortemMarkdown(input());
    expect(worked).toContain('| Alert | Alert (crisis): Negative share +31 points |');
    expect(worked).toContain('(PR and communications) was never done');
    expect(escapeInline('Legal (Dana) signed off :)')).toBe('Legal (Dana) signed off :)');
    expect(escapeTableCell('Legal (Dana) signed off :)')).toBe('Legal (Dana) signed off :)');
    // A link or an image written in a note stays text: its square brackets are escaped.
    expect(escapeTableCell('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeInline('![img](x)')).toBe('\\!\\[img\\](x)');
  });

  test('plain words, numbers, times and links read as they are', () => {
    expect(escapeTableCell('Recall at 14:04 UTC, 62% +44 points: see https://brewly.com/recall?id=1#faq')).toBe('Recall at 14:04 UTC, 62% +44 points: see https://brewly.com/recall?id=1#faq');
    expect(escapeInline('Recall at 14:04 UTC, 62% +44 points: see https://brewly.com/recall?id=1#faq')).toBe('Recall at 14:04 UTC, 62% +44 points: see https://brewly.com/recall?id=1#faq');
    expect(markdown).toContain('| Peak volume | 312 mentions per hour (hour starting 2025-05-06 15:00 UTC) |');
  });

  test('the JSON export keeps the text as typed', () => {
    const report = postMortemReport(hostileInput());
    expect(report.incident.title).toBe('Kettle **fire** <b>x</b> _recall_ & co');
    expect(report.timeline.map((entry) => entry.text)).toContain('See [the thread](javascript:alert(1)) **now** `rm -rf` _x_ &lt;script&gt; ![i](y) $x$ | pipe');
    expect(report.lessons).toEqual(hostileInput().lessons);
    expect(report.checklist.steps.find((step) => step.id === 'pause-scheduled-posts')).toMatchObject({ text: 'Pause `posts` in ~~Hootsuite~~ & Buffer!', ownerRole: 'Social *media* [lead](x)' });
    expect(report.figures.keyTerms).toEqual(['_kettle_', 'fire']);
  });
});
