// Roles, owners and contacts. A role the plan still refers to cannot be removed: the checklist,
// the approval steps and the messages would point at nobody. The refusal says what still names it, and
// links to its checklist steps, whose owners are changed further down (ChecklistEditor).

import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { CrisisPlan, PlanRole } from '@/utils/plan';
import { at, newId, replaceAt, type EditorProps } from './editor';
import { TextField } from './fields';

/** What still names a role, in words; empty when nothing does. */
export function roleUses(plan: CrisisPlan, roleId: string): string[] {
  const steps = plan.approvalSteps.filter((step) => step.roleId === roleId).length;
  const messages = plan.messages.filter((message) => message.ownerRoleId === roleId).length;
  const checklist = plan.checklist.filter((step) => step.ownerRoleId === roleId).length;
  return [
    steps > 0 ? i18n.t('options.plan.usedBySteps', [String(steps)]) : '',
    messages > 0 ? i18n.t('options.plan.usedByMessages', [String(messages)]) : '',
    checklist > 0 ? i18n.t('options.plan.usedByChecklist', [String(checklist)]) : '',
  ].filter(Boolean);
}

export const ADD_ROLE_ID = 'plan-roles-add';

/** A link to the owner of the role's first checklist step, where the steps are given to another role. */
function ChecklistLink({ target }: { target: string }) {
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        const field = document.getElementById(target);
        if (!field) return;
        event.preventDefault();
        field.focus();
        field.scrollIntoView?.({ block: 'center' });
      }}
    >
      {i18n.t('options.plan.roleInUseChecklist')}
    </a>
  );
}

export function RolesEditor({ plan, change, errorsAt }: EditorProps) {
  // The role whose removal was refused; the reason, shown in that role's group, follows the draft (it
  // goes once nothing names the role any more).
  const [refused, setRefused] = useState<string | null>(null);
  const setRole = (index: number, role: PlanRole) => {
    setRefused(null);
    change({ ...plan, roles: replaceAt(plan.roles, index, role) });
  };
  const remove = (index: number) => {
    const role = plan.roles[index]!;
    const uses = roleUses(plan, role.id);
    if (uses.length > 0) {
      setRefused(role.id);
      return;
    }
    setRefused(null);
    change({ ...plan, roles: plan.roles.filter((_, i) => i !== index) }, { structural: true, focus: [ADD_ROLE_ID] });
  };
  const add = () => {
    const role: PlanRole = { id: newId('role', plan.roles), title: '', owner: '', contact: '' };
    change({ ...plan, roles: [...plan.roles, role] }, { structural: true, focus: [at('roles', plan.roles.length, 'title').id] });
  };

  return (
    <div class="plan-part">
      <h3>{i18n.t('options.plan.rolesTitle')}</h3>
      <p class="muted">{i18n.t('options.plan.rolesIntro')}</p>
      {plan.roles.map((role, index) => {
        const name = role.title.trim() || i18n.t('options.plan.untitledRole');
        const missing = [
          role.owner.trim() === '' ? i18n.t('options.plan.missingOwner') : '',
          role.contact.trim() === '' ? i18n.t('options.plan.missingContact') : '',
        ].filter(Boolean);
        const uses = refused === role.id ? roleUses(plan, role.id) : [];
        const refusal = uses.length > 0 ? i18n.t('options.plan.roleInUse', [role.title || role.id, uses.join(', ')]) : null;
        const refusalId = `${at('roles', index).id}-refused`;
        const firstChecklistStep = refusal ? plan.checklist.findIndex((step) => step.ownerRoleId === role.id) : -1;
        return (
          <fieldset key={role.id} class="plan-item">
            <legend>
              {i18n.t('options.plan.role', [String(index + 1)])}: {name}
            </legend>
            <div class="grid">
              <TextField {...at('roles', index, 'title')} label={i18n.t('options.plan.roleTitle')} errors={errorsAt(at('roles', index, 'title').path)} value={role.title} onInput={(title) => setRole(index, { ...role, title })} />
              <TextField
                {...at('roles', index, 'owner')}
                label={i18n.t('options.plan.owner')}
                autoComplete="name"
                errors={errorsAt(at('roles', index, 'owner').path)}
                value={role.owner}
                onInput={(owner) => setRole(index, { ...role, owner })}
              />
              <TextField
                {...at('roles', index, 'contact')}
                label={i18n.t('options.plan.contact')}
                hint={i18n.t('options.plan.contactHint')}
                errors={errorsAt(at('roles', index, 'contact').path)}
                value={role.contact}
                onInput={(contact) => setRole(index, { ...role, contact })}
              />
            </div>
            {missing.length > 0 && <p class="hint warning">⚠ {missing.join(' ')}</p>}
            <div class="row">
              <button
                type="button"
                aria-label={i18n.t('options.plan.removeRoleLabel', [name])}
                aria-describedby={refusal ? refusalId : undefined}
                onClick={() => remove(index)}
              >
                {i18n.t('options.plan.remove')}
              </button>
            </div>
            {refusal && (
              <p id={refusalId} class="error" role="alert">
                {refusal}
                {firstChecklistStep !== -1 && (
                  <>
                    {' '}
                    <ChecklistLink target={at('checklist', firstChecklistStep, 'ownerRoleId').id} />
                  </>
                )}
              </p>
            )}
          </fieldset>
        );
      })}
      <button type="button" id={ADD_ROLE_ID} onClick={add}>
        {i18n.t('options.plan.addRole')}
      </button>
    </div>
  );
}
