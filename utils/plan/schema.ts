// The settings file a team shares: the crisis plan plus, optionally, every other setting.
//
// Format (version 1):
//   {
//     "format": "firebreak-settings",      optional on import; when present it must be this value
//     "version": 1,                        required; older versions are migrated, newer ones refused
//     "exportedAt": "2025-05-01T12:00:00.000Z",   optional, informative only: any value is accepted, text kept,
//                                                 anything else (a timestamp in ms, say) read past
//     "plan": { …CrisisPlan… },            optional in a settings file, required by parsePlanFile
//     "brand": {…}, "thresholds": {…}, …   optional sections (SettingsSections), validated loosely
//   }
//
// Unknown keys are REJECTED, not stripped, in the plan and at the top level: these files are written
// and edited by people, and a silently dropped "contatc" would lose what the author meant to share.
// A newer Firebreak that adds a field also raises `version`, so older versions refuse the file with a
// clear "update Firebreak" message instead of half-reading it. The loose sections (everything but the
// plan) pass unknown keys through, and the options page decides what to keep.
//
// Every parse is a pure function: it returns the value or the list of problems, never a partial result.

import { z } from 'zod';
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { PLATFORM_IDS } from '../platforms/types';
import {
  contactKind,
  isIsoDayReal,
  LATEST_DATE_MS,
  type ApprovalStep,
  type ChecklistTemplateStep,
  type CrisisPlan,
  type PlanRole,
  type PreApprovedMessage,
  type SchedulerLink,
} from './plan';

export const SETTINGS_FILE_FORMAT = 'firebreak-settings';
export const SETTINGS_FILE_VERSION = 1;

/** One problem in a file. `path` is where (`plan.roles[2].contact`; '' for the file as a whole). */
export interface FileError {
  path: string;
  message: string;
  /** For malformed JSON: where the parser stopped, 1-based, when the engine says. */
  line?: number;
  column?: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FileError[] };

