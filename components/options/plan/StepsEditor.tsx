// The approval steps: an ordered list, reordered with buttons (keyboard first, no drag and drop).

import { i18n } from '#i18n';
import type { ApprovalStep, CrisisPlan } from '@/utils/plan';
import { at, newId, replaceAt, swap, type EditorProps } from './editor';
import { OrderedItemActions, SelectField, TextField, type SelectOption } from './fields';

export const ADD_STEP_ID = 'plan-approvalSteps-add';

/** The plan's roles as options, plus the current value when it names no role (so it is visible, not silently changed). */
export function roleOptions(plan: CrisisPlan, current: string): SelectOption[] {
  const options = plan.roles.map((role) => ({ value: role.id, label: role.title.trim() || role.id }));
  if (current !== '' && !plan.roles.some((role) => role.id === current)) {
    options.push({ value: current, label: i18n.t('options.plan.missingRoleOption', [current]) });
  }
  return options;
}

const buttonId = (step: ApprovalStep, action: 'up' | 'down') => `plan-approvalSteps-${step.id}-${action}`;

export function StepsEditor({ plan, change, errorsAt }: EditorProps) {
  const steps = plan.approvalSteps;
  const setStep = (index: number, step: ApprovalStep) => change({ ...plan, approvalSteps: replaceAt(steps, index, step) });
  const move = (index: number, direction: -1 | 1) => {
    const step = steps[index]!;
    const preferred = buttonId(step, direction < 0 ? 'up' : 'down');
    const other = buttonId(step, direction < 0 ? 'down' : 'up');
    change({ ...plan, approvalSteps: swap(steps, index, index + direction) }, { structural: true, focus: [preferred, other] });
  };
  const remove = (index: number) => change({ ...plan, approvalSteps: steps.filter((_, i) => i !== index) }, { structural: true, focus: [ADD_STEP_ID] });
  const add = () => {
    const step: ApprovalStep = { id: newId('step', steps), roleId: plan.roles[0]?.id ?? '', description: '' };
    change({ ...plan, approvalSteps: [...steps, step] }, { structural: true, focus: [at('approvalSteps', steps.length, 'roleId').id] });
  };

  return (
    <div class="plan-part">
      <h3>{i18n.t('options.plan.approvalTitle')}</h3>
      <p class="muted">{i18n.t('options.plan.approvalIntro')}</p>
      {steps.length === 0 ? (
        <p class="hint warning">⚠ {i18n.t('options.plan.noSteps')}</p>
      ) : (
        <ol class="plan-steps">
          {steps.map((step, index) => {
            const number = String(index + 1);
            return (
              <li key={step.id}>
                <fieldset class="plan-item">
                  <legend>{i18n.t('options.plan.step', [number])}</legend>
                  <div class="step-fields">
                    <SelectField
                      {...at('approvalSteps', index, 'roleId')}
                      label={i18n.t('options.plan.stepRole')}
                      errors={errorsAt(at('approvalSteps', index, 'roleId').path)}
                      value={step.roleId}
                      options={roleOptions(plan, step.roleId)}
                      onChange={(roleId) => setStep(index, { ...step, roleId })}
                    />
                    <TextField
                      {...at('approvalSteps', index, 'description')}
                      label={i18n.t('options.plan.stepDescription')}
                      errors={errorsAt(at('approvalSteps', index, 'description').path)}
                      value={step.description}
                      onInput={(description) => setStep(index, { ...step, description })}
                    />
                  </div>
                  <OrderedItemActions
                    index={index}
                    count={steps.length}
                    ids={{ up: buttonId(step, 'up'), down: buttonId(step, 'down') }}
                    labels={{ up: i18n.t('options.plan.moveUpLabel', [number]), down: i18n.t('options.plan.moveDownLabel', [number]), remove: i18n.t('options.plan.removeStepLabel', [number]) }}
                    onMove={(direction) => move(index, direction)}
                    onRemove={() => remove(index)}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" id={ADD_STEP_ID} onClick={add}>
        {i18n.t('options.plan.addStep')}
      </button>
    </div>
  );
}
