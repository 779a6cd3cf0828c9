// Where each scheduler's queue can be paused (practice 8): a name and a link, editable, since the
// services move their pages.

import { i18n } from '#i18n';
import type { SchedulerLink } from '@/utils/plan';
import { at, newId, replaceAt, type EditorProps } from './editor';
import { TextField } from './fields';

export const ADD_SCHEDULER_ID = 'plan-schedulers-add';

export function SchedulersEditor({ plan, change, errorsAt }: EditorProps) {
  const schedulers = plan.schedulers;
  const setScheduler = (index: number, link: SchedulerLink) => change({ ...plan, schedulers: replaceAt(schedulers, index, link) });
  const remove = (index: number) => change({ ...plan, schedulers: schedulers.filter((_, i) => i !== index) }, { structural: true, focus: [ADD_SCHEDULER_ID] });
  const add = () => {
    const link: SchedulerLink = { id: newId('scheduler', schedulers), name: '', url: '' };
    change({ ...plan, schedulers: [...schedulers, link] }, { structural: true, focus: [at('schedulers', schedulers.length, 'name').id] });
  };

  return (
    <div class="plan-part">
      <h3>{i18n.t('options.plan.schedulersTitle')}</h3>
      <p class="muted">{i18n.t('options.plan.schedulersIntro')}</p>
      {schedulers.map((link, index) => {
        const number = String(index + 1);
        const name = link.name.trim() || i18n.t('options.plan.scheduler', [number]);
        return (
          <fieldset key={link.id} class="plan-item">
            <legend>{i18n.t('options.plan.scheduler', [number])}</legend>
            <div class="grid">
              <TextField
                {...at('schedulers', index, 'name')}
                label={i18n.t('options.plan.schedulerName')}
                errors={errorsAt(at('schedulers', index, 'name').path)}
                value={link.name}
                onInput={(value) => setScheduler(index, { ...link, name: value })}
              />
              <TextField
                {...at('schedulers', index, 'url')}
                type="url"
                label={i18n.t('options.plan.schedulerUrl')}
                errors={errorsAt(at('schedulers', index, 'url').path)}
                value={link.url}
                onInput={(url) => setScheduler(index, { ...link, url })}
              />
            </div>
            <div class="row">
              <button type="button" aria-label={i18n.t('options.plan.removeSchedulerLabel', [name])} onClick={() => remove(index)}>
                {i18n.t('options.plan.remove')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" id={ADD_SCHEDULER_ID} onClick={add}>
        {i18n.t('options.plan.addScheduler')}
      </button>
    </div>
  );
}
