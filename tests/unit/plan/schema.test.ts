import { describe, expect, test } from 'vitest';
import { createDefaultPlan, type CrisisPlan } from '@/utils/plan/plan';
import {
  exportPlanFile,
  exportSettingsFile,
  findJsonProblem,
  formatPath,
  jsonErrorLocation,
  migrateSettingsFile,
  parseJson,
  parsePlanFile,
  parseSettingsFile,
  SCHEMA_MESSAGES as M,
  validatePlan,
  type Migration,
} from '@/utils/plan/schema';

/** A plan file around a (possibly broken) plan, as JSON. */
const fileWith = (plan: unknown) => JSON.stringify({ format: 'firebreak-settings', version: 1, plan });

/** The default plan with one change applied. Typed loosely: the point is to break it. */
const broken = (change: (plan: Record<string, any>) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests write invalid shapes on purpose
  const plan = structuredClone(createDefaultPlan()) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
  change(plan);
  return plan;
};

describe('the default plan', () => {
  test.each([['friendly'], ['formal']] as const)('%s voice is valid', (voice) => {
    expect(validatePlan(createDefaultPlan(voice))).toEqual({ ok: true, value: createDefaultPlan(voice) });
  });
});

describe('parsePlanFile: each kind of bad plan says what and where', () => {
  test.each([
    ['a missing field', (p) => delete p.roles[1].title, 'plan.roles[1].title', M.required],
    ['an unknown field (typo)', (p) => (p.roles[0].contatc = 'x'), 'plan.roles[0].contatc', M.unknownKey('contatc')],
    ['an unknown top-level plan field', (p) => (p.colour = 'red'), 'plan.colour', M.unknownKey('colour')],
    ['a wrong type', (p) => (p.roles[3].owner = 5), 'plan.roles[3].owner', M.expected('text', 'the number 5')],
    ['a list where an object belongs', (p) => (p.roles[0] = []), 'plan.roles[0]', M.expected('an object ({ … })', 'a list')],
    ['a bad contact', (p) => (p.roles[2].contact = 'call Dana'), 'plan.roles[2].contact', M.contact],
    ['a bad id', (p) => (p.schedulers[0].id = 'Hoot Suite'), 'plan.schedulers[0].id', M.id],
    ['an empty title', (p) => (p.messages[0].title = ''), 'plan.messages[0].title', M.tooShort],
    ['a role title of only spaces', (p) => (p.roles[1].title = '   '), 'plan.roles[1].title', M.tooShort],
    ['a response target of 0', (p) => (p.responseTargetMinutes = 0), 'plan.responseTargetMinutes', M.responseTarget],
    ['a fractional response target', (p) => (p.responseTargetMinutes = 1.5), 'plan.responseTargetMinutes', M.responseTarget],
    ['a response target as text', (p) => (p.responseTargetMinutes = '60'), 'plan.responseTargetMinutes', M.responseTarget],
    ['an unknown brand voice', (p) => (p.brandVoice = 'casual'), 'plan.brandVoice', M.oneOf(['formal', 'friendly'], 'the text "casual"')],
    ['an unreadable expiry', (p) => (p.messages[0].expires = 'next week'), 'plan.messages[0].expires', M.expires],
    ['a negative expiry', (p) => (p.messages[0].expires = -5), 'plan.messages[0].expires', M.expires],
    ['a month that does not exist', (p) => (p.messages[0].expires = '2025-13-01'), 'plan.messages[0].expires', M.expires],
    ['a day the month does not have', (p) => (p.messages[0].expires = '2031-02-30'), 'plan.messages[0].expires', M.expires],
    ['29 February outside a leap year', (p) => (p.messages[0].expires = '2025-02-29'), 'plan.messages[0].expires', M.expires],
    ['31 April', (p) => (p.messages[0].expires = '2025-04-31'), 'plan.messages[0].expires', M.expires],
    ['an impossible day with a time', (p) => (p.messages[0].expires = '2031-02-30T10:00:00Z'), 'plan.messages[0].expires', M.expires],
    ['an unknown channel', (p) => (p.messages[1].channels = ['x', 'myspace']), 'plan.messages[1].channels[1]', M.oneOf(
      ['x', 'reddit', 'youtube', 'linkedin', 'facebook', 'instagram', 'threads', 'tiktok', 'bluesky', 'mastodon'],
      'the text "myspace"',
    )],
    ['a policy link that is not a web address', (p) => (p.policyUrl = 'intranet/policy'), 'plan.policyUrl', M.optionalUrl],
    ['a javascript: scheduler link', (p) => (p.schedulers[0].url = 'javascript:alert(1)'), 'plan.schedulers[0].url', M.url],
    ['an empty confidential term', (p) => (p.confidentialTerms = ['Project Kettle', '']), 'plan.confidentialTerms[1]', M.tooShort],
    ['a practice out of range', (p) => (p.checklist[0].practice = 10), 'plan.checklist[0].practice', M.practice],
    ['a bad due offset', (p) => (p.checklist[0].due = 'soon'), 'plan.checklist[0].due', M.due],
    ['a bad "after"', (p) => (p.checklist[0].after = 'end'), 'plan.checklist[0].after', M.oneOf(['start', 'resolution'], 'the text "end"')],
    ['a role reference to nothing', (p) => (p.checklist[1].ownerRoleId = 'pr'), 'plan.checklist[1].ownerRoleId', M.unknownRole('pr')],
    ['an approver that is no role', (p) => (p.approvalSteps[0].roleId = 'ceo'), 'plan.approvalSteps[0].roleId', M.unknownRole('ceo')],
    ['a message owner that is no role', (p) => (p.messages[2].ownerRoleId = 'intern'), 'plan.messages[2].ownerRoleId', M.unknownRole('intern')],
    ['a duplicate id', (p) => (p.schedulers[1].id = 'hootsuite'), 'plan.schedulers[1].id', M.duplicateId('hootsuite')],
    ['a duplicate role', (p) => p.roles.push({ ...p.roles[0], title: 'Deputy crisis lead' }), 'plan.roles[6].id', M.duplicateId('crisis-lead')],
    ['two roles with one title (QA: owners could not be told apart)', (p) => (p.roles[3].title = 'crisis LEAD'), 'plan.roles[3].title', M.duplicateRoleTitle('crisis LEAD')],
    ['a missing plan section', (p) => delete p.checklist, 'plan.checklist', M.required],
  ] as [string, (plan: Record<string, any>) => void, string, string][])('%s', (_name, change, path, message) => { // eslint-disable-line @typescript-eslint/no-explicit-any -- see broken()
    const plan = broken(change);
    expect(parsePlanFile(fileWith(plan))).toEqual({ ok: false, errors: [{ path, message }] });
  });

  test('text is read trimmed, in a file as in the plan form', () => {
    const plan = broken((p) => (p.roles[1].title = '  Social media manager \n'));
    const parsed = parsePlanFile(fileWith(plan));
    expect(parsed.ok && parsed.value.roles[1]!.title).toBe('Social media manager');
    const validated = validatePlan(plan);
    expect(validated.ok && validated.value.roles[1]!.title).toBe('Social media manager');
  });

  test('reports every problem at once', () => {
    const plan = broken((p) => {
      p.roles[2].contact = 'nope';
      p.brandVoice = 'loud';
      p.schedulers[1].url = 'buffer';
    });
    const result = parsePlanFile(fileWith(plan));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toEqual(['plan.roles[2].contact', 'plan.brandVoice', 'plan.schedulers[1].url']);
  });

  test.each([
    ['an e-mail address', 'dana@brewly.com'],
    ['a phone number', '+31 20 123 4567'],
    ['a chat handle', '@dana'],
    ['a chat channel', '#crisis-room'],
    ['a chat link', 'https://brewly.slack.com/team/U123'],
    ['nothing yet', ''],
  ])('accepts %s as a contact', (_kind, contact) => {
    expect(parsePlanFile(fileWith(broken((p) => (p.roles[0].contact = contact)))).ok).toBe(true);
  });

  test.each([['2025-12-31'], ['2025-12-31T18:00:00Z'], ['2025-12-31T18:00:00.000+02:00'], ['2024-02-29'], ['2025-02-28'], [1767225600000]])('accepts the expiry %j', (expires) => {
    expect(parsePlanFile(fileWith(broken((p) => (p.messages[0].expires = expires)))).ok).toBe(true);
  });
});