/** Every user-facing string of this module, for the move to locale files. */
export const SCHEMA_MESSAGES = {
  emptyFile: 'The file is empty. Choose a settings file exported from Firebreak.',
  /** Bad JSON where the place is known: said once, in words, with what to do. */
  notJsonAt: (line: number, column: number, problem: string) =>
    `Not valid JSON at line ${line}, column ${column}: ${problem}. Was the file edited by hand? Fix that spot in a text editor, or export the file again from Firebreak.`,
  notJson: 'Not valid JSON. Was the file edited by hand? Check it in a text editor, or export the file again from Firebreak.',
  /** What the JSON reader found wrong at the place it stopped (findJsonProblem). */
  jsonProblems: {
    value: 'a value is missing or not written as JSON there (text needs "double quotes")',
    commaOrBrace: 'a comma or a closing } is missing before this',
    commaOrBracket: 'a comma or a closing ] is missing before this',
    key: 'a field name in "double quotes" is expected there (is there a comma too many before it?)',
    colon: 'a colon (:) is missing after the field name',
    string: 'a text is not closed with a double quote ("), or holds a character JSON does not allow',
    end: 'the file ends too early (is a closing } or ] missing, or was the file cut short?)',
    extra: 'something follows the end of the settings (a stray character, or two files pasted together?)',
    comment: 'JSON allows no comments (// or /* */): remove it',
  },
  notObject: 'The file must hold one JSON object ({ … }), as Firebreak exports it. Choose a settings file exported from Firebreak.',
  wrongFormat: (found: string) =>
    `This is not a Firebreak settings file (format "${found}", expected "${SETTINGS_FILE_FORMAT}"). Choose a file exported from Firebreak's Import and export settings.`,
  noVersion: 'The file has no "version", so it is not a Firebreak settings file as it stands. Add "version": 1 at its top, or export it again from Firebreak.',
  badVersion: 'The version must be a whole number such as 1.',
  newerVersion: (found: number) =>
    `This file was made by a newer Firebreak (format version ${found}); this one reads up to version ${SETTINGS_FILE_VERSION}. Update Firebreak and try again.`,
  noMigration: (from: number) => `Files of version ${from} can no longer be read: export the file again from a recent Firebreak.`,
  noPlan: 'The file holds no crisis plan ("plan").',
  required: 'This field is missing: add it to the file.',
  unknownKey: (key: string) => `Unknown field "${key}": remove it or check its spelling.`,
  reservedKey:
    '"__proto__" cannot be a word or a field name in a settings file: JavaScript reserves it, and Firebreak would lose it. Remove this entry from the file.',
  expected: (what: string, found: string) => `Found ${found}: write ${what} here instead.`,
  oneOf: (values: readonly unknown[], found: string) => `Found ${found}: use one of ${values.map((value) => JSON.stringify(value)).join(', ')}.`,
  tooShort: 'Empty, or only spaces: fill it in.',
  tooLongText: (length: number, maximum: number) => `Too long: ${length.toLocaleString('en-US')} characters, and at most ${maximum.toLocaleString('en-US')} fit. Shorten it.`,
  tooManyItems: (count: number, maximum: number) =>
    `Too many: ${count.toLocaleString('en-US')} entries, and at most ${maximum.toLocaleString('en-US')} fit. Remove ${(count - maximum).toLocaleString('en-US')}.`,
  tooLarge: (maximum: number) => `Too large: enter at most ${maximum.toLocaleString('en-US')}.`,
  tooSmall: (minimum: number) => `Too small: enter at least ${minimum.toLocaleString('en-US')}.`,
  tooFewItems: (minimum: number) => `Too few: at least ${minimum.toLocaleString('en-US')} needed.`,
  invalid: 'This value is not valid here. Compare it with a file exported from Firebreak.',
  id: 'Use lower-case letters, digits and dashes, starting with a letter or digit (for example "crisis-lead").',
  duplicateId: (id: string) => `The id "${id}" is used twice in this list; ids must be unique.`,
  duplicateRoleTitle: (title: string) => `Another role is also called "${title}": give each role its own title, or owners and approvers cannot be told apart.`,
  unknownRole: (id: string) => `No role with the id "${id}" in plan.roles.`,
  contact: 'Enter an e-mail address, a phone number, or a chat handle or link (@name, #channel, https://…), or leave it empty.',
  url: 'Enter a full web address starting with https:// or http://.',
  optionalUrl: 'Enter a full web address starting with https:// or http://, or leave it empty.',
  responseTarget: 'Enter a whole number of minutes from 1 to 10080 (one week).',
  practice: 'Enter the practice number, a whole number from 1 to 9.',
  due: 'Enter the minutes until the step is due (a whole number from 0 to 525600) or "response-target".',
  expires: 'Enter an ISO date ("2025-12-31"), an ISO date and time ("2025-12-31T18:00:00Z"), or milliseconds since 1970.',
  kinds: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list ([ … ])',
    object: 'an object ({ … })',
    null: 'null',
    undefined: 'nothing',
  } as Record<string, string>,
} as const;

const M = SCHEMA_MESSAGES;

// ---- The plan --------------------------------------------------------------------------------------

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: M.id });
// Trimmed: a title of only spaces is empty (and would show as an empty owner), and stray spaces are not kept.
// Lengths are worded by the generic messages below: characters for text, entries for lists.
const text = (maximum: number) => z.string().trim().min(1, { error: M.tooShort }).max(maximum);
const freeText = (maximum: number) => z.string().max(maximum);
const list = <T extends z.ZodType>(item: T, maximum: number) => z.array(item).max(maximum);

const roleSchema = z.strictObject({
  id,
  title: text(120),
  owner: freeText(120),
  contact: freeText(200).refine((value) => value.trim() === '' || contactKind(value) !== null, { error: M.contact }),
}) satisfies z.ZodType<PlanRole>;

const approvalStepSchema = z.strictObject({
  id,
  roleId: id,
  description: freeText(500),
}) satisfies z.ZodType<ApprovalStep>;

const expiresSchema = z.union(
  [
    // The day is checked against its month: Date.parse accepts "2031-02-30" and reads it as 2 March.
    z.string().refine((value) => ISO_DATE.test(value) && isIsoDayReal(value) && !Number.isNaN(Date.parse(value)), { error: M.expires }),
    // At most the last moment a date can name: a number past it is no day (messageExpiresAt reads it as expired).
    z.number().int({ error: M.expires }).nonnegative({ error: M.expires }).max(LATEST_DATE_MS, { error: M.expires }),
  ],
  { error: M.expires },
);

const messageSchema = z.strictObject({
  id,
  title: text(120),
  text: text(5000),
  ownerRoleId: id,
  expires: expiresSchema.optional(),
  channels: list(z.enum(PLATFORM_IDS), PLATFORM_IDS.length).optional(),
}) satisfies z.ZodType<PreApprovedMessage>;

