// Where a problem is, in words: `plan.roles[2].contact` → "Role 3 (Legal) › contact".
// Schema errors carry a path into the file; people fixing them think in roles, steps and messages.

import { i18n } from '#i18n';
import type { CrisisPlan } from '@/utils/plan';
import { PLATFORM_IDS, type PlatformId } from '@/utils/platforms/types';
import { BRAND_LISTS } from '@/utils/tracking/brand';
import { THRESHOLD_LIMITS, type ThresholdField } from '@/utils/tracking/thresholds';

export type PathSegment = string | number;

/** The inverse of formatPath in utils/plan/schema.ts: `a.b[2]["c d"]` → ['a', 'b', 2, 'c d']. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
}

/** The DOM id of the editor field for a plan path (`plan.roles[2].contact` → `plan-roles-2-contact`). */
export function fieldId(path: string): string {
  return parsePath(path).join('-');
}

const LISTS = ['roles', 'approvalSteps', 'messages', 'schedulers', 'checklist', 'confidentialTerms', 'channels'] as const;
type ListKey = (typeof LISTS)[number];
const isList = (key: PathSegment): key is ListKey => typeof key === 'string' && (LISTS as readonly string[]).includes(key);

const FIELDS = [
  'id',
  'title',
  'owner',
  'contact',
  'roleId',
  'description',
  'text',
  'ownerRoleId',
  'expires',
  'channels',
  'name',
  'url',
  'responseTargetMinutes',
  'confidentialTerms',
  'policyUrl',
  'brandVoice',
  'internalUpdateTemplate',
  'practice',
  'due',
  'after',
  'isResponse',
] as const;
type FieldKey = (typeof FIELDS)[number];
const isField = (key: PathSegment): key is FieldKey => typeof key === 'string' && (FIELDS as readonly string[]).includes(key);

const SECTIONS = ['plan', 'brand', 'thresholds', 'display', 'lexicon', 'retentionDays', 'alerting'] as const;
type SectionKey = (typeof SECTIONS)[number];
const isSection = (key: PathSegment): key is SectionKey => typeof key === 'string' && (SECTIONS as readonly string[]).includes(key);

// The other sections' fields by the labels their sections show, so a problem in a file points at what
// a manager sees on this page ("Alert thresholds › Watch at volume × normal", not "watchMultiple").
const THRESHOLD_LABELS: ReadonlyArray<ThresholdField | 'preset'> = [...(Object.keys(THRESHOLD_LIMITS) as ThresholdField[]), 'preset'];
const ENVELOPE = ['format', 'version', 'exportedAt'] as const;
const among = <T extends string>(values: readonly T[], key: PathSegment | undefined): key is T => typeof key === 'string' && (values as readonly string[]).includes(key);

/** The label of a settings section's field as the options page shows it; null for a key the page has no field for. */
function settingLabel(section: SectionKey, key: PathSegment, parent: PathSegment | undefined): string | null {
  switch (section) {
    case 'thresholds':
      if (among(THRESHOLD_LABELS, key)) return i18n.t(`options.thresholds.${key}`);
      return key === 'falseAlarmGuard' ? i18n.t('options.file.fields.falseAlarmGuard') : null;
    case 'brand':
      return among(BRAND_LISTS, key) ? i18n.t(`options.brand.${key}`) : null;
    case 'display':
      if (parent === 'platforms' && among<PlatformId>(PLATFORM_IDS, key)) return i18n.t(`platform.${key}`);
      if (key === 'badges') return i18n.t('options.display.badges');
      if (key === 'compact') return i18n.t('options.file.fields.compact');
      return key === 'platforms' ? i18n.t('options.display.platforms') : null;
    case 'lexicon':
      // A word the corrections taught: shown as the word, in quotes.
      return typeof key === 'string' && parent === undefined ? `“${key}”` : null;
    default:
      return null;
  }
}

/** A checklist step's text is a sentence: its first words are enough to find it. */
const NAME_LENGTH = 40;
function shortened(text: unknown): string {
  const flat = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
  if (flat.length <= NAME_LENGTH) return flat;
  let cut = flat.slice(0, NAME_LENGTH);
  // Whole words: back to the last space unless the cut falls at the end of one.
  if (!/[\s,.;:]/.test(flat[NAME_LENGTH]!) && cut.includes(' ')) cut = cut.slice(0, cut.lastIndexOf(' '));
  return `${cut.replace(/[\s,.;:]+$/, '')}…`;
}

/** A list item's name where it has one, so "Role 3 (Legal)" can be found without counting. */
function itemName(plan: Partial<CrisisPlan> | undefined, list: ListKey, index: number): string {
  if (!plan) return '';
  switch (list) {
    case 'roles':
      return plan.roles?.[index]?.title ?? '';
    case 'messages':
      return plan.messages?.[index]?.title ?? '';
    case 'schedulers':
      return plan.schedulers?.[index]?.name ?? '';
    case 'checklist':
      return shortened(plan.checklist?.[index]?.text);
    default:
      return '';
  }
}

export interface DescribeOptions {
  /** Names list items after the plan's own titles. */
  plan?: Partial<CrisisPlan>;
  /** Leaves out the leading "Plan" (inside the plan editor it goes without saying). */
  withinPlan?: boolean;
}

/**
 * A path in words. The first segment names a settings section (the file view) or is dropped inside the
 * plan editor; list items count from 1; unknown keys are shown as written, since they are what a person
 * will search for in the file.
 */
export function describePath(path: string, options: DescribeOptions = {}): string {
  const segments = parsePath(path);
  if (segments.length === 0) return i18n.t('options.file.wholeFile');
  const words: string[] = [];
  let index = 0;
  const first = segments[0]!;
  if (segments.length === 1 && among(ENVELOPE, first)) return i18n.t(`options.file.fields.${first}`);
  if (isSection(first)) {
    if (!(options.withinPlan && first === 'plan')) {
      words.push(i18n.t(`options.file.sections.${first}`));
    }
    index = 1;
  }
  const inPlan = first === 'plan';
  for (; index < segments.length; index++) {
    const segment = segments[index]!;
    const next = segments[index + 1];
    if (inPlan && isList(segment) && typeof next === 'number') {
      const name = index === 1 ? itemName(options.plan, segment, next).trim() : '';
      const label = i18n.t(`options.plan.where.${segment}`, [String(next + 1)]);
      words.push(name ? `${label} (${name})` : label);
      index++;
    } else if (typeof segment === 'number') {
      words.push(i18n.t('options.plan.where.item', [String(segment + 1)]));
    } else if (inPlan && isField(segment)) {
      words.push(i18n.t(`options.plan.where.fields.${segment}`));
    } else if (!inPlan && isSection(first) && index > 0) {
      words.push(settingLabel(first, segment, index > 1 ? segments[index - 1] : undefined) ?? segment);
    } else {
      words.push(segment);
    }
  }
  return words.join(' › ');
}
