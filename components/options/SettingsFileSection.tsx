// Import and export of the plan and every setting as one JSON file a team can share.
// An import is checked whole before anything is written: the plan by its schema, the other sections by
// the same rules their own sections use (brand, thresholds, retention), and a file with any problem changes
// nothing. A valid file is applied only after the user has seen what it replaces, in one storage write.
// Notification mute and snooze are each person's own: a shared file must not silence a teammate's alerts,
// so they are not exported, and an "alerting" section in a file (older exports had one) is read past.
// A shorter retention in a file deletes this person's older mentions as soon as it is applied (the worker
// prunes on the change): the question says so, with how many, as the Retention section's own question does.

import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { uiCount } from '@/utils/count';
import { exportPlanFile, exportSettingsFile, localDate, parseSettingsFile, RESERVED_KEY, SCHEMA_MESSAGES, type FileError, type SettingsFile } from '@/utils/plan';
import { localeDurationMessages } from '@/utils/plan/action-messages';
import { formatDuration } from '@/utils/plan/actions';
import type { CrisisPlan } from '@/utils/plan/plan';
import { PLATFORM_IDS } from '@/utils/platforms/types';
import { brandLexicon, brandProfile, crisisPlan, displaySettings, hasBrandTerms, retentionDays, spikeThresholds, DEFAULT_DISPLAY, withAllPlatforms } from '@/utils/settings';
import type { DisplaySettings } from '@/utils/settings';
import { BRAND_LISTS, type BrandProfile } from '@/utils/tracking/brand';
import { download } from '@/utils/tracking/export';
import {
  PRESET_THRESHOLDS,
  presetOf,
  THRESHOLD_LIMITS,
  thresholdProblems,
  type SpikeThresholds,
  type ThresholdField,
  type ThresholdPreset,
  type ThresholdProblem,
} from '@/utils/tracking/thresholds';
import { questionKeys } from '../question';
import type { Pruned } from '@/utils/tracking/retention';
import { brandProblems, tidyBrand } from './BrandSection';
import { countPrunable, retentionDeletes, retentionLoss } from './DataSection';
import { StatusLine, termsSchema } from './fields';
import { ErrorSummary, type ShownError } from './plan/ErrorSummary';
import { describePath } from './plan/where';

/** Larger than any settings file could be: a wrong file is refused before it is read. */
export const MAX_FILE_MB = 5;

/** What an import holds for a section it reads past: the person's own notification mute and snooze. */
const PERSONAL = 'personal-not-imported';

const optionalNumber = z.number().optional();

/** The crisis value of each pair, and the watch value it may not go below. */
const WATCH_OF: Partial<Record<ThresholdField, ThresholdField>> = { crisisMultiple: 'watchMultiple', crisisShareJump: 'watchShareJump' };

/**
 * The problems of thresholds read from a file, said about what the file holds. `fromFile` is what the file
 * sets; the rest came from the `base` preset. A crisis value "below the watch value" is no problem of its
 * own when the watch value is out of range (that one is said), and when the file has no crisis value it is
 * said about the watch value the file does set, naming the preset's value it would meet.
 */
export function fileThresholdProblems(fromFile: Partial<SpikeThresholds>, merged: SpikeThresholds, base: ThresholdPreset): ThresholdProblem[] {
  const problems = thresholdProblems(merged);
  const failing = new Set(problems.map((problem) => problem.field));
  return problems.flatMap((problem): ThresholdProblem[] => {
    const crisis = problem.field as ThresholdField;
    const watch = WATCH_OF[crisis];
    if (!watch) return [problem];
    const { min, max } = THRESHOLD_LIMITS[crisis];
    const value = merged[crisis];
    // thresholdProblems says one thing a field: in range and below the watch value, it said "below".
    if (!(value >= min && value <= max && value < merged[watch])) return [problem];
    if (failing.has(watch)) return [];
    if (fromFile[crisis] !== undefined) return [problem];
    const said = (number: number) => number.toLocaleString('en-US', { maximumFractionDigits: 4 });
    const message = i18n.t('options.file.belowPreset', [
      said(merged[watch]),
      i18n.t(`options.thresholds.${crisis as 'crisisMultiple' | 'crisisShareJump'}`),
      i18n.t(`options.thresholds.presets.${base}`),
      said(value),
      crisis,
    ]);
    return [{ field: watch, message }];
  });
}