const schedulerSchema = z.strictObject({
  id,
  name: text(80),
  url: z.string().max(2000).refine(isHttpUrl, { error: M.url }),
}) satisfies z.ZodType<SchedulerLink>;

const checklistStepSchema = z.strictObject({
  id,
  text: text(500),
  ownerRoleId: id,
  practice: z.number({ error: M.practice }).int({ error: M.practice }).min(1, { error: M.practice }).max(9, { error: M.practice }),
  due: z.union([z.number().int().min(0).max(525_600), z.literal('response-target')], { error: M.due }),
  after: z.enum(['start', 'resolution']),
  isResponse: z.boolean().optional(),
}) satisfies z.ZodType<ChecklistTemplateStep>;

type Issues = z.core.$RefinementCtx<unknown>;

function checkUniqueIds(ctx: Issues, items: readonly { id: string }[], key: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: M.duplicateId(item.id), path: [key, index, 'id'] });
    seen.add(item.id);
  });
}

function checkRoleRefs(ctx: Issues, roleIds: ReadonlySet<string>, items: readonly Record<string, unknown>[], key: string, field: string): void {
  items.forEach((item, index) => {
    const ref = item[field];
    if (typeof ref === 'string' && !roleIds.has(ref)) ctx.addIssue({ code: 'custom', message: M.unknownRole(ref), path: [key, index, field] });
  });
}

export const planSchema = z
  .strictObject({
    roles: list(roleSchema, 50),
    responseTargetMinutes: z
      .number({ error: M.responseTarget })
      .int({ error: M.responseTarget })
      .min(1, { error: M.responseTarget })
      .max(10_080, { error: M.responseTarget }),
    approvalSteps: list(approvalStepSchema, 20),
    messages: list(messageSchema, 200),
    confidentialTerms: list(text(100), 500),
    policyUrl: z
      .string()
      .max(2000)
      .refine((value) => value === '' || isHttpUrl(value), { error: M.optionalUrl }),
    brandVoice: z.enum(['formal', 'friendly']),
    internalUpdateTemplate: text(5000),
    schedulers: list(schedulerSchema, 50),
    checklist: list(checklistStepSchema, 100),
  })
  .superRefine((plan, ctx) => {
    checkUniqueIds(ctx, plan.roles, 'roles');
    // Owners and approvers are chosen by title: two roles with one title cannot be told apart (QA).
    const titles = new Set<string>();
    plan.roles.forEach((role, index) => {
      const title = role.title.trim().toLocaleLowerCase();
      if (title && titles.has(title)) ctx.addIssue({ code: 'custom', message: M.duplicateRoleTitle(role.title.trim()), path: ['roles', index, 'title'] });
      titles.add(title);
    });
    checkUniqueIds(ctx, plan.approvalSteps, 'approvalSteps');
    checkUniqueIds(ctx, plan.messages, 'messages');
    checkUniqueIds(ctx, plan.schedulers, 'schedulers');
    checkUniqueIds(ctx, plan.checklist, 'checklist');
    const roleIds = new Set(plan.roles.map((candidate) => candidate.id));
    checkRoleRefs(ctx, roleIds, plan.approvalSteps, 'approvalSteps', 'roleId');
    checkRoleRefs(ctx, roleIds, plan.messages, 'messages', 'ownerRoleId');
    checkRoleRefs(ctx, roleIds, plan.checklist, 'checklist', 'ownerRoleId');
  }) satisfies z.ZodType<CrisisPlan>;

// ---- The other settings: loose, optional sections --------------------------------------------------

/** A settings section: any schema. Everything but the plan is owned (and tightened) by the options page. */
export type SettingsSections = Record<string, z.ZodType>;

const stringList = z.array(z.string());

/**
 * The sections a settings file may hold besides the plan, checked only for their broad shape.
 * parseSettingsFile takes another set when the options page wants stricter checks.
 */
export const LOOSE_SETTINGS_SECTIONS = {
  brand: z.looseObject({
    names: stringList.optional(),
    handles: stringList.optional(),
    hashtags: stringList.optional(),
    products: stringList.optional(),
    exclusions: stringList.optional(),
  }),
  thresholds: z.looseObject({ preset: z.string().optional() }).catchall(z.union([z.number(), z.string()])),
  display: z.looseObject({}),
  lexicon: z.record(z.string(), z.union([z.number().min(-4).max(4), z.literal('ignore')])),
  retentionDays: z.number().int().min(1).max(3650),
  alerting: z.looseObject({}),
} satisfies SettingsSections;

