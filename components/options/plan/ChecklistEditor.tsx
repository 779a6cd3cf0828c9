// The incident checklist (practices 3 and 9): the steps every incident starts with, each with an owner
// and a due time. After a post-mortem the team changes it here: declareIncident (utils/plan/incident.ts)
// copies it, in this order, into each new incident, and the popup lists the steps in that order, so
// the editor keeps it ordered by due time (see checklistInDueOrder) and says so when it is not.
//
// A step's practice (1–9) is kept as it is: the code has no names for the practices to choose from,
// and a number alone means nothing to a manager. A step the team adds gets NEW_STEP_PRACTICE.

import { i18n } from '#i18n';
import { formatDuration, type ChecklistTemplateStep, type CrisisPlan } from '@/utils/plan';
import { localeDurationMessages } from '@/utils/plan/action-messages';
import { at, newId, replaceAt, swap, type EditorProps } from './editor';
import { describedBy, FieldNotes, OrderedItemActions, SelectField, TextAreaField, TextField, type SelectOption } from './fields';
import { roleOptions } from './StepsEditor';

export const ADD_CHECKLIST_STEP_ID = 'plan-checklist-add';
export const SORT_CHECKLIST_ID = 'plan-checklist-sort';

/** Practice 3, "have a crisis communication plan": the plan a step the team writes belongs to. */
export const NEW_STEP_PRACTICE = 3;

/** The schema's limit for a due time in minutes (a year). */
const MAX_DUE_MINUTES = 525_600;

/** When a step is due, as one choice: from the start, from the resolution, or at the response-time target. */
export type DueChoice = 'start' | 'resolution' | 'target' | 'target-resolution';

export function dueChoice(step: Pick<ChecklistTemplateStep, 'due' | 'after'>): DueChoice {
  if (step.due === 'response-target') return step.after === 'resolution' ? 'target-resolution' : 'target';
  return step.after;
}

/**
 * The step due as `choice` says. Moving from the target to minutes starts from the target's minutes,
 * so the step stays due when it was.
 */
export function withDueChoice(step: ChecklistTemplateStep, choice: DueChoice, responseTargetMinutes: number): ChecklistTemplateStep {
  switch (choice) {
    case 'target':
      return { ...step, due: 'response-target', after: 'start' };
    case 'target-resolution':
      return { ...step, due: 'response-target', after: 'resolution' };
    default: {
      const due = typeof step.due === 'number' ? step.due : Number.isFinite(responseTargetMinutes) ? responseTargetMinutes : 60;
      return { ...step, due, after: choice };
    }
  }
}

/** The step with "is the first public response" set or taken away (absent, as in the default plan, when not). */
export function withResponse(step: ChecklistTemplateStep, isResponse: boolean): ChecklistTemplateStep {
  const { isResponse: _previous, ...rest } = step;
  return isResponse ? { ...rest, isResponse: true } : rest;
}

/**
 * Where a step falls in time, as declareIncident computes its due time: the steps for the crisis first,
 * then those after the resolution, each by minutes. NaN while its minutes field is empty.
 */
function dueRank(step: ChecklistTemplateStep, responseTargetMinutes: number): [number, number] {
  const minutes = step.due === 'response-target' ? responseTargetMinutes : step.due;
  return [step.after === 'resolution' ? 1 : 0, minutes];
}

const compareRanks = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

/** Whether no step comes before one that is due earlier (steps without a readable due time are left out). */
export function checklistInDueOrder(plan: Pick<CrisisPlan, 'checklist' | 'responseTargetMinutes'>): boolean {
  const ranks = plan.checklist.map((step) => dueRank(step, plan.responseTargetMinutes)).filter((rank) => Number.isFinite(rank[1]));
  return ranks.every((rank, index) => index === 0 || compareRanks(ranks[index - 1]!, rank) <= 0);
}