/**
 * The sections a settings file may hold besides the plan, as strict as the options page's own checks,
 * each turned into the exact value its storage item holds. Built on demand (the messages are localised).
 */
export function importSections() {
  const retentionMessage = i18n.t('options.file.retentionInvalid');
  const lexiconMessage = i18n.t('options.file.lexiconInvalid');
  const brandEmptyMessage = i18n.t('options.file.brandEmpty');
  return {
    brand: z
      // The brand section's own limits (termsSchema): what it saves, its export brings back.
      .strictObject({
        names: termsSchema.optional(),
        handles: termsSchema.optional(),
        hashtags: termsSchema.optional(),
        products: termsSchema.optional(),
        exclusions: termsSchema.optional(),
      })
      // Tidied as the brand form tidies what is typed (a pasted profile link in Handles is its account), so
      // the checks, the question and what is stored are what the form would have saved.
      .transform(
        (brand): BrandProfile =>
          tidyBrand({
            names: brand.names ?? [],
            handles: brand.handles ?? [],
            hashtags: brand.hashtags ?? [],
            products: brand.products ?? [],
            exclusions: brand.exclusions ?? [],
          }),
      )
      // The brand section refuses to save a brand with nothing to listen for; so does the import.
      .refine(hasBrandTerms, { error: brandEmptyMessage })
      // And a term that could never match ("🔥", "#acme" as a handle, an exclusion that removes the name
      // itself), by the brand section's own checks, said about the list it is in.
      .superRefine((brand, ctx) => {
        for (const [key, message] of Object.entries(brandProblems(brand, 'file'))) {
          ctx.addIssue({ code: 'custom', message, path: [key], input: brand });
        }
      }),
    thresholds: z
      .strictObject({
        preset: z.enum(['sensitive', 'balanced', 'strict', 'custom']).optional(),
        watchMultiple: optionalNumber,
        crisisMultiple: optionalNumber,
        watchShareJump: optionalNumber,
        crisisShareJump: optionalNumber,
        minimumVolume: optionalNumber,
        coolDownMinutes: optionalNumber,
        calmMinutes: optionalNumber,
        falseAlarmGuard: optionalNumber,
      })
      // Values left out come from the named preset (balanced for custom ones), as the thresholds section does.
      // A preset named with values of its own is custom values: stored as "balanced" with 10× it would show
      // Balanced chosen, and choosing Balanced again could not bring its real values back.
      // Checked here, where what the file holds is still known from what the preset filled in.
      .transform((values, ctx): SpikeThresholds => {
        const named = values.preset ?? 'custom';
        const base = named === 'custom' ? 'balanced' : named;
        const merged: SpikeThresholds = { ...PRESET_THRESHOLDS[base], ...values, preset: named };
        for (const problem of fileThresholdProblems(values, merged, base)) {
          ctx.issues.push({ code: 'custom', message: problem.message, path: [problem.field], input: values });
        }
        return { ...merged, preset: presetOf(merged) };
      }),
    display: z
      .strictObject({
        badges: z.enum(['all', 'brand']).optional(),
        compact: z.boolean().optional(),
        platforms: z.partialRecord(z.enum(PLATFORM_IDS), z.boolean()).optional(),
      })
      .transform(
        (display): DisplaySettings =>
          withAllPlatforms({
            badges: display.badges ?? DEFAULT_DISPLAY.badges,
            compact: display.compact ?? DEFAULT_DISPLAY.compact,
            platforms: { ...DEFAULT_DISPLAY.platforms, ...display.platforms },
          }),
      ),
    lexicon: z.record(
      // A key that trims to "__proto__" would be dropped like the key itself (see reservedKeyPaths).
      z
        .string()
        .trim()
        .min(1)
        .max(200)
        .refine((word) => word !== RESERVED_KEY, { error: SCHEMA_MESSAGES.reservedKey }),
      // The range is checked after the union, so a weight out of range gets one message that says what fits.
      z
        .union([z.number(), z.literal('ignore')], { error: lexiconMessage })
        .refine((value) => value === 'ignore' || (value >= -4 && value <= 4), { error: lexiconMessage }),
    ),
    retentionDays: z
      .number({ error: retentionMessage })
      .int({ error: retentionMessage })
      .min(1, { error: retentionMessage })
      .max(365, { error: retentionMessage }),
    // Read past whatever it holds: never applied (see the top of this file).
    alerting: z.unknown().transform((): typeof PERSONAL => PERSONAL),
  };
}