describe('parsePlanFile: files that are not plan files', () => {
  test.each([
    ['an empty file', '', '', M.emptyFile],
    ['whitespace only', '  \n ', '', M.emptyFile],
    ['an array', '[]', '', M.notObject],
    ['a string', '"plan"', '', M.notObject],
    ['null', 'null', '', M.notObject],
    ['no version', '{"plan": {}}', 'version', M.noVersion],
    ['a version as text', '{"version": "1"}', 'version', M.badVersion],
    ['a newer version', '{"version": 7}', 'version', M.newerVersion(7)],
    ['another app’s file', '{"format": "hootsuite-export", "version": 1}', 'format', M.wrongFormat('hootsuite-export')],
    ['no plan', '{"version": 1}', 'plan', M.noPlan],
    ['an unknown section', '{"version": 1, "plan": null, "theme": "dark"}', 'theme', M.unknownKey('theme')],
  ])('%s', (_name, json, path, message) => {
    const result = parsePlanFile(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ path, message });
  });

  test.each([
    ['a trailing comma', '{\n  "version": 1,\n}', 3, 1],
    ['a missing colon', '{"version" 1}', 1, 12],
    // Where the text that is never closed opens.
    ['a missing quote', '{\n  "version": 1,\n  "plan: {}\n}', 3, 3],
  ])('malformed JSON (%s) says so, with line %i and column %i', (_name, json, line, column) => {
    const result = parseJson(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error!.path).toBe('');
    expect(error!.message).toMatch(/^Not valid JSON at line \d+, column \d+: .+ Was the file edited by hand\? /);
    expect(error!.line).toBe(line);
    expect(error!.column).toBe(column);
    // The place is said once, and the engine's own wording ("at position 26", "Unexpected token") not at all.
    expect(error!.message.match(/line \d+/g)).toEqual([`line ${line}`]);
    expect(error!.message).toContain(`line ${line}, column ${column}:`);
    expect(error!.message).not.toMatch(/position|Unexpected|JSON\.parse/);
  });

  test('malformed JSON the engine gives no place for (Chromium: "Unexpected token \'}\', ... is not valid JSON") still gets one, in words', () => {
    const result = parseJson('{"version": 1, "brand": }');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', line: 1, column: 25, message: M.notJsonAt(1, 25, M.jsonProblems.value) }],
    });
    if (!result.ok) expect(result.errors[0]!.message).toBe(
      'Not valid JSON at line 1, column 25: a value is missing or not written as JSON there (text needs "double quotes"). Was the file edited by hand? Fix that spot in a text editor, or export the file again from Firebreak.',
    );
  });

  test.each([
    ['valid JSON', '{"a": [1, -2.5e3, "x\\"y", true, null, {}], "b": {"c": []}}', null],
    ['a missing value', '{"a": }', { at: 6, problem: 'value' }],
    ['text without quotes', '{"a": Brewly}', { at: 6, problem: 'value' }],
    ['a missing comma in an object', '{"a": 1 "b": 2}', { at: 8, problem: 'commaOrBrace' }],
    ['a missing comma in a list', '[1 2]', { at: 3, problem: 'commaOrBracket' }],
    ['a trailing comma', '{"a": 1,}', { at: 8, problem: 'key' }],
    ['a single-quoted name', "{'a': 1}", { at: 1, problem: 'key' }],
    ['a missing colon', '{"a" 1}', { at: 5, problem: 'colon' }],
    ['a bad escape (the place is the text holding it)', '{"a": "\\q"}', { at: 6, problem: 'string' }],
    ['an unclosed text (the place is where it opens)', '{"a": "b', { at: 6, problem: 'string' }],
    ['a line break inside a text', '{"a": "x\ny"}', { at: 6, problem: 'string' }],
    ['a comment', '{"a": /* the brand */ 1}', { at: 6, problem: 'comment' }],
    ['a number with a leading zero', '{"a": 01}', { at: 7, problem: 'commaOrBrace' }],
    ['a misspelt literal', '{"a": tru}', { at: 6, problem: 'value' }],
    ['a second field with single quotes', '{"a": 1, \'b\': 2}', { at: 9, problem: 'key' }],
    ['an empty file', '', { at: 0, problem: 'end' }],
    ['a cut-short file', '{"a": [1, 2', { at: 11, problem: 'end' }],
    ['two objects', '{} {}', { at: 3, problem: 'extra' }],
  ])('findJsonProblem: %s', (_name, json, found) => {
    expect(findJsonProblem(json)).toEqual(found);
    if (found === null) expect(() => JSON.parse(json) as unknown).not.toThrow();
    else expect(() => JSON.parse(json) as unknown).toThrow();
  });

  test('nesting deep enough to overflow the reader still gets a plain answer, with the engine\'s place or none', () => {
    const result = parseJson('['.repeat(100_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/^Not valid JSON/);
  });

  test('a byte-order mark (Windows Notepad saves one) is read past', () => {
    expect(parseJson('\uFEFF{"version": 1}')).toEqual({ ok: true, value: { version: 1 } });
  });

  test.each([
    ['Chromium', 'Unexpected token } in JSON at position 18', { line: 3, column: 1 }],
    ['newer V8', "Expected ',' or '}' after property value in JSON at position 18 (line 3 column 1)", { line: 3, column: 1 }],
    ['Firefox', "JSON.parse: expected ',' or '}' after property value in object at line 3 column 1 of the JSON data", { line: 3, column: 1 }],
    ['an engine that gives no place', 'Syntax error', null],
  ])('reads the place from %s messages', (_engine, message, place) => {
    expect(jsonErrorLocation('{\n  "version": 1,\n}', message)).toEqual(place);
  });

  test('truncated JSON is reported as such', () => {
    const result = parsePlanFile('{"version": 1, "plan": {');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toBe(M.notJsonAt(1, 25, M.jsonProblems.end));
  });
});

