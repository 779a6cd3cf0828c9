import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { crisisClock } from '@/utils/plan/clock';
import { incidentRoleTitle, isResolved, type Incident } from '@/utils/plan/incident';
import type { CrisisPlan } from '@/utils/plan/plan';
import { postMortemJson, postMortemMarkdown, type LessonsLearned } from '@/utils/plan/report';
import { incidentFigures, latestIncident } from '@/utils/plan/store';
import { crisisPlan } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { download } from '@/utils/tracking/export';
import { formatDuration } from '@/utils/plan/actions';
import { useLiveQuery } from '../useLiveQuery';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function parseActions(text: string): LessonsLearned['actions'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [action, owner] = line.split(/\s+[—–-]\s+(?=[^—–-]*$)/);
      return { text: (action ?? line).trim(), owner: (owner ?? '').trim() };
    });
}

function PostMortem({ incident, plan, keyTerms }: { incident: Incident; plan: CrisisPlan; keyTerms: string[] }) {
  const [wentWell, setWentWell] = useState('');
  const [wentWrong, setWentWrong] = useState('');
  const [actions, setActions] = useState('');
  const [markdown, setMarkdown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const build = async () => {
    try {
      const now = Date.now();
      const figures = await incidentFigures(database(), incident, now, keyTerms);
      const input = { incident, plan, figures, lessons: { wentWell, wentWrong, actions: parseActions(actions) }, now };
      return { markdown: postMortemMarkdown(input, { timeZone }), json: postMortemJson(input) };
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return null;
    }
  };
  const slug = `${incident.id}`.replace(/[^a-z0-9-]+/gi, '-');

  return (
    <section aria-labelledby="post-mortem">
      <h3 id="post-mortem">{i18n.t('postMortem.title')}</h3>
      <p class="muted">{i18n.t('postMortem.intro')}</p>
      <label class="field">
        {i18n.t('postMortem.wentWell')}
        <textarea name="went-well" rows={3} value={wentWell} onInput={(event) => setWentWell((event.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label class="field">
        {i18n.t('postMortem.wentWrong')}
        <textarea name="went-wrong" rows={3} value={wentWrong} onInput={(event) => setWentWrong((event.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label class="field">
        {i18n.t('postMortem.actions')}
        <textarea name="actions" rows={3} value={actions} aria-describedby="actions-hint" onInput={(event) => setActions((event.currentTarget as HTMLTextAreaElement).value)} />
        <span id="actions-hint" class="hint">
          {i18n.t('postMortem.actionsHint')}
        </span>
      </label>
      <div class="row">
        <button type="button" onClick={() => void build().then((report) => report && setMarkdown(report.markdown))}>
          {i18n.t('postMortem.generate')}
        </button>
        <button type="button" onClick={() => void build().then((report) => report && download(`post-mortem-${slug}.md`, report.markdown, 'text/markdown'))}>
          {i18n.t('postMortem.exportMarkdown')}
        </button>
        <button type="button" onClick={() => void build().then((report) => report && download(`post-mortem-${slug}.json`, report.json, 'application/json'))}>
          {i18n.t('postMortem.exportJson')}
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {markdown && (
        <pre class="report" data-testid="post-mortem-markdown" tabIndex={0} aria-label={i18n.t('postMortem.preview')}>
          {markdown}
        </pre>
      )}
    </section>
  );
}

export function IncidentSection({ keyTerms }: { keyTerms: string[] }) {
  const incident = useLiveQuery(() => latestIncident(database()), []);
  const [plan, setPlan] = useState<CrisisPlan | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    void crisisPlan.getValue().then(setPlan);
    return crisisPlan.watch(setPlan);
  }, []);
  if (incident.status !== 'ready' || !plan) return null;
  const current = incident.value;

  return (
    <section aria-labelledby="incident-heading" class="incident-section">
      <h2 id="incident-heading">{i18n.t('dashboard.incident')}</h2>
      {!current ? (
        <p class="empty">{i18n.t('dashboard.noIncident')}</p>
      ) : (
        <>
          <p>
            <strong>{current.title}</strong> —{' '}
            {isResolved(current)
              ? i18n.t('dashboard.incidentResolved', [when(current.resolvedAt ?? 0), formatDuration(crisisClock(current, plan, Date.now()).elapsedMs / 60_000)])
              : i18n.t('dashboard.incidentActive', [when(current.startedAt)])}
          </p>
          <h3>{i18n.t('dashboard.timeline')}</h3>
          <ol class="timeline" data-testid="timeline">
            {current.timeline.map((entry, index) => (
              <li key={`${entry.at}-${index}`} class={entry.kind}>
                <time dateTime={new Date(entry.at).toISOString()}>{when(entry.at)}</time> {entry.text}
              </li>
            ))}
          </ol>
          {!isResolved(current) && (
            <form
              class="row"
              onSubmit={(event) => {
                event.preventDefault();
                if (!note.trim()) return;
                void sendMessage('page→background:addNote', { incidentId: current.id, text: note.trim() }).then(() => setNote(''));
              }}
            >
              <label class="field">
                {i18n.t('dashboard.addNote')}
                <input type="text" name="note" value={note} onInput={(event) => setNote((event.currentTarget as HTMLInputElement).value)} />
              </label>
              <button type="submit">{i18n.t('dashboard.saveNote')}</button>
            </form>
          )}
          <PostMortem incident={current} plan={plan} keyTerms={keyTerms} />
        </>
      )}
      <details>
        <summary>{i18n.t('dashboard.plan')}</summary>
        <p>{i18n.t('dashboard.planTarget', [formatDuration(plan.responseTargetMinutes)])}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{i18n.t('dashboard.role')}</th>
              <th scope="col">{i18n.t('dashboard.owner')}</th>
              <th scope="col">{i18n.t('dashboard.contact')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.roles.map((role) => (
              <tr key={role.id}>
                <th scope="row">{role.title}</th>
                <td>{role.owner || '—'}</td>
                <td>{role.contact || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{i18n.t('dashboard.approvals')}</h3>
        <ol>
          {plan.approvalSteps.map((step) => (
            <li key={step.id}>
              {step.description} — {current ? incidentRoleTitle(current, step.roleId) : plan.roles.find((role) => role.id === step.roleId)?.title}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