export type ImportSections = ReturnType<typeof importSections>;
export type ImportedSettings = SettingsFile<ImportSections>;

/** The sections in the order the page shows them, each with its storage item. */
const ITEMS = {
  plan: crisisPlan,
  brand: brandProfile,
  thresholds: spikeThresholds,
  display: displaySettings,
  lexicon: brandLexicon,
  retentionDays,
} as const;
export type SectionName = keyof typeof ITEMS;
const SECTION_NAMES = Object.keys(ITEMS) as SectionName[];

/** The sections a parsed file holds that an import applies. */
export function sectionsIn(file: ImportedSettings): SectionName[] {
  return SECTION_NAMES.filter((name) => file[name] !== undefined);
}

/** Whether the file carries someone's notification mute or snooze, which an import leaves as they are here. */
export function holdsPersonalAlerting(file: ImportedSettings): boolean {
  return file.alerting !== undefined;
}

/** Writes every section the file holds in one storage call, so an import lands whole or not at all. */
export async function applySettings(file: ImportedSettings): Promise<SectionName[]> {
  const names = sectionsIn(file);
  await storage.setItems(names.map((name) => ({ item: ITEMS[name], value: file[name] })));
  return names;
}

/**
 * Everything the file holds, read from storage: no secrets, and nothing personal (notification mute and snooze).
 * A brand with nothing to listen for (none set yet) is left out, not written empty: the import refuses an empty
 * brand, as the brand section does, so the whole file would be refused.
 */
export async function collectSettings() {
  const [plan, brand, thresholds, display, lexicon, days] = await Promise.all([
    crisisPlan.getValue(),
    brandProfile.getValue(),
    spikeThresholds.getValue(),
    displaySettings.getValue(),
    brandLexicon.getValue(),
    retentionDays.getValue(),
  ]);
  return { plan, ...(hasBrandTerms(brand) ? { brand } : {}), thresholds, display: withAllPlatforms(display), lexicon, retentionDays: days };
}

/** The user's own date, not UTC's: an export late in the evening west of Greenwich is dated that day. */
const stamp = (now: number) => localDate(now);

/**
 * Problems as the page lists them: where, by the section and field labels this page shows, then the path in
 * the file for whoever edits it (a JSON error's line and column are in its message, said once).
 */
export function showErrors(errors: readonly FileError[]): ShownError[] {
  return errors.map((error) => {
    const where = describePath(error.path);
    return { where, ...(error.path && error.path !== where ? { path: error.path } : {}), message: error.message };
  });
}

/** How many terms of a list the question names before "and N more". */
const TERMS_SHOWN = 8;

const sameTerms = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((term, index) => term === b[index]);

function termsText(terms: readonly string[]): string {
  if (terms.length === 0) return i18n.t('options.file.noTerms');
  const shown = terms.slice(0, TERMS_SHOWN).join(', ');
  return terms.length > TERMS_SHOWN ? i18n.t('options.file.moreTerms', [shown, String(terms.length - TERMS_SHOWN)]) : shown;
}

/**
 * What an imported brand replaces, list by list: the names always (whose brand a file is, at a glance),
 * the other lists where they differ. A teammate's file must not replace the brand unnoticed.
 */
export function brandChanges(now: BrandProfile, incoming: BrandProfile): string[] {
  return BRAND_LISTS.filter((key) => key === 'names' || !sameTerms(now[key], incoming[key])).map((key) =>
    i18n.t('options.file.nowAndIncoming', [i18n.t(`options.brand.${key}`), termsText(now[key]), termsText(incoming[key])]),
  );
}