/** The checklist by due time; steps due at the same time keep the order the team gave them. */
export function sortChecklist(plan: Pick<CrisisPlan, 'checklist' | 'responseTargetMinutes'>): ChecklistTemplateStep[] {
  const rank = (step: ChecklistTemplateStep): [number, number] => {
    const [phase, minutes] = dueRank(step, plan.responseTargetMinutes);
    // A step whose minutes are being typed stays with its phase, last.
    return [phase, Number.isFinite(minutes) ? minutes : Number.POSITIVE_INFINITY];
  };
  return plan.checklist
    .map((step, index) => ({ step, index, rank: rank(step) }))
    .sort((a, b) => compareRanks(a.rank, b.rank) || a.index - b.index)
    .map(({ step }) => step);
}

/**
 * A new step and where it goes: last of the steps for the crisis itself (before those after the
 * resolution), due with the step before it, so the checklist stays in due order.
 */
export function newChecklistStep(plan: CrisisPlan): { step: ChecklistTemplateStep; index: number } {
  const steps = plan.checklist;
  const firstAfterResolution = steps.findIndex((step) => step.after === 'resolution');
  const index = firstAfterResolution === -1 ? steps.length : firstAfterResolution;
  const previous = steps[index - 1];
  const previousMinutes = previous ? dueRank(previous, plan.responseTargetMinutes)[1] : Number.NaN;
  const due = Number.isFinite(previousMinutes) ? previousMinutes : 60;
  const step: ChecklistTemplateStep = {
    id: newId('step', steps),
    text: '',
    ownerRoleId: plan.roles[0]?.id ?? '',
    practice: NEW_STEP_PRACTICE,
    due,
    after: 'start',
  };
  return { step, index };
}

const buttonId = (step: ChecklistTemplateStep, action: 'up' | 'down') => `plan-checklist-${step.id}-${action}`;

function dueOptions(step: ChecklistTemplateStep, responseTargetMinutes: number): SelectOption[] {
  const target = Number.isFinite(responseTargetMinutes) && responseTargetMinutes > 0 ? formatDuration(responseTargetMinutes, localeDurationMessages) : '–';
  const options: SelectOption[] = [
    { value: 'start', label: i18n.t('options.plan.checklistAfterStart') },
    { value: 'resolution', label: i18n.t('options.plan.checklistAfterResolution') },
    { value: 'target', label: i18n.t('options.plan.checklistAtTarget', [target]) },
  ];
  // Only a file can hold this one: shown as it is rather than silently changed.
  if (dueChoice(step) === 'target-resolution') options.push({ value: 'target-resolution', label: i18n.t('options.plan.checklistAtTargetAfterResolution', [target]) });
  return options;
}

/** "That is 7 days." under the minutes from an hour up, so a week need not be worked out in minutes. */
function minutesHint(minutes: number): string | undefined {
  if (!Number.isFinite(minutes) || minutes < 0 || (minutes > 0 && minutes < 60)) return undefined;
  return minutes === 0 ? i18n.t('options.plan.checklistAtOnce') : i18n.t('options.plan.checklistDuration', [formatDuration(minutes, localeDurationMessages)]);
}