describe('export and import', () => {
  const filled: CrisisPlan = {
    ...createDefaultPlan('formal'),
    roles: createDefaultPlan().roles.map((role, index) => ({ ...role, owner: `Person ${index}`, contact: `person${index}@brewly.com` })),
    confidentialTerms: ['Project Kettle', 'Q3 figures'],
    policyUrl: 'https://intranet.brewly.com/social-policy',
    messages: [
      ...createDefaultPlan('formal').messages,
      { id: 'recall', title: 'Recall notice', text: 'We are recalling | the Kettle One.\nDetails: …', ownerRoleId: 'legal', expires: '2026-01-31', channels: ['x', 'facebook'] },
      { id: 'old', title: 'Old line', text: 'Old', ownerRoleId: 'communications', expires: 1700000000000 },
    ],
  };

  test.each([
    ['the default plan', createDefaultPlan()],
    ['a filled-in plan', filled],
  ])('round-trips %s: export → parse → deep equal', (_name, plan) => {
    expect(parsePlanFile(exportPlanFile(plan))).toEqual({ ok: true, value: plan });
  });

  test('the export is the documented envelope', () => {
    const file = JSON.parse(exportPlanFile(createDefaultPlan(), Date.UTC(2025, 4, 6, 12))) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'plan']);
    expect(file).toMatchObject({ format: 'firebreak-settings', version: 1, exportedAt: '2025-05-06T12:00:00.000Z' });
  });

  test('a whole settings file round-trips, and its plan can be read on its own', () => {
    const settings = {
      plan: filled,
      brand: { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: ['Kettle One'], exclusions: [] },
      thresholds: { preset: 'custom', watchMultiple: 2, crisisMultiple: 4 },
      lexicon: { killer: 'ignore' as const, meh: -1 },
      retentionDays: 30,
    };
    const json = exportSettingsFile(settings, 0);
    const parsed = parseSettingsFile(json);
    expect(parsed).toEqual({ ok: true, value: { format: 'firebreak-settings', version: 1, exportedAt: '1970-01-01T00:00:00.000Z', ...settings } });
    expect(parsePlanFile(json)).toEqual({ ok: true, value: filled });
  });

  test.each<[string, unknown]>([
    ['a number (ms)', 1735689600000],
    ['null', null],
    ['an object', { when: 'yesterday' }],
  ])('exportedAt is informative only: %s is read past, not refused', (_name, exportedAt) => {
    const parsed = parseSettingsFile(JSON.stringify({ version: 1, exportedAt, retentionDays: 30 }));
    expect(parsed).toEqual({ ok: true, value: { version: 1, retentionDays: 30 } });
    expect(parsed.ok && 'exportedAt' in parsed.value).toBe(false);
  });

  test('exportedAt as text is kept as it is, even when it is no date', () => {
    expect(parseSettingsFile('{"version": 1, "exportedAt": "last Tuesday", "retentionDays": 30}')).toEqual({
      ok: true,
      value: { version: 1, exportedAt: 'last Tuesday', retentionDays: 30 },
    });
  });

  test('other sections are loose: unknown keys inside them pass through', () => {
    const parsed = parseSettingsFile('{"version": 1, "brand": {"names": ["Brewly"], "futureField": true}}');
    expect(parsed).toEqual({ ok: true, value: { version: 1, brand: { names: ['Brewly'], futureField: true } } });
  });

  test.each([
    ['brand names not a list', '{"version": 1, "brand": {"names": "Brewly"}}', 'brand.names', M.expected('a list ([ … ])', 'the text "Brewly"')],
    ['retention as text', '{"version": 1, "retentionDays": "30"}', 'retentionDays', M.expected('a number', 'the text "30"')],
    ['a bad lexicon rule', '{"version": 1, "lexicon": {"killer": "nice"}}', 'lexicon.killer', M.invalid],
  ])('a bad section is still reported: %s', (_name, json, path, message) => {
    expect(parseSettingsFile(json)).toEqual({ ok: false, errors: [{ path, message }] });
  });

  test('a value that breaks two checks with the same message is reported once', async () => {
    const { z } = await import('zod');
    const days = z.number({ error: 'Days: 1 to 365.' }).int({ error: 'Days: 1 to 365.' }).max(365, { error: 'Days: 1 to 365.' });
    // 1e20 is neither a safe whole number nor at most 365: zod raises both.
    expect(parseSettingsFile('{"version": 1, "retentionDays": 1e20}', { retentionDays: days })).toEqual({
      ok: false,
      errors: [{ path: 'retentionDays', message: 'Days: 1 to 365.' }],
    });
  });

  test('"too long" says characters for text and entries for lists, with the count and what to do', () => {
    const longTitle = broken((p) => (p.roles[0].title = 'T'.repeat(200)));
    expect(validatePlan(longTitle)).toEqual({ ok: false, errors: [{ path: 'plan.roles[0].title', message: M.tooLongText(200, 120) }] });
    expect(M.tooLongText(200, 120)).toBe('Too long: 200 characters, and at most 120 fit. Shorten it.');
    const manySteps = broken((p) => (p.approvalSteps = Array.from({ length: 22 }, (_, i) => ({ id: `s${i}`, roleId: 'crisis-lead', description: '' }))));
    const errors = validatePlan(manySteps);
    expect(errors.ok ? [] : errors.errors.filter((error) => error.path === 'plan.approvalSteps')).toEqual([
      { path: 'plan.approvalSteps', message: 'Too many: 22 entries, and at most 20 fit. Remove 2.' },
    ]);
  });

  test('the options page can pass stricter sections', async () => {
    const { z } = await import('zod');
    const sections = { retentionDays: z.number().int().max(90) };
    expect(parseSettingsFile('{"version": 1, "retentionDays": 365}', sections).ok).toBe(false);
    expect(parseSettingsFile('{"version": 1, "retentionDays": 60}', sections)).toEqual({ ok: true, value: { version: 1, retentionDays: 60 } });
    // A section the caller did not list is unknown.
    expect(parseSettingsFile('{"version": 1, "brand": {}}', sections)).toEqual({ ok: false, errors: [{ path: 'brand', message: M.unknownKey('brand') }] });
  });
});

