// What the plan editor's parts share: the draft, one way to change it, the errors of the last save,
// and the path → field-id scheme that lets a schema error find its field.

import { formatPath, type CrisisPlan } from '@/utils/plan';
import { fieldId, type PathSegment } from './where';

export interface ChangeOptions {
  /** Items were added, removed or moved: list indexes shifted, so the last save's errors no longer fit. */
  structural?: boolean;
  /** Field ids to focus after the change renders; the first that exists and is enabled wins. */
  focus?: string[];
}

export interface EditorProps {
  plan: CrisisPlan;
  change: (next: CrisisPlan, options?: ChangeOptions) => void;
  /** Messages of the last failed save at this exact path (`plan.roles[2].contact`). */
  errorsAt: (path: string) => string[];
}

/** A field's schema path and DOM id: at('roles', 2, 'contact') → plan.roles[2].contact, plan-roles-2-contact. */
export function at(...segments: PathSegment[]): { path: string; id: string } {
  const path = formatPath(['plan', ...segments]);
  return { path, id: fieldId(path) };
}

/** The first `prefix-n` id not in use (ids must stay unique within a list, see utils/plan/schema.ts). */
export function newId(prefix: string, items: readonly { id: string }[]): string {
  const taken = new Set(items.map((item) => item.id));
  let n = items.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** A copy of the list with one item replaced. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

/** A copy of the list with items `from` and `to` swapped; unchanged when `to` is out of range. */
export function swap<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
