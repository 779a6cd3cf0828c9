// What the plan editor's tests share: the stored plan, a seeded plan, a fieldset by its legend, Save.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDefaultPlan, type CrisisPlan } from '@/utils/plan';
import { buttonNamed, click } from './helpers';

export const stored = async () => (await fakeBrowser.storage.local.get('plan')).plan as CrisisPlan | undefined;

/** The default plan with its crisis lead filled in. */
export function seededPlan(): CrisisPlan {
  const plan = createDefaultPlan();
  plan.roles[0] = { ...plan.roles[0]!, owner: 'Dana Ortiz', contact: 'dana@brewly.com' };
  return plan;
}

/** The fieldset (role, step, message, scheduler) whose legend starts with `legend`. */
export function group(root: ParentNode, legend: string): HTMLFieldSetElement {
  const found = Array.from(root.querySelectorAll('fieldset')).find((fieldset) => fieldset.querySelector('legend')?.textContent?.trim().startsWith(legend));
  if (!found) throw new Error(`No group "${legend}"`);
  return found;
}

export const save = (root: ParentNode) => click(buttonNamed(root, 'Save plan'));
