// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsFileSection } from '@/components/options/SettingsFileSection';
import { createDefaultPlan, exportPlanFile, parseSettingsFile, SCHEMA_MESSAGES } from '@/utils/plan';
import { alerting, brandLexicon, brandProfile, crisisPlan, displaySettings, retentionDays, spikeThresholds, DEFAULT_DISPLAY } from '@/utils/settings';
import { download } from '@/utils/tracking/export';
import { setWebhookUrl } from '@/utils/sources/secrets';
import { DEFAULT_SOURCES, sourcesSettings, teamAlertsSettings } from '@/utils/sources/settings';
import { PRESET_THRESHOLDS } from '@/utils/tracking/thresholds';
import { DAY_MS } from '@/utils/tracking/baseline';
import { database } from '@/utils/tracking/db';
import { recordMentions } from '@/utils/tracking/mentions';
import { mention } from '../dashboard/mention';
import { buttonNamed, byLabel, click, mount, pressEscape, pressTab, unmountAll, useEnglishMessages, chooseSettingsFile, importProblems } from './helpers';

vi.mock('@/utils/tracking/export', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/tracking/export')>()),
  download: vi.fn(),
}));

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };

async function seed() {
  const plan = createDefaultPlan();
  plan.roles[0] = { ...plan.roles[0]!, owner: 'Dana Ortiz', contact: 'dana@brewly.com' };
  await crisisPlan.setValue(plan);
  await brandProfile.setValue(BRAND);
  await spikeThresholds.setValue({ ...PRESET_THRESHOLDS.strict });
  await brandLexicon.setValue({ killer: 'ignore' });
  await retentionDays.setValue(45);
}

const everything = async () => fakeBrowser.storage.local.get(null);

/** Chooses a file in the labelled file input, as the browser does after the file dialog. */
async function importFile(root: HTMLElement, text: string, name = 'settings.json') {
  const input = byLabel(root, 'Import settings or a plan (JSON file)');
  expect(input.type).toBe('file');
  expect(input.accept).toBe('application/json,.json');
  await chooseSettingsFile(root, text, name);
}

const problems = importProblems;

beforeEach(async () => {
  useEnglishMessages();
  vi.mocked(download).mockClear();
  await seed();
});
afterEach(unmountAll);