/** The thresholds as the question names them: the preset first, then each value as the thresholds section labels it. */
const THRESHOLD_KEYS: ReadonlyArray<ThresholdField | 'preset' | 'falseAlarmGuard'> = ['preset', ...(Object.keys(THRESHOLD_LIMITS) as ThresholdField[]), 'falseAlarmGuard'];

function thresholdLabel(key: ThresholdField | 'preset' | 'falseAlarmGuard'): string {
  return key === 'falseAlarmGuard' ? i18n.t('options.file.fields.falseAlarmGuard') : i18n.t(`options.thresholds.${key}`);
}

function thresholdText(thresholds: SpikeThresholds, key: ThresholdField | 'preset' | 'falseAlarmGuard'): string {
  // A tail probability: "1 in 10,000", not "0.0001" or "1e-7".
  if (key === 'falseAlarmGuard') return i18n.t('options.file.oneIn', [Math.round(1 / thresholds.falseAlarmGuard).toLocaleString()]);
  // The minimum volume is a count of mentions: "5,000". Multiples, points and minutes are written as they are.
  if (key === 'minimumVolume') return uiCount(thresholds.minimumVolume);
  if (key !== 'preset') return String(thresholds[key]);
  return thresholds.preset === 'custom' ? i18n.t('options.file.customPreset') : i18n.t(`options.thresholds.presets.${thresholds.preset}`);
}

/**
 * What imported thresholds replace, now against the file's (QA: the question named only the section). A
 * file that switches to another named preset says just that; custom values are listed one by one.
 */
export function thresholdChanges(now: SpikeThresholds, incoming: SpikeThresholds): string[] {
  const keys = incoming.preset !== 'custom' && incoming.preset !== now.preset ? (['preset'] as const) : THRESHOLD_KEYS;
  return keys.filter((key) => now[key] !== incoming[key]).map((key) =>
    i18n.t('options.file.nowAndIncoming', [thresholdLabel(key), thresholdText(now, key), thresholdText(incoming, key)]),
  );
}

function platformsText(platforms: DisplaySettings['platforms']): string {
  const off = PLATFORM_IDS.filter((id) => !platforms[id]).map((id) => i18n.t(`platform.${id}`));
  if (off.length === 0) return i18n.t('options.file.allPlatforms');
  if (off.length === PLATFORM_IDS.length) return i18n.t('options.file.noTerms');
  return i18n.t('options.file.allPlatformsBut', [off.join(', ')]);
}

/** What imported badge and platform settings replace, each setting the file changes. */
export function displayChanges(now: DisplaySettings, incoming: DisplaySettings): string[] {
  const changes: string[] = [];
  const line = (label: string, from: string, to: string) => changes.push(i18n.t('options.file.nowAndIncoming', [label, from, to]));
  if (now.badges !== incoming.badges) line(i18n.t('options.display.badges'), i18n.t(`options.display.badges_${now.badges}`), i18n.t(`options.display.badges_${incoming.badges}`));
  if (now.compact !== incoming.compact) {
    const onOff = (on: boolean) => i18n.t(on ? 'options.file.on' : 'options.file.off');
    line(i18n.t('options.file.fields.compact'), onOff(now.compact), onOff(incoming.compact));
  }
  const [from, to] = [platformsText(now.platforms), platformsText(incoming.platforms)];
  if (from !== to) line(i18n.t('options.display.platforms'), from, to);
  return changes;
}

type PlanItem = { id: string };

/** A value as JSON with every object's keys in order: a file edited by hand may list them in any order. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );

/**
 * How a list of the plan's items (roles, steps, messages, schedulers) differs in the file, item by item
 * by id: "edited: Legal; added: Buffer; removed: Hootsuite", or that only the order changed.
 */
