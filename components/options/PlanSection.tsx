// The crisis plan editor (practice 3). One "Save plan" validates the whole draft with the same schema
// that checks imported files: on any problem nothing is saved, each problem shows next to its field and
// in a summary that takes the focus.

import { questionKeys } from '../question';
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createDefaultPlan, validatePlan, type BrandVoice, type CrisisPlan, type FileError } from '@/utils/plan';
import { crisisPlan } from '@/utils/settings';
import { Section } from './fields';
import { ChecklistEditor } from './plan/ChecklistEditor';
import { ErrorSummary, type ShownError } from './plan/ErrorSummary';
import { at, type ChangeOptions } from './plan/editor';
import { TermsListField, TextAreaField, TextField } from './plan/fields';
import { MessagesEditor } from './plan/MessagesEditor';
import { RolesEditor } from './plan/RolesEditor';
import { SchedulersEditor } from './plan/SchedulersEditor';
import { StepsEditor } from './plan/StepsEditor';
import { describePath, fieldId } from './plan/where';
import { useSetting } from './useSetting';

/** What internalUpdate (utils/plan/texts.ts) fills into the team update template. */
export const INTERNAL_UPDATE_PLACEHOLDERS = [
  'title',
  'level',
  'reason',
  'elapsed',
  'firstResponse',
  'stepsDone',
  'stepsTotal',
  'openSteps',
  'lead',
  'approvedLines',
  'confidentialTerms',
  'nextUpdate',
] as const;

const VOICES: readonly BrandVoice[] = ['formal', 'friendly'];

/** Paths whose field this editor shows; other problems (ids, a checklist step's practice) are listed in the summary only. */
const EDITABLE =
  /^plan\.(?:roles\[\d+\]\.(?:title|owner|contact)|approvalSteps\[\d+\]\.(?:roleId|description)|messages\[\d+\]\.(?:title|text|ownerRoleId|expires)|schedulers\[\d+\]\.(?:name|url)|checklist\[\d+\]\.(?:text|ownerRoleId|due|after|isResponse)|responseTargetMinutes|policyUrl|internalUpdateTemplate|confidentialTerms)$/;

/** The field a problem belongs to, if the editor shows it. */
export function targetOf(path: string): string | undefined {
  if (/^plan\.confidentialTerms\[\d+\]$/.test(path)) return at('confidentialTerms').id;
  if (path === 'plan.brandVoice') return at('brandVoice', 'formal').id;
  return EDITABLE.test(path) ? fieldId(path) : undefined;
}

const SUMMARY_ID = 'plan-errors';
const RESET_ID = 'plan-reset';
const RESET_CANCEL_ID = 'plan-reset-cancel';