describe('migrations', () => {
  const renameOwner: Migration = (file) => ({ ...file, plan: { ...(file.plan as object), migrated: true } });

  test('runs each step up to the target version, without touching the input', () => {
    const input = { version: 1, plan: { a: 1 } };
    const result = migrateSettingsFile(input, { 1: renameOwner, 2: (file) => ({ ...file, extra: 'v3' }) }, 3);
    expect(result).toEqual({ ok: true, value: { version: 3, plan: { a: 1, migrated: true }, extra: 'v3' } });
    expect(input).toEqual({ version: 1, plan: { a: 1 } });
  });

  test.each([
    [{ version: 1 }, {}, 2, M.noMigration(1)],
    [{ version: 3 }, {}, 2, M.newerVersion(3)],
    [{ version: 0 }, {}, 1, M.badVersion],
    [{}, {}, 1, M.noVersion],
  ])('%j refused', (file, migrations, target, message) => {
    expect(migrateSettingsFile(file, migrations, target)).toEqual({ ok: false, errors: [{ path: 'version', message }] });
  });

  test('the current version passes unchanged', () => {
    expect(migrateSettingsFile({ version: 1, plan: {} })).toEqual({ ok: true, value: { version: 1, plan: {} } });
  });
});

test.each([
  [['plan', 'roles', 2, 'contact'], 'plan.roles[2].contact'],
  [['lexicon', 'killer deal'], 'lexicon["killer deal"]'],
  [[], ''],
  [[0], '[0]'],
])('formatPath(%j) = %s', (path, text) => {
  expect(formatPath(path)).toBe(text);
});