function itemChanges<Item extends PlanItem>(now: readonly Item[], incoming: readonly Item[], name: (item: Item) => string): string {
  const before = new Map(now.map((item) => [item.id, item]));
  const after = new Set(incoming.map((item) => item.id));
  const edited = incoming.filter((item) => before.has(item.id) && canonical(before.get(item.id)) !== canonical(item)).map(name);
  const added = incoming.filter((item) => !before.has(item.id)).map(name);
  const removed = now.filter((item) => !after.has(item.id)).map(name);
  const parts = [
    ...(edited.length > 0 ? [i18n.t('options.file.edited', [termsText(edited)])] : []),
    ...(added.length > 0 ? [i18n.t('options.file.added', [termsText(added)])] : []),
    ...(removed.length > 0 ? [i18n.t('options.file.removed', [termsText(removed)])] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : i18n.t('options.file.reordered');
}

/** What the question says of a changed part: now against the file, or for a list, which items differ. */
type PlanPart = { [Key in keyof CrisisPlan]: { key: Key; label: () => string; change: (now: CrisisPlan[Key], incoming: CrisisPlan[Key]) => string } }[keyof CrisisPlan];

const fromTo = (from: string, to: string) => i18n.t('options.file.fromTo', [from, to]);
const untitled = (text: string) => text.trim() || i18n.t('options.file.untitled');

/** The crisis plan's parts, in the plan editor's order and by its names. */
const PLAN_PARTS: readonly PlanPart[] = [
  { key: 'roles', label: () => i18n.t('options.plan.rolesTitle'), change: (now, incoming) => itemChanges(now, incoming, (role) => untitled(role.title)) },
  {
    key: 'responseTargetMinutes',
    label: () => i18n.t('options.plan.responseTarget'),
    change: (now, incoming) => fromTo(formatDuration(now, localeDurationMessages), formatDuration(incoming, localeDurationMessages)),
  },
  { key: 'approvalSteps', label: () => i18n.t('options.plan.approvalTitle'), change: (now, incoming) => itemChanges(now, incoming, (step) => untitled(step.description)) },
  { key: 'checklist', label: () => i18n.t('options.plan.checklistTitle'), change: (now, incoming) => itemChanges(now, incoming, (step) => untitled(step.text)) },
  { key: 'messages', label: () => i18n.t('options.plan.messagesTitle'), change: (now, incoming) => itemChanges(now, incoming, (message) => untitled(message.title)) },
  { key: 'confidentialTerms', label: () => i18n.t('options.plan.confidential'), change: (now, incoming) => fromTo(termsText(now), termsText(incoming)) },
  { key: 'policyUrl', label: () => i18n.t('options.plan.policyUrl'), change: (now, incoming) => fromTo(now.trim() || i18n.t('options.file.noTerms'), incoming.trim() || i18n.t('options.file.noTerms')) },
  {
    key: 'brandVoice',
    label: () => i18n.t('options.plan.voice'),
    change: (now, incoming) => fromTo(...([now, incoming].map((voice) => i18n.t(voice === 'formal' ? 'options.plan.voiceFormal' : 'options.plan.voiceFriendly')) as [string, string])),
  },
  { key: 'internalUpdateTemplate', label: () => i18n.t('options.plan.template'), change: () => i18n.t('options.file.reworded') },
  { key: 'schedulers', label: () => i18n.t('options.plan.schedulersTitle'), change: (now, incoming) => itemChanges(now, incoming, (scheduler) => untitled(scheduler.name)) },
];

/**
 * What an imported plan replaces, part by part (QA: the question named only "Crisis plan", so a file that
 * changed one message read like a new plan): each changed part and how, and the parts left as they are,
 * named once.
 */
export function planChanges(now: CrisisPlan, incoming: CrisisPlan): { changed: string[]; unchanged: string[] } {
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const part of PLAN_PARTS) {
    // Each part's change() takes its own key's values; TypeScript cannot pair a union's key with its function.
    const { key, label, change } = part as { key: keyof CrisisPlan; label: () => string; change: (now: unknown, incoming: unknown) => string };
    if (canonical(now[key]) === canonical(incoming[key])) unchanged.push(label());
    else changed.push(`${label()} — ${change(now[key], incoming[key])}`);
  }
  return { changed, unchanged };
}

const daysText = (days: number) => i18n.t('options.file.days', days, [String(days)]);

/** This person's values that the question sets against the file's. */
interface Current {
  plan: CrisisPlan;
  brand: BrandProfile;
  retentionDays: number;
  thresholds: SpikeThresholds;
  display: DisplaySettings;
}

/** A retention in the file shorter than this person's, and what applying it deletes (null: not counted). */
interface Shortening {
  from: number;
  to: number;
  prunable: Pruned | null;
}

/** The shortening a file's retention brings, when it deletes stored data; null when it deletes nothing. */
async function shorteningIn(file: ImportedSettings): Promise<Shortening | null> {
  const to = file.retentionDays;
  if (to === undefined) return null;
  const from = await retentionDays.getValue();
  if (to >= from) return null;
  const prunable = await countPrunable(to);
  return retentionDeletes(from, to, prunable) ? { from, to, prunable } : null;
}

type Status = { kind: 'idle' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

export function SettingsFileSection() {
  const inputId = useId();
  const [failure, setFailure] = useState<{ fileName: string; errors: FileError[]; attempt: number } | null>(null);
  const [pending, setPending] = useState<{ fileName: string; file: ImportedSettings; shortening: Shortening | null; current: Current } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const attempts = useRef(0);

  // The choice is the next thing to do: the focus goes to it, on the safe answer (as every question
  // in these pages does), so an Enter pressed by habit replaces nothing.
  useEffect(() => {
    if (pending) cancelButton.current?.focus();
  }, [pending]);

  const exportAll = async () => {
    try {
      const now = Date.now();
      const name = `firebreak-settings-${stamp(now)}.json`;
      download(name, exportSettingsFile<ImportSections>(await collectSettings(), now), 'application/json');
      setStatus({ kind: 'done', message: i18n.t('options.file.exported', [name]) });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const exportPlan = async () => {
    try {
      const now = Date.now();
      const name = `firebreak-plan-${stamp(now)}.json`;
      download(name, exportPlanFile(await crisisPlan.getValue(), now), 'application/json');
      setStatus({ kind: 'done', message: i18n.t('options.file.exported', [name]) });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const clearInput = () => {
    // The same file can be chosen again after it was fixed.
    if (input.current) input.current.value = '';
  };

  const fail = (fileName: string, errors: FileError[]) => {
    // Refused: the user fixes the file and chooses it again, which fires no change on an input still holding it.
    clearInput();
    attempts.current += 1;
    setPending(null);
    setStatus({ kind: 'idle' });
    setFailure({ fileName, errors, attempt: attempts.current });
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'idle' });
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      fail(file.name, [{ path: '', message: i18n.t('options.file.tooLarge', [String(MAX_FILE_MB)]) }]);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      fail(file.name, [{ path: '', message: i18n.t('options.file.readFailed', [error instanceof Error ? error.message : String(error)]) }]);
      return;
    }
    const parsed = parseSettingsFile(text, importSections());
    if (!parsed.ok) {
      fail(file.name, parsed.errors);
      return;
    }
    if (sectionsIn(parsed.value).length === 0) {
      const message = holdsPersonalAlerting(parsed.value) ? i18n.t('options.file.onlyPersonal') : i18n.t('options.file.nothingToImport');
      fail(file.name, [{ path: '', message }]);
      return;
    }
    setFailure(null);
    const [shortening, plan, brand, days, thresholds, display] = await Promise.all([
      shorteningIn(parsed.value),
      crisisPlan.getValue(),
      brandProfile.getValue(),
      retentionDays.getValue(),
      spikeThresholds.getValue(),
      displaySettings.getValue(),
    ]);
    setPending({ fileName: file.name, file: parsed.value, shortening, current: { plan, brand, retentionDays: days, thresholds, display: withAllPlatforms(display) } });
  };

  const confirm = async () => {
    if (!pending) return;
    try {
      const names = await applySettings(pending.file);
      setPending(null);
      clearInput();
      setStatus({ kind: 'done', message: i18n.t('options.file.imported', [names.map((name) => i18n.t(`options.file.sections.${name}`)).join(', ')]) });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    input.current?.focus();
  };

  const cancel = () => {
    setPending(null);
    clearInput();
    setStatus({ kind: 'done', message: i18n.t('options.file.cancelled') });
    input.current?.focus();
  };

  return (
    <section class="settings-section" aria-labelledby="settings-file">
      <h2 id="settings-file">{i18n.t('options.file.title')}</h2>
      <p class="muted">{i18n.t('options.file.intro')}</p>
      <div class="row">
        <button type="button" onClick={() => void exportAll()}>
          {i18n.t('options.file.exportAll')}
        </button>
        <button type="button" onClick={() => void exportPlan()}>
          {i18n.t('options.file.exportPlan')}
        </button>
      </div>
      <p class="hint">{i18n.t('options.file.notIncluded')}</p>
      <p class="hint">{i18n.t('options.file.notIncludedPersonal')}</p>
      <div class="field">
        <label for={inputId}>{i18n.t('options.file.import')}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          name="settings-file"
          accept="application/json,.json"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => void choose((event.currentTarget as HTMLInputElement).files?.[0])}
        />
        <p id={`${inputId}-hint`} class="hint">
          {i18n.t('options.file.importHint')}
        </p>
      </div>
      {failure && (
        <ErrorSummary
          id="settings-file-errors"
          title={i18n.t('options.file.errorsTitle', [failure.fileName])}
          errors={showErrors(failure.errors)}
          attempt={failure.attempt}
        />
      )}
      {pending && (
        <div class="confirm" role="alertdialog" aria-labelledby="settings-file-confirm" onKeyDown={questionKeys(cancel)}>
          <p id="settings-file-confirm">{i18n.t('options.file.confirmTitle', [pending.fileName])}</p>
          <ul>
            {sectionsIn(pending.file).map((name) => (
              <li key={name}>
                <SectionChange name={name} file={pending.file} current={pending.current} shortening={pending.shortening} />
              </li>
            ))}
          </ul>
          {holdsPersonalAlerting(pending.file) && <p class="hint">{i18n.t('options.file.personalKept')}</p>}
          <button type="button" class="danger" onClick={() => void confirm()}>
            {i18n.t('options.file.confirm')}
          </button>{' '}
          <button type="button" ref={cancelButton} onClick={cancel}>
            {i18n.t('options.file.cancel')}
          </button>
        </div>
      )}
      <StatusLine status={status}>
        {status.kind === 'done' && <span class="ok">✓ {status.message}</span>}
        {status.kind === 'failed' && <span class="error">{status.message}</span>}
      </StatusLine>
    </section>
  );
}

/** One section in the import question: its name, and for the brand, thresholds, display and retention what is here now against the file. */
function SectionChange(props: { name: SectionName; file: ImportedSettings; current: Current; shortening: Shortening | null }) {
  const { name, file, current, shortening } = props;
  const title = i18n.t(`options.file.sections.${name}`);
  if (name === 'retentionDays' && file.retentionDays !== undefined) {
    if (shortening) return <>{retentionLoss(shortening.from, shortening.to, shortening.prunable)}</>;
    if (file.retentionDays === current.retentionDays) return <>{i18n.t('options.file.sameAsNow', [title])}</>;
    return <>{i18n.t('options.file.nowAndIncoming', [title, daysText(current.retentionDays), daysText(file.retentionDays)])}</>;
  }
  if (name === 'plan' && file.plan) {
    const { changed, unchanged } = planChanges(current.plan, file.plan);
    if (changed.length === 0) return <>{i18n.t('options.file.sameAsNow', [title])}</>;
    return (
      <>
        {title}
        <ul>
          {changed.map((change) => (
            <li key={change}>{change}</li>
          ))}
          {unchanged.length > 0 && <li class="muted">{i18n.t('options.file.planUnchanged', [unchanged.join(', ')])}</li>}
        </ul>
      </>
    );
  }
  const changes =
    name === 'brand' && file.brand
      ? BRAND_LISTS.every((key) => sameTerms(current.brand[key], file.brand![key]))
        ? []
        : brandChanges(current.brand, file.brand)
      : name === 'thresholds' && file.thresholds
        ? thresholdChanges(current.thresholds, file.thresholds)
        : name === 'display' && file.display
          ? displayChanges(current.display, file.display)
          : null;
  if (changes === null) return <>{title}</>;
  if (changes.length === 0) return <>{i18n.t('options.file.sameAsNow', [title])}</>;
  return (
    <>
      {title}
      <ul>
        {changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
    </>
  );
}