export function ChecklistEditor({ plan, change, errorsAt }: EditorProps) {
  const steps = plan.checklist;
  const setStep = (index: number, step: ChecklistTemplateStep) => change({ ...plan, checklist: replaceAt(steps, index, step) });
  const move = (index: number, direction: -1 | 1) => {
    const step = steps[index]!;
    const preferred = buttonId(step, direction < 0 ? 'up' : 'down');
    const other = buttonId(step, direction < 0 ? 'down' : 'up');
    change({ ...plan, checklist: swap(steps, index, index + direction) }, { structural: true, focus: [preferred, other] });
  };
  const remove = (index: number) => change({ ...plan, checklist: steps.filter((_, i) => i !== index) }, { structural: true, focus: [ADD_CHECKLIST_STEP_ID] });
  const add = () => {
    const { step, index } = newChecklistStep(plan);
    change({ ...plan, checklist: [...steps.slice(0, index), step, ...steps.slice(index)] }, { structural: true, focus: [at('checklist', index, 'text').id] });
  };
  const sort = () => change({ ...plan, checklist: sortChecklist(plan) }, { structural: true, focus: [at('checklist', 0, 'text').id] });
  const hasResponse = steps.some((step) => step.isResponse && step.after === 'start');

  return (
    <div class="plan-part">
      <h3>{i18n.t('options.plan.checklistTitle')}</h3>
      <p class="muted">{i18n.t('options.plan.checklistIntro')}</p>
      {steps.length === 0 ? (
        <p class="hint warning">⚠ {i18n.t('options.plan.noChecklist')}</p>
      ) : (
        !hasResponse && <p class="hint warning">⚠ {i18n.t('options.plan.checklistNoResponse')}</p>
      )}
      {!checklistInDueOrder(plan) && (
        <div class="row">
          <p class="hint warning">⚠ {i18n.t('options.plan.checklistOutOfOrder')}</p>
          <button type="button" id={SORT_CHECKLIST_ID} onClick={sort}>
            {i18n.t('options.plan.checklistSort')}
          </button>
        </div>
      )}
      {steps.length > 0 && (
        <ol class="plan-steps">
          {steps.map((step, index) => {
            const number = String(index + 1);
            const text = at('checklist', index, 'text');
            const owner = at('checklist', index, 'ownerRoleId');
            const when = at('checklist', index, 'after');
            const due = at('checklist', index, 'due');
            const response = at('checklist', index, 'isResponse');
            const responseErrors = errorsAt(response.path);
            const responseProps = { id: response.id, label: i18n.t('options.plan.checklistIsResponse'), errors: responseErrors };
            return (
              <li key={step.id}>
                <fieldset class="plan-item">
                  <legend>{i18n.t('options.plan.checklistStep', [number])}</legend>
                  <TextAreaField {...text} rows={2} label={i18n.t('options.plan.checklistText')} errors={errorsAt(text.path)} value={step.text} onInput={(value) => setStep(index, { ...step, text: value })} />
                  <div class="grid">
                    <SelectField
                      {...owner}
                      label={i18n.t('options.plan.checklistOwner')}
                      errors={errorsAt(owner.path)}
                      value={step.ownerRoleId}
                      options={roleOptions(plan, step.ownerRoleId)}
                      onChange={(ownerRoleId) => setStep(index, { ...step, ownerRoleId })}
                    />
                    <SelectField
                      {...when}
                      label={i18n.t('options.plan.checklistWhen')}
                      errors={errorsAt(when.path)}
                      value={dueChoice(step)}
                      options={dueOptions(step, plan.responseTargetMinutes)}
                      onChange={(choice) => setStep(index, withDueChoice(step, choice as DueChoice, plan.responseTargetMinutes))}
                    />
                    {typeof step.due === 'number' && (
                      <TextField
                        {...due}
                        type="number"
                        min={0}
                        max={MAX_DUE_MINUTES}
                        label={i18n.t('options.plan.checklistMinutes')}
                        hint={minutesHint(step.due)}
                        errors={errorsAt(due.path)}
                        value={Number.isFinite(step.due) ? step.due : ''}
                        onInput={(value) => setStep(index, { ...step, due: value.trim() === '' ? Number.NaN : Number(value) })}
                      />
                    )}
                  </div>
                  <div class="field">
                    <label class="choice">
                      <input
                        type="checkbox"
                        id={response.id}
                        name={response.id}
                        checked={step.isResponse === true}
                        onChange={(event) => setStep(index, withResponse(step, (event.currentTarget as HTMLInputElement).checked))}
                        {...describedBy(responseProps)}
                      />{' '}
                      {responseProps.label}
                    </label>
                    <FieldNotes {...responseProps} />
                  </div>
                  <OrderedItemActions
                    index={index}
                    count={steps.length}
                    ids={{ up: buttonId(step, 'up'), down: buttonId(step, 'down') }}
                    labels={{ up: i18n.t('options.plan.moveChecklistUpLabel', [number]), down: i18n.t('options.plan.moveChecklistDownLabel', [number]), remove: i18n.t('options.plan.removeChecklistStepLabel', [number]) }}
                    onMove={(direction) => move(index, direction)}
                    onRemove={() => remove(index)}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" id={ADD_CHECKLIST_STEP_ID} onClick={add}>
        {i18n.t('options.plan.addChecklistStep')}
      </button>
    </div>
  );
}