export type LooseSettingsSections = typeof LOOSE_SETTINGS_SECTIONS;

/** A parsed settings file: the envelope, the plan if present, and each section if present. */
export type SettingsFile<S extends SettingsSections = LooseSettingsSections> = {
  format?: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  exportedAt?: string;
  plan?: CrisisPlan;
} & { [K in keyof S]?: z.output<S[K]> };

/** The schema of a whole settings file with these sections; composable with the options page's own. */
export function settingsFileSchema<S extends SettingsSections>(sections: S) {
  const optionalSections = Object.fromEntries(Object.entries(sections).map(([key, schema]) => [key, schema.optional()]));
  return z.strictObject({
    format: z.literal(SETTINGS_FILE_FORMAT).optional(),
    version: z.literal(SETTINGS_FILE_VERSION),
    // Informative only: nothing depends on it, so no value of it may refuse a file. Text is kept as it is.
    exportedAt: z
      .unknown()
      .transform((value) => (typeof value === 'string' ? value : undefined))
      .optional(),
    plan: planSchema.optional(),
    ...optionalSections,
  });
}

// ---- Versions and migrations -----------------------------------------------------------------------

/** Turns a file of version n into version n + 1 (its `version` field included). */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/**
 * The migration hook: MIGRATIONS[n] upgrades a version-n file. Empty while version 1 is the only one;
 * when version 2 arrives, add MIGRATIONS[1] and raise SETTINGS_FILE_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Brings a file's raw object up to `target`, one version at a time. Pure; the input is not modified. */
export function migrateSettingsFile(
  file: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SETTINGS_FILE_VERSION,
): ParseResult<Record<string, unknown>> {
  if (!('version' in file)) return failure('version', M.noVersion);
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return failure('version', M.badVersion);
  if (version > target) return failure('version', M.newerVersion(version));
  let current = file;
  for (let from = version; from < target; from++) {
    const migrate = migrations[from];
    if (!migrate) return failure('version', M.noMigration(from));
    current = { ...migrate(structuredClone(current)), version: from + 1 };
  }
  return { ok: true, value: current };
}

// ---- Parsing ---------------------------------------------------------------------------------------

function failure(path: string, message: string, extra: Partial<FileError> = {}): { ok: false; errors: FileError[] } {
  return { ok: false, errors: [{ path, message, ...extra }] };
}

/** `plan.roles[2].contact` from ['plan', 'roles', 2, 'contact']. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return text === '' ? name : `${text}.${name}`;
    return `${text}[${JSON.stringify(name)}]`;
  }, '');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

// The generic messages; schema-level messages (M.contact, M.id, …) take precedence over these.
const genericMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return M.expected(M.kinds[issue.expected] ?? issue.expected, describeValue(issue.input));
    case 'invalid_value':
      return M.oneOf(issue.values, describeValue(issue.input));
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return M.tooFewItems(Number(issue.minimum));
      if (issue.origin === 'number' || issue.origin === 'bigint') return M.tooSmall(Number(issue.minimum));
      return M.tooShort;
    case 'too_big': {
      const maximum = Number(issue.maximum);
      const length = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : maximum + 1;
      if (issue.origin === 'string') return M.tooLongText(length, maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return M.tooManyItems(length, maximum);
      return M.tooLarge(maximum);
    }
    default:
      return M.invalid;
  }
};

/** Each problem once: a value past every check (1e20 days is neither a safe whole number nor at most 365) would say the same twice. */
function unique(errors: readonly FileError[]): FileError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.path}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toFileErrors(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FileError[] {
  return unique(issues.flatMap((issue): FileError[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: M.unknownKey(key) }));
    }
    // A record key its schema refused: what the key's own check says (empty, too long, reserved).
    if (issue.code === 'invalid_key' && issue.issues[0]) {
      return [{ path: formatPath(path), message: issue.issues[0].message }];
    }
    // JSON has no undefined: an undefined input is a missing key, whatever the schema expected there.
    if (issue.code !== 'custom' && 'input' in issue && issue.input === undefined) {
      return [{ path: formatPath(path), message: M.required }];
    }
    return [{ path: formatPath(path), message: issue.message }];
  }));
}

/** Validates a value against a schema with Firebreak's messages; paths start at `prefix`. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, prefix: readonly PropertyKey[] = []): ParseResult<T> {
  const result = schema.safeParse(value, { error: genericMessages, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: toFileErrors(result.error.issues, prefix) };
}

/** Validates a plan object (the options page's editor uses this before it saves). */
export function validatePlan(plan: unknown): ParseResult<CrisisPlan> {
  return validate(planSchema, plan, ['plan']);
}