export function PlanSection() {
  const { draft, update, save, state, loaded } = useSetting(crisisPlan);
  const [failure, setFailure] = useState<{ errors: FileError[]; attempt: number } | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const attempts = useRef(0);
  const pendingFocus = useRef<string[] | null>(null);

  useEffect(() => {
    const ids = pendingFocus.current;
    if (!ids) return;
    pendingFocus.current = null;
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  });

  const change = (next: CrisisPlan, options: ChangeOptions = {}) => {
    update(next);
    // Indexes shifted: the last save's errors would point at the wrong items.
    if (options.structural) setFailure(null);
    if (options.focus) pendingFocus.current = options.focus;
  };
  const errorsAt = (path: string) => failure?.errors.filter((error) => error.path === path).map((error) => error.message) ?? [];
  const shown: ShownError[] = (failure?.errors ?? []).map((error) => ({
    where: describePath(error.path, { plan: draft, withinPlan: true }),
    message: error.message,
    target: targetOf(error.path),
  }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = validatePlan(draft);
    if (!result.ok) {
      attempts.current += 1;
      setFailure({ errors: result.errors, attempt: attempts.current });
      return;
    }
    setFailure(null);
    await save(result.value);
  };

  const reset = async () => {
    setFailure(null);
    setConfirmingReset(false);
    pendingFocus.current = [RESET_ID];
    await save(createDefaultPlan(draft.brandVoice));
  };

  const field = (...segments: (string | number)[]) => {
    const { id, path } = at(...segments);
    return { id, errors: errorsAt(path) };
  };

  return (
    <Section id="plan" title={i18n.t('options.plan.title')} intro={i18n.t('options.plan.intro')} state={failure ? { kind: 'idle' } : state}>
      {loaded && (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary id={SUMMARY_ID} title={i18n.t('options.plan.errorsTitle')} errors={shown} attempt={failure?.attempt ?? 0} />
          <RolesEditor plan={draft} change={change} errorsAt={errorsAt} />
          <div class="plan-part">
            <TextField
              {...field('responseTargetMinutes')}
              type="number"
              min={1}
              max={10_080}
              label={i18n.t('options.plan.responseTarget')}
              hint={i18n.t('options.plan.responseTargetHint')}
              value={Number.isFinite(draft.responseTargetMinutes) ? draft.responseTargetMinutes : ''}
              onInput={(value) => change({ ...draft, responseTargetMinutes: value.trim() === '' ? Number.NaN : Number(value) })}
            />
          </div>
          <StepsEditor plan={draft} change={change} errorsAt={errorsAt} />
          <ChecklistEditor plan={draft} change={change} errorsAt={errorsAt} />
          <MessagesEditor plan={draft} change={change} errorsAt={errorsAt} now={Date.now()} />
          <div class="plan-part">
            <TermsListField
              {...field('confidentialTerms')}
              label={i18n.t('options.plan.confidential')}
              hint={i18n.t('options.plan.confidentialHint')}
              value={draft.confidentialTerms}
              onChange={(confidentialTerms) => change({ ...draft, confidentialTerms })}
            />
            <TextField
              {...field('policyUrl')}
              type="url"
              label={i18n.t('options.plan.policyUrl')}
              hint={i18n.t('options.plan.policyUrlHint')}
              value={draft.policyUrl}
              onInput={(policyUrl) => change({ ...draft, policyUrl: policyUrl.trim() })}
            />
            <fieldset>
              <legend>{i18n.t('options.plan.voice')}</legend>
              {VOICES.map((voice) => (
                <label key={voice} class="choice">
                  <input
                    type="radio"
                    id={at('brandVoice', voice).id}
                    name="plan-brandVoice"
                    value={voice}
                    checked={draft.brandVoice === voice}
                    onChange={() => change({ ...draft, brandVoice: voice })}
                  />{' '}
                  <strong>{i18n.t(voice === 'formal' ? 'options.plan.voiceFormal' : 'options.plan.voiceFriendly')}</strong> —{' '}
                  {i18n.t(voice === 'formal' ? 'options.plan.voiceFormalHint' : 'options.plan.voiceFriendlyHint')}
                </label>
              ))}
              <p class="hint">{i18n.t('options.plan.voiceNote')}</p>
            </fieldset>
            <TextAreaField
              {...field('internalUpdateTemplate')}
              rows={10}
              label={i18n.t('options.plan.template')}
              hint={i18n.t('options.plan.templateHint', [INTERNAL_UPDATE_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')])}
              value={draft.internalUpdateTemplate}
              onInput={(internalUpdateTemplate) => change({ ...draft, internalUpdateTemplate })}
            />
          </div>
          <SchedulersEditor plan={draft} change={change} errorsAt={errorsAt} />
          <div class="row">
            <button type="submit" class="primary">
              {i18n.t('options.plan.save')}
            </button>
            {!confirmingReset && (
              <button
                type="button"
                id={RESET_ID}
                class="danger"
                onClick={() => {
                  pendingFocus.current = [RESET_CANCEL_ID];
                  setConfirmingReset(true);
                }}
              >
                {i18n.t('options.plan.reset')}
              </button>
            )}
          </div>
          {confirmingReset && (
            <div
              class="confirm"
              role="alertdialog"
              aria-labelledby="plan-reset-question"
              onKeyDown={questionKeys(() => {
                pendingFocus.current = [RESET_ID];
                setConfirmingReset(false);
              })}
            >
              <p id="plan-reset-question">{i18n.t('options.plan.resetQuestion')}</p>
              <button type="button" class="danger" onClick={() => void reset()}>
                {i18n.t('options.plan.resetConfirm')}
              </button>{' '}
              <button
                type="button"
                id={RESET_CANCEL_ID}
                onClick={() => {
                  pendingFocus.current = [RESET_ID];
                  setConfirmingReset(false);
                }}
              >
                {i18n.t('options.plan.cancel')}
              </button>
            </div>
          )}
        </form>
      )}
    </Section>
  );
}