describe('SettingsFileSection: import', () => {
  test('malformed JSON: says where, takes the focus, changes nothing', async () => {
    const before = await everything();
    const root = await mount(<SettingsFileSection />);
    // A missing comma after "version": 1.
    await importFile(root, '{\n  "version": 1\n  "plan": {}\n}', 'broken.json');
    const alert = root.querySelector('[role="alert"]') as HTMLElement;
    expect(document.activeElement).toBe(alert);
    expect(alert.textContent).toContain('“broken.json” was not imported, and nothing has changed.');
    const [problem, ...rest] = problems(root);
    expect(rest).toEqual([]);
    // The place once, in words, and what to do; not the engine's own text.
    expect(problem).toBe(
      'The file: Not valid JSON at line 3, column 3: a comma or a closing } is missing before this. Was the file edited by hand? Fix that spot in a text editor, or export the file again from Firebreak.',
    );
    expect(root.querySelector('.confirm')).toBeNull();
    expect(await everything()).toEqual(before);
  });

  test('wrong shapes in every section: each problem listed with its place, nothing changes', async () => {
    const before = await everything();
    const plan = createDefaultPlan();
    const file = {
      format: 'firebreak-settings',
      version: 1,
      plan: { ...plan, roles: [{ ...plan.roles[0]!, contact: 'not a contact' }, ...plan.roles.slice(1)], responseTargetMinutes: 0 },
      brand: { names: 'Brewly' },
      thresholds: { preset: 'custom', watchMultiple: 3, crisisMultiple: 2 },
      display: { badges: 'some' },
      lexicon: { great: 9 },
      retentionDays: 999,
      // Read past, whatever it holds: never imported.
      alerting: { muted: 'yes' },
    };
    const root = await mount(<SettingsFileSection />);
    await importFile(root, JSON.stringify(file));
    expect(problems(root)).toEqual([
      `Crisis plan › Role 1 › contact (in the file: plan.roles[0].contact): ${SCHEMA_MESSAGES.contact}`,
      `Crisis plan › first response target (in the file: plan.responseTargetMinutes): ${SCHEMA_MESSAGES.responseTarget}`,
      'Your brand › Brand names (in the file: brand.names): Found the text "Brewly": write a list ([ … ]) here instead.',
      'Alert thresholds › Crisis at volume × normal (in the file: thresholds.crisisMultiple): The crisis multiple cannot be below the watch multiple.',
      'Badges and platforms › Show badges on (in the file: display.badges): Found the text "some": use one of "all", "brand".',
      'Brand words (learned from corrections) › “great” (in the file: lexicon.great): Enter a weight from -4 to 4, or "ignore".',
      'Retention (in the file: retentionDays): Enter a whole number of days from 1 to 365.',
    ]);
    expect(await everything()).toEqual(before);
  });

  test('unknown keys, a newer version and an empty file are refused', async () => {
    const root = await mount(<SettingsFileSection />);
    await importFile(root, JSON.stringify({ version: 1, brand: { names: ['Brewly'], nicknames: [] } }));
    expect(problems(root)).toEqual([`Your brand › nicknames (in the file: brand.nicknames): ${SCHEMA_MESSAGES.unknownKey('nicknames')}`]);
    await importFile(root, JSON.stringify({ version: 2 }));
    expect(problems(root)).toEqual([`File version (in the file: version): ${SCHEMA_MESSAGES.newerVersion(2)}`]);
    await importFile(root, JSON.stringify({ version: 1 }));
    expect(problems(root)).toEqual(['The file: The file holds neither a plan nor any settings. Choose a file made with “Export all settings” or “Export the plan only”.']);
    await importFile(root, '');
    expect(problems(root)).toEqual([`The file: ${SCHEMA_MESSAGES.emptyFile}`]);
  });

  test('a valid file shows what it replaces and applies only on confirmation', async () => {
    const plan = createDefaultPlan('formal');
    plan.roles[3] = { ...plan.roles[3]!, owner: 'Sam Lee', contact: '@sam' };
    const file = JSON.stringify({
      version: 1,
      plan,
      brand: { names: ['Kettle Co'] },
      thresholds: { preset: 'sensitive' },
      retentionDays: 90,
    });
    const root = await mount(<SettingsFileSection />);
    await importFile(root, file, 'team.json');
    const confirm = root.querySelector('.confirm')!;
    expect(confirm.textContent).toContain('“team.json” is valid. Importing it replaces:');
    expect(Array.from(confirm.querySelectorAll(':scope > ul > li')).map((li) => li.firstChild?.textContent)).toEqual([
      'Crisis plan',
      'Your brand',
      'Alert thresholds',
      'Retention — now: 45 days; from the file: 90 days',
    ]);
    // What the brand is now against what the file brings: a teammate's file cannot replace it unnoticed.
    expect(Array.from(confirm.querySelectorAll('li li')).map((li) => li.textContent)).toEqual([
      // The plan part by part (QA: "Crisis plan" alone read like a new plan): the file's Legal has an owner
      // and its Crisis lead has none (this person's has), its messages are the formal wording.
      'Roles and contacts — edited: Crisis lead, Legal',
      'Pre-approved messages — edited: Holding statement, Move to a private channel, Follow-up update',
      'Brand voice — now: Friendly; from the file: Formal',
      'Unchanged: First public response within (minutes), Approval steps, Incident checklist, Confidential terms, Social media policy (link), Internal update for the team, Pause scheduled posts.',
      'Brand names — now: Brewly; from the file: Kettle Co',
      'Handles — now: @brewly; from the file: none',
      // Another named preset is said as such, not as its nine values.
      'Preset — now: Strict; from the file: Sensitive',
    ]);
    // The focus is on the safe answer, as in every other question: Enter by habit replaces nothing.
    expect(confirm.getAttribute('role')).toBe('alertdialog');
    expect(document.activeElement).toBe(buttonNamed(confirm, 'Cancel'));
    // Not yet.
    expect(await retentionDays.getValue()).toBe(45);

    await click(buttonNamed(confirm, 'Replace these settings'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('✓ Imported: Crisis plan, Your brand, Alert thresholds, Retention.');
    expect(await crisisPlan.getValue()).toEqual(plan);
    expect(await brandProfile.getValue()).toEqual({ names: ['Kettle Co'], handles: [], hashtags: [], products: [], exclusions: [] });
    expect(await spikeThresholds.getValue()).toEqual(PRESET_THRESHOLDS.sensitive);
    expect(await retentionDays.getValue()).toBe(90);
    // Sections the file does not hold stay as they were.
    expect(await brandLexicon.getValue()).toEqual({ killer: 'ignore' });
    expect(await displaySettings.getValue()).toEqual(DEFAULT_DISPLAY);
  });

  test('custom thresholds and badge settings are set out value by value against what is here now; unchanged ones say so', async () => {
    const custom = { ...PRESET_THRESHOLDS.strict, preset: 'custom', watchMultiple: 2.5, falseAlarmGuard: 1e-4 };
    const display = { badges: 'brand', compact: true, platforms: { tiktok: false, threads: false } };
    const root = await mount(<SettingsFileSection />);
    await importFile(root, JSON.stringify({ version: 1, thresholds: custom, display }), 'custom.json');
    const confirm = root.querySelector('.confirm')!;
    expect(Array.from(confirm.querySelectorAll('li li')).map((li) => li.textContent)).toEqual([
      'Preset — now: Strict; from the file: custom values',
      'Watch at volume × normal — now: 3; from the file: 2.5',
      'The preset’s false-alarm guard — now: 1 in 10,000,000; from the file: 1 in 10,000',
      'Show badges on — now: every post and comment; from the file: posts that mention my brand only',
      'Compact badges — now: off; from the file: on',
      'Platforms Firebreak reads — now: all; from the file: all but Threads, TikTok',
    ]);
    await click(buttonNamed(confirm, 'Cancel'));

    await importFile(root, JSON.stringify({ version: 1, thresholds: { preset: 'strict' }, display: {} }), 'same.json');
    expect(Array.from(root.querySelectorAll('.confirm > ul > li')).map((li) => li.textContent)).toEqual([
      'Alert thresholds (the same as now)',
      'Badges and platforms (the same as now)',
    ]);
  });

  test('a file with a shorter retention says, in the question, how many stored mentions it deletes', async () => {
    const now = Date.now();
    await database().mentions.clear();
    await recordMentions(database(), [mention('a', now - 2 * DAY_MS), mention('b', now - 3 * DAY_MS), mention('c', now - 60_000)]);
    const root = await mount(<SettingsFileSection />);
    await importFile(root, JSON.stringify({ format: 'firebreak-settings', version: 1, retentionDays: 1 }), 'ret1.json');
    const confirm = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
    expect(Array.from(confirm.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Retention 45 → 1 days: 2 stored mentions older than that will be deleted (posts seen: 0).',
    ]);
    expect(await retentionDays.getValue()).toBe(45);
  });

  test('while the question is open, Tab and Shift+Tab stay within it (an alertdialog is modal)', async () => {
    const root = await mount(<SettingsFileSection />);
    await importFile(root, JSON.stringify({ version: 1, retentionDays: 90 }));
    const confirm = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
    expect(document.activeElement).toBe(buttonNamed(confirm, 'Cancel'));
    await pressTab();
    expect(document.activeElement).toBe(buttonNamed(confirm, 'Replace these settings'));
    await pressTab(true);
    expect(document.activeElement).toBe(buttonNamed(confirm, 'Cancel'));
    expect(await retentionDays.getValue()).toBe(45);
  });

  test('a preset named with values of its own is imported as custom values, the rest from that preset', async () => {
    const root = await mount(<SettingsFileSection />);
    await importFile(root, JSON.stringify({ version: 1, thresholds: { preset: 'balanced', watchMultiple: 10, crisisMultiple: 20 } }));
    await click(buttonNamed(root.querySelector('.confirm')!, 'Replace these settings'));
    expect(await spikeThresholds.getValue()).toEqual({ ...PRESET_THRESHOLDS.balanced, preset: 'custom', watchMultiple: 10, crisisMultiple: 20 });
  });

  test('a preset named with its own values, or with none, stays that preset', async () => {
    const root = await mount(<SettingsFileSection />);
    await importFile(root, JSON.stringify({ version: 1, thresholds: { preset: 'sensitive', watchMultiple: PRESET_THRESHOLDS.sensitive.watchMultiple } }));
    await click(buttonNamed(root.querySelector('.confirm')!, 'Replace these settings'));
    expect(await spikeThresholds.getValue()).toEqual(PRESET_THRESHOLDS.sensitive);
  });

  test('a false-alarm guard the page cannot show, and that would let almost every window count, is refused', async () => {
    const before = await everything();
    const root = await mount(<SettingsFileSection />);
    await importFile(root, JSON.stringify({ version: 1, thresholds: { falseAlarmGuard: 0.49 } }));
    expect(problems(root)).toEqual([
      'Alert thresholds › The preset’s false-alarm guard (in the file: thresholds.falseAlarmGuard): The false-alarm guard must be a probability above 0 and at most 0.001 (the sensitive preset uses 0.0001).',
    ]);
    expect(root.querySelector('.confirm')).toBeNull();
    expect(await everything()).toEqual(before);
  });

  test('fractions where the thresholds section takes whole numbers are refused', async () => {
    const root = await mount(<SettingsFileSection />);
    await importFile(root, JSON.stringify({ version: 1, thresholds: { minimumVolume: 2.5, coolDownMinutes: 0.5 } }));
    expect(problems(root)).toEqual([
      'Alert thresholds › Minimum mentions in a window (in the file: thresholds.minimumVolume): The minimum volume must be a whole number of mentions.',
      'Alert thresholds › Cool-down after an alert, minutes (in the file: thresholds.coolDownMinutes): The cool-down must be a whole number of minutes.',
    ]);
  });

  test('an exportedAt that is a number (informative only) is read past, and the file imports', async () => {
    const root = await mount(<SettingsFileSection />);
    await importFile(root, JSON.stringify({ version: 1, exportedAt: 1735689600000, retentionDays: 90 }));
    expect(problems(root)).toEqual([]);
    await click(buttonNamed(root.querySelector('.confirm')!, 'Replace these settings'));
    expect(await retentionDays.getValue()).toBe(90);
  });

  test('a plan-only file replaces only the plan; cancel changes nothing', async () => {
    const plan = createDefaultPlan();
    plan.policyUrl = 'https://brewly.com/policy';
    const root = await mount(<SettingsFileSection />);
    await importFile(root, exportPlanFile(plan));
    await click(buttonNamed(root, 'Cancel'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('✓ Nothing was imported.');
    expect((await crisisPlan.getValue()).policyUrl).toBe('');
    await importFile(root, exportPlanFile(plan));
    expect(Array.from(root.querySelectorAll('.confirm li li')).map((li) => li.textContent)).toEqual([
      'Roles and contacts — edited: Crisis lead',
      'Social media policy (link) — now: none; from the file: https://brewly.com/policy',
      'Unchanged: First public response within (minutes), Approval steps, Incident checklist, Pre-approved messages, Confidential terms, Brand voice, Internal update for the team, Pause scheduled posts.',
    ]);
    await click(buttonNamed(root, 'Replace these settings'));
    expect(await crisisPlan.getValue()).toEqual(plan);
    expect(await brandProfile.getValue()).toEqual(BRAND);
  });

  test('a plan file says which roles, steps, messages and schedulers it adds, removes or edits; the same plan says so', async () => {
    const now = await crisisPlan.getValue();
    const plan = structuredClone(now);
    plan.responseTargetMinutes = 30;
    plan.roles.push({ id: 'agency', title: 'Agency', owner: 'Kai', contact: '@kai' });
    plan.schedulers = plan.schedulers.slice(1);
    plan.checklist = [plan.checklist[1]!, plan.checklist[0]!, ...plan.checklist.slice(2)];
    plan.messages[1] = { ...plan.messages[1]!, text: 'Please send us a direct message.' };
    plan.confidentialTerms = ['Project Ember'];
    plan.internalUpdateTemplate += '\nCall the lead first.';
    const root = await mount(<SettingsFileSection />);
    await importFile(root, exportPlanFile(plan));
    expect(Array.from(root.querySelectorAll('.confirm li li')).map((li) => li.textContent)).toEqual([
      'Roles and contacts — added: Agency',
      'First public response within (minutes) — now: 1 hour; from the file: 30 minutes',
      'Incident checklist — in another order',
      'Pre-approved messages — edited: Move to a private channel',
      'Confidential terms — now: none; from the file: Project Ember',
      'Internal update for the team — reworded',
      `Pause scheduled posts — removed: ${now.schedulers[0]!.name}`,
      'Unchanged: Approval steps, Social media policy (link), Brand voice.',
    ]);
    await click(buttonNamed(root, 'Cancel'));

    // The same plan is the same whatever the order of its keys: the stored one, saved by older versions or
    // another browser, may list them in another order than the file's.
    const reversed = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reversed) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reversed(inner)])) : value;
    await crisisPlan.setValue(reversed(now) as typeof now);
    await importFile(root, exportPlanFile(now));
    expect(Array.from(root.querySelectorAll('.confirm > ul > li')).map((li) => li.textContent)).toEqual(['Crisis plan (the same as now)']);
  });

  test('Escape in the question answers no, as Cancel does, and gives the focus back to the file field', async () => {
    const plan = createDefaultPlan();
    plan.policyUrl = 'https://brewly.com/policy';
    const root = await mount(<SettingsFileSection />);
    await importFile(root, exportPlanFile(plan));
    expect(document.activeElement).toBe(buttonNamed(root.querySelector('.confirm')!, 'Cancel'));
    await pressEscape();
    expect(root.querySelector('.confirm')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('✓ Nothing was imported.');
    expect(document.activeElement).toBe(byLabel(root, 'Import settings or a plan (JSON file)'));
    expect((await crisisPlan.getValue()).policyUrl).toBe('');
  });
});

describe('SettingsFileSection: export', () => {
  test('all settings: one dated JSON file that imports again', async () => {
    await alerting.setValue({ snoozedUntil: 0, muted: true });
    const root = await mount(<SettingsFileSection />);
    await click(buttonNamed(root, 'Export all settings'));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text, type] = vi.mocked(download).mock.calls[0]!;
    expect(name).toMatch(/^firebreak-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    const parsed = parseSettingsFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.value)).toEqual(['format', 'version', 'exportedAt', 'plan', 'brand', 'thresholds', 'display', 'lexicon', 'retentionDays']);
    expect(parsed.value.plan).toEqual(await crisisPlan.getValue());
    expect(parsed.value.brand).toEqual(BRAND);
    expect(parsed.value.lexicon).toEqual({ killer: 'ignore' });
    // The exporter's mute is theirs: not in the file.
    expect(parsed.value.alerting).toBeUndefined();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(`✓ Downloaded ${name}.`);

    // Round trip: the exported file imports into a fresh browser as the same settings.
    const before = await everything();
    fakeBrowser.reset();
    useEnglishMessages();
    await importFile(root, text);
    await click(buttonNamed(root, 'Replace these settings'));
    // Display was never saved (its default applied); the import writes it out. The mute stays behind.
    const { alerting: _personal, ...shared } = before;
    expect(await everything()).toEqual({ ...shared, display: DEFAULT_DISPLAY });
  });

  test('never the team-alerts webhook address or the listening sources (secrets stay in this browser)', async () => {
    const secret = 'https://hooks.slack.com/services/T000/B000/very-secret-token';
    await teamAlertsSettings.setValue({ enabled: true, kind: 'slack', levelChanges: true, internalUpdates: true });
    await setWebhookUrl(secret);
    await sourcesSettings.setValue({ ...DEFAULT_SOURCES, bluesky: { ...DEFAULT_SOURCES.bluesky, enabled: true } });
    const root = await mount(<SettingsFileSection />);
    await click(buttonNamed(root, 'Export all settings'));
    const [, text] = vi.mocked(download).mock.calls[0]!;
    expect(text).not.toContain('very-secret-token');
    expect(text).not.toContain('hooks.slack.com');
    expect(Object.keys(JSON.parse(text) as object)).not.toContain('sources');
  });

  test("files are dated with the user's own date, not UTC's", async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    // 9 PM on 30 November in Los Angeles is already 1 December in UTC.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 11, 1, 5, 0));
    try {
      const root = await mount(<SettingsFileSection />);
      await click(buttonNamed(root, 'Export all settings'));
      await click(buttonNamed(root, 'Export the plan only'));
      expect(vi.mocked(download).mock.calls.map(([name]) => name)).toEqual(['firebreak-settings-2026-11-30.json', 'firebreak-plan-2026-11-30.json']);
    } finally {
      vi.useRealTimers();
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test('the plan only', async () => {
    const root = await mount(<SettingsFileSection />);
    await click(buttonNamed(root, 'Export the plan only'));
    const [name, text] = vi.mocked(download).mock.calls[0]!;
    expect(name).toMatch(/^firebreak-plan-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseSettingsFile(text);
    expect(parsed.ok && Object.keys(parsed.value)).toEqual(['format', 'version', 'exportedAt', 'plan']);
  });
});