/**
 * The one name JSON can hold as a key and a JavaScript object cannot: assigning "__proto__" replaces an
 * object's prototype instead of adding an entry. zod leaves such a key out of what it returns, so a
 * "__proto__" word in the lexicon (or anywhere else) would vanish without a word: it is refused by name.
 */
export const RESERVED_KEY = '__proto__';

/** The path of every "__proto__" key in parsed JSON, in document order. Iterative: deep nesting cannot overflow the stack. */
export function reservedKeyPaths(value: unknown): PropertyKey[][] {
  // Each step links to its parent, so a path is only built for what is found (copying every path on the
  // way down would cost the square of the depth).
  interface Step {
    value: unknown;
    key: PropertyKey | null;
    parent: Step | null;
    reserved: boolean;
  }
  const pathOf = (step: Step): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let at: Step | null = step; at && at.key !== null; at = at.parent) path.push(at.key);
    return path.reverse();
  };
  const found: PropertyKey[][] = [];
  const pending: Step[] = [{ value, key: null, parent: null, reserved: false }];
  while (pending.length > 0) {
    const step = pending.pop()!;
    if (step.reserved) {
      found.push(pathOf(step));
      continue;
    }
    const current = step.value;
    if (typeof current !== 'object' || current === null) continue;
    const children: Step[] = Array.isArray(current)
      ? current.map((item, index) => ({ value: item, key: index, parent: step, reserved: false }))
      : Object.keys(current).map((key) => ({ value: (current as Record<string, unknown>)[key], key, parent: step, reserved: key === RESERVED_KEY }));
    // Reversed onto the stack, so the first child is looked at first.
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
  }
  return found;
}

/**
 * JSON.parse, and on a syntax error one plain message with the line and column: found by reading the text
 * (findJsonProblem), since engines word their errors differently and some give no place at all (Chromium's
 * "Unexpected token '}', ... is not valid JSON"); the engine's own place where the reading finds none.
 * A byte-order mark (Windows Notepad saves one) is read past, as every JSON editor does.
 */
export function parseJson(json: string): ParseResult<unknown> {
  if (json.trim() === '') return failure('', M.emptyFile);
  const text = json.startsWith('\uFEFF') ? json.slice(1) : json;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const found = findJsonProblem(text);
    if (found) {
      const where = lineAndColumn(text, found.at);
      return failure('', M.notJsonAt(where.line, where.column, M.jsonProblems[found.problem]), where);
    }
    const where = jsonErrorLocation(text, error instanceof Error ? error.message : String(error));
    return where ? failure('', M.notJsonAt(where.line, where.column, M.jsonProblems.value), where) : failure('', M.notJson);
  }
}

/** The 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

export type JsonProblem = keyof typeof SCHEMA_MESSAGES.jsonProblems;

/** jsonc-parser's errors, by the names it prints for them, as the problems the page names. */
const STRING_ERRORS = new Set(['UnexpectedEndOfString', 'InvalidUnicode', 'InvalidEscapeCharacter', 'InvalidCharacter']);
const COMMENT_ERRORS = new Set(['InvalidCommentToken', 'UnexpectedEndOfComment']);
const VALUE_ERRORS = new Set(['InvalidSymbol', 'InvalidNumberFormat', 'ValueExpected', 'UnexpectedEndOfNumber']);
const SEPARATOR_ERRORS = new Set(['CommaExpected', 'CloseBraceExpected', 'CloseBracketExpected']);

/**
 * Where a text stops being JSON and what is wrong there; null when it is valid JSON. Read with
 * jsonc-parser (comments and trailing commas refused, as JSON.parse refuses them), run only on a failed
 * parse; its first error is the place, and the containers open there say whether a name or a value was due.
 * Nesting deep enough to overflow its recursion gives null (parseJson then falls back on the engine's place).
 */
export function findJsonProblem(json: string): { at: number; problem: JsonProblem } | null {
  const open: Array<'{' | '['> = [];
  // Is a field name due next (just after "{" or after a comma inside an object)?
  let nameDue = false;
  let found: { at: number; problem: JsonProblem } | null = null;
  const problemOf = (code: ParseErrorCode, at: number): JsonProblem => {
    const error = printParseErrorCode(code);
    const inside = open.at(-1);
    if (STRING_ERRORS.has(error)) return 'string';
    if (COMMENT_ERRORS.has(error)) return 'comment';
    if (error === 'PropertyNameExpected') return 'key';
    if (error === 'ColonExpected') return 'colon';
    if (error === 'EndOfFileExpected') return 'extra';
    if (at >= json.trimEnd().length) return 'end';
    if (SEPARATOR_ERRORS.has(error)) return inside === '[' ? 'commaOrBracket' : 'commaOrBrace';
    return nameDue && inside === '{' && VALUE_ERRORS.has(error) ? 'key' : 'value';
  };
  try {
    visit(
      json,
      {
        onObjectBegin: () => {
          open.push('{');
          nameDue = true;
        },
        onArrayBegin: () => {
          open.push('[');
          nameDue = false;
        },
        onObjectEnd: () => void open.pop(),
        onArrayEnd: () => void open.pop(),
        onObjectProperty: () => {
          nameDue = false;
        },
        onSeparator: (character) => {
          nameDue = character === ',' && open.at(-1) === '{';
        },
        onError: (code, at) => {
          found ??= { at, problem: problemOf(code, at) };
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch {
    // A stack overflow on deep nesting: no place from this reading.
    return null;
  }
  return found;
}

/** Chromium says "at position 42" (and newer V8 adds "(line 3 column 5)"); Firefox says "at line 3 column 5". */
export function jsonErrorLocation(json: string, detail: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(detail);
  if (!position) return null;
  const before = json.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * Reads a settings file: JSON → envelope checks → migration → schema. Returns every problem found,
 * each with its path; on any problem nothing is returned to apply, so the current settings stay as they were.
 */
export function parseSettingsFile(json: string): ParseResult<SettingsFile>;
export function parseSettingsFile<S extends SettingsSections>(json: string, sections: S): ParseResult<SettingsFile<S>>;
export function parseSettingsFile(json: string, sections: SettingsSections = LOOSE_SETTINGS_SECTIONS): ParseResult<SettingsFile<SettingsSections>> {
  const parsed = parseJson(json);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return failure('', M.notObject);
  const file = raw as Record<string, unknown>;
  if ('format' in file && file.format !== SETTINGS_FILE_FORMAT) {
    return failure('format', M.wrongFormat(typeof file.format === 'string' ? file.format : JSON.stringify(file.format)));
  }
  const migrated = migrateSettingsFile(file);
  if (!migrated.ok) return migrated;
  // The schema's output is exactly SettingsFile<typeof sections>; zod cannot name a mapped type.
  const result = validate(settingsFileSchema(sections), migrated.value) as ParseResult<SettingsFile<SettingsSections>>;
  // An exportedAt that was no text is read past, not kept as a key holding undefined.
  if (result.ok && result.value.exportedAt === undefined) delete result.value.exportedAt;
  const reserved = reservedKeyPaths(raw).map((path): FileError => ({ path: formatPath(path), message: M.reservedKey }));
  if (reserved.length === 0) return result;
  // Every problem at once; a strict object has already called the key unknown: it is said once, as reserved.
  const others = result.ok ? [] : result.errors.filter((error) => !reserved.some((entry) => entry.path === error.path));
  return { ok: false, errors: [...reserved, ...others] };
}

/** Reads the plan from a plan file or a whole settings file (other sections are checked, then ignored). */
export function parsePlanFile(json: string): ParseResult<CrisisPlan> {
  const result = parseSettingsFile(json);
  if (!result.ok) return result;
  if (!result.value.plan) return failure('plan', M.noPlan);
  return { ok: true, value: result.value.plan };
}

// ---- Export ----------------------------------------------------------------------------------------

/** The settings parts to export: the plan and/or any sections. */
export type SettingsExport<S extends SettingsSections = LooseSettingsSections> = Omit<SettingsFile<S>, 'format' | 'version' | 'exportedAt'>;

/** A settings file as text, ready to download; `exportedAt` (ms) is written when given. */
export function exportSettingsFile<S extends SettingsSections = LooseSettingsSections>(settings: SettingsExport<S>, exportedAt?: number): string {
  const file = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    ...(exportedAt === undefined ? {} : { exportedAt: new Date(exportedAt).toISOString() }),
    ...settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A plan file: a settings file holding only the plan. */
export function exportPlanFile(plan: CrisisPlan, exportedAt?: number): string {
  return exportSettingsFile({ plan }, exportedAt);
}
