import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { uiCount } from '@/utils/count';
import { crisisClock } from '@/utils/plan/clock';
import { incidentRoleTitle, isResolved, lastResolvedOf, lessonsOf, MAX_NOTE_CHARS, MAX_REOPEN_REASON_CHARS, MAX_TITLE_CHARS, tidyTitle, type Incident, type IncidentLessons } from '@/utils/plan/incident';
import { contactHref, roleTitle, type CrisisPlan } from '@/utils/plan/plan';
import { lessonsLearned, postMortemFileName, postMortemJson, postMortemMarkdown } from '@/utils/plan/report';
import { incidentFigures, listIncidents, saveLessons } from '@/utils/plan/store';
import { crisisPlan, type ListeningStatus } from '@/utils/settings';
import { database } from '@/utils/tracking/db';
import { download } from '@/utils/tracking/export';
import { localeDurationMessages } from '@/utils/plan/action-messages';
import { formatDuration } from '@/utils/plan/actions';
import { minutesPassed } from '@/utils/plan/minutes';
import { DeclareIncident, IncidentPanel } from '../popup/IncidentPanel';
import { questionKeys } from '../question';
import { StatusLine } from '../StatusLine';
import { tickStep, usePendingTicks } from '../usePendingTicks';
import { useLiveQuery } from '../useLiveQuery';
import { incidentKeyTerms } from '@/utils/plan/about';
import { when, zoneChanges } from './time';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Quiet time after the last keystroke before the lessons are saved (leaving a field saves at once). */
const SAVE_DELAY_MS = 600;

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * The lessons as typed, saved with the incident: after a pause in typing, when a field loses the
 * focus, before a report is built, and when the form goes (another incident chosen, the page closed).
 */
function useSavedLessons(incident: Incident): [IncidentLessons, (change: Partial<IncidentLessons>) => void, () => Promise<void>, SaveState] {
  const [lessons, setLessonsState] = useState<IncidentLessons>(() => lessonsOf(incident));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<IncidentLessons | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const toSave = pending.current;
    if (!toSave) return;
    pending.current = null;
    try {
      const saved = await saveLessons(database(), incident.id, toSave);
      setState(saved ? { kind: 'saved' } : { kind: 'failed', message: i18n.t('postMortem.incidentGone') });
    } catch (cause) {
      // Kept for the next try (leaving a field, a pause in typing), unless newer typing replaced it.
      pending.current ??= toSave;
      setState({ kind: 'failed', message: cause instanceof Error ? cause.message : String(cause) });
    }
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // The stored lessons may arrive after the form opened (the list is a live query, a step behind a
  // save): the form takes them until something is typed in it, and from then on is the one to save.
  const typed = useRef(false);
  const stored = lessonsOf(incident);
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    if (!typed.current) setLessonsState(stored);
  }, [storedKey]);

  useEffect(() => {
    const leave = () => void flushRef.current();
    // Typing not saved yet when the page is left: the save starts, and the browser asks first, so it
    // has the time to finish (QA: a reload within a second of typing lost the text; pagehide alone was
    // too late for the write).
    const ask = (event: BeforeUnloadEvent) => {
      if (pending.current === null) return;
      leave();
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('beforeunload', ask);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, []);

  const change = (part: Partial<IncidentLessons>) => {
    typed.current = true;
    setLessonsState((current) => {
      const next = { ...current, ...part };
      pending.current = next;
      return next;
    });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
  };
  return [lessons, change, flush, state];
}

/**
 * The team's own name for the incident ("Kettle base overheating" rather than "Spike on X"): the
 * report's heading and its file name follow it (QA).
 */
function RenameIncident({ incident }: { incident: Incident }) {
  const [title, setTitle] = useState(incident.title);
  // What the last Rename came to: done, nothing to change (the same name, spaces aside), or failed (QA: it
  // said nothing on a failure, and "Renamed." for a name the worker tidied back into the one it had).
  const [outcome, setOutcome] = useState<{ kind: 'idle' | 'renamed' | 'unchanged' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  return (
    <form
      class="row rename-incident"
      onSubmit={(event) => {
        event.preventDefault();
        const next = tidyTitle(title);
        if (!next) return;
        if (next === incident.title) {
          setTitle(next);
          setOutcome({ kind: 'unchanged' });
          return;
        }
        setOutcome({ kind: 'idle' });
        sendMessage('page→background:renameIncident', { incidentId: incident.id, title: next })
          .then((renamed) => {
            if (!renamed) {
              setOutcome({ kind: 'failed', message: i18n.t('dashboard.renameGone') });
              return;
            }
            setTitle(renamed.title);
            setOutcome({ kind: 'renamed' });
          })
          .catch((cause: unknown) => {
            const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/\.$/, '');
            setOutcome({ kind: 'failed', message: i18n.t('dashboard.renameFailed', [reason]) });
          });
      }}
    >
      <label class="field">
        {i18n.t('dashboard.incidentName')}
        <input
          type="text"
          name="incident-name"
          required
          maxLength={MAX_TITLE_CHARS}
          value={title}
          onInput={(event) => {
            setTitle((event.currentTarget as HTMLInputElement).value);
            setOutcome({ kind: 'idle' });
          }}
        />
      </label>
      <button type="submit">{i18n.t('dashboard.rename')}</button>
      {/* Each Rename sets a new outcome object: the same words again ("Nothing to rename" twice) are read out again. */}
      <StatusLine status={outcome} inline>
        {outcome.kind === 'renamed' && <span class="ok">✓ {i18n.t('dashboard.renamed')}</span>}
        {outcome.kind === 'unchanged' && i18n.t('dashboard.renameUnchanged', [incident.title])}
        {outcome.kind === 'failed' && <span class="error">{outcome.message}</span>}
      </StatusLine>
    </form>
  );
}

/**
 * Takes a resolution back (QA: resolved too early, the story flared up again an hour later, and a new
 * incident lost the timeline and the clock). It changes the record, so it asks first, as resolving does.
 * Offered only while no other incident is open (one at a time); else it says which to resolve first.
 * `onSend`: told when the reopening is sent and when it failed, so the focus can follow the incident.
 */
function ReopenIncident({ incident, open, onSend }: { incident: Incident; open: Incident | undefined; onSend: (phase: 'sent' | 'failed') => void }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const reasonField = useRef<HTMLInputElement>(null);
  const asked = useRef(false);
  // Into the question when it opens (its reason field: typing there changes nothing yet), back to the button when it closes.
  useEffect(() => {
    if (asking) reasonField.current?.focus();
    else if (asked.current) button.current?.focus();
    asked.current = asking;
  }, [asking]);
  const failure = error && (
    <p role="alert" class="error">
      {i18n.t('dashboard.reopenFailed', [error])}
    </p>
  );
  if (open) {
    return (
      <>
        <p class="hint" data-testid="reopen-blocked">
          {i18n.t('dashboard.reopenBlocked', [open.title])}
        </p>
        {failure}
      </>
    );
  }
  const reopen = () => {
    setError(null);
    onSend('sent');
    void sendMessage('page→background:reopenIncident', { incidentId: incident.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }).catch((cause: unknown) => {
      onSend('failed');
      setAsking(false);
      setError(cause instanceof Error ? cause.message : String(cause));
    });
  };
  return (
    <>
      {asking ? (
        <div role="alertdialog" aria-labelledby="reopen-question" class="reopen-incident" onKeyDown={questionKeys(() => setAsking(false))}>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              reopen();
            }}
          >
            <p id="reopen-question">{i18n.t('dashboard.reopenQuestion')}</p>
            <label class="field">
              {i18n.t('dashboard.reopenReason')}
              <input
                type="text"
                name="reopen-reason"
                ref={reasonField}
                maxLength={MAX_REOPEN_REASON_CHARS}
                value={reason}
                onInput={(event) => setReason((event.currentTarget as HTMLInputElement).value)}
              />
            </label>
            <div class="row">
              <button type="submit">{i18n.t('dashboard.reopenConfirm')}</button>
              <button type="button" onClick={() => setAsking(false)}>
                {i18n.t('dashboard.reopenCancel')}
              </button>
            </div>
          </form>
        </div>
      ) : (
        <button type="button" ref={button} onClick={() => setAsking(true)}>
          {i18n.t('dashboard.reopen')}
        </button>
      )}
      {failure}
    </>
  );
}

function PostMortem({ incident, plan, ownWords }: { incident: Incident; plan: CrisisPlan; ownWords: ReadonlySet<string> }) {
  const [lessons, change, save, saveState] = useSavedLessons(incident);
  const [markdown, setMarkdown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Each time the report is shown (again), the focus goes to its heading: the button gives no other sign.
  const [shown, setShown] = useState(0);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shown > 0) reportHeading.current?.focus();
  }, [shown]);

  const build = async () => {
    try {
      await save();
      const now = Date.now();
      // Kept with the incident once its window ended (freeze.ts), else counted now from the incident's
      // own window, not the dashboard's range or platform.
      const figures =
        incident.figures ?? (await incidentFigures(database(), incident, now, await incidentKeyTerms(database(), incident, now, ownWords)));
      const input = { incident, plan, figures, lessons: lessonsLearned(lessons), now };
      return { markdown: postMortemMarkdown(input, { timeZone }), json: postMortemJson(input) };
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return null;
    }
  };
  const field = (name: keyof IncidentLessons) => ({
    value: lessons[name],
    onInput: (event: Event) => change({ [name]: (event.currentTarget as HTMLTextAreaElement).value }),
    onBlur: () => void save(),
  });

  return (
    <section aria-labelledby="post-mortem">
      <h3 id="post-mortem">{i18n.t('postMortem.title')}</h3>
      <p class="muted">{i18n.t('postMortem.intro')}</p>
      {/* Kept figures stay as counted, while the chart counts mentions recorded later for those hours too (QA). */}
      {incident.figures?.countedAt !== undefined && (
        <p class="hint" data-testid="figures-counted">
          {i18n.t('postMortem.figuresCounted', [when(incident.figures.countedAt)])}
        </p>
      )}
      <p class="hint">{i18n.t('postMortem.savedAsTyped')}</p>
      <label class="field">
        {i18n.t('postMortem.wentWell')}
        <textarea name="went-well" rows={3} {...field('wentWell')} />
      </label>
      <label class="field">
        {i18n.t('postMortem.wentWrong')}
        <textarea name="went-wrong" rows={3} {...field('wentWrong')} />
      </label>
      <label class="field">
        {i18n.t('postMortem.actions')}
        <textarea name="actions" rows={3} aria-describedby="actions-hint" {...field('actions')} />
        <span id="actions-hint" class="hint">
          {i18n.t('postMortem.actionsHint')}
        </span>
      </label>
      {saveState.kind === 'failed' ? (
        <p role="alert" class="error" data-testid="lessons-save">
          {i18n.t('postMortem.saveFailed', [saveState.message])}
        </p>
      ) : (
        <p role="status" class="hint" data-testid="lessons-save">
          {saveState.kind === 'saved' ? i18n.t('postMortem.saved') : ''}
        </p>
      )}
      <div class="row">
        <button
          type="button"
          onClick={() =>
            void build().then((report) => {
              if (!report) return;
              setMarkdown(report.markdown);
              setShown((count) => count + 1);
            })
          }
        >
          {i18n.t('postMortem.generate')}
        </button>
        <button type="button" onClick={() => void build().then((report) => report && download(postMortemFileName(incident, 'md', timeZone), report.markdown, 'text/markdown'))}>
          {i18n.t('postMortem.exportMarkdown')}
        </button>
        <button type="button" onClick={() => void build().then((report) => report && download(postMortemFileName(incident, 'json', timeZone), report.json, 'application/json'))}>
          {i18n.t('postMortem.exportJson')}
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {markdown && (
        <>
          <h4 id="post-mortem-report" tabIndex={-1} ref={reportHeading}>
            {i18n.t('postMortem.preview')}
          </h4>
          <pre class="report" data-testid="post-mortem-markdown" tabIndex={0} aria-labelledby="post-mortem-report">
            {markdown}
          </pre>
        </>
      )}
    </section>
  );
}

/**
 * The steps that come after the resolution (hold the post-mortem, update the plan), tickable here: the
 * popup shows an incident only while it is open, so this is where they get done and recorded.
 */
function FollowUp({ incident }: { incident: Incident }) {
  const steps = incident.checklist.filter((step) => step.after === 'resolution');
  const resolvedAt = incident.resolvedAt;
  const ticks = usePendingTicks(steps);
  // Why the last tick was not written (the worker refused it, or could not write it), until one is.
  const [refusal, setRefusal] = useState<{ why: string } | undefined>(undefined);
  if (steps.length === 0 || resolvedAt === undefined) return null;
  const toggle = (stepId: string, done: boolean, byRoleId: string) =>
    void tickStep(ticks, { incidentId: incident.id, stepId, done, byRoleId }, (why) => setRefusal({ why })).then((written) => {
      if (written) setRefusal(undefined);
    });
  return (
    <section aria-labelledby="follow-up">
      <h3 id="follow-up">{i18n.t('dashboard.followUp')}</h3>
      <ul class="checklist" data-testid="follow-up">
        {steps.map((step) => (
          <li key={step.id}>
            <label>
              <input
                type="checkbox"
                checked={ticks.ticked(step)}
                onChange={(event) => toggle(step.id, (event.currentTarget as HTMLInputElement).checked, step.ownerRoleId)}
              />{' '}
              {step.text}{' '}
              <span class="muted small">
                {i18n.t('dashboard.followUpOwner', [
                  incidentRoleTitle(incident, step.ownerRoleId),
                  when(step.dueAt ?? resolvedAt + step.dueMinutes * 60_000),
                ])}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <StatusLine status={refusal}>{refusal && <span class="error">{refusal.why}</span>}</StatusLine>
    </section>
  );
}

/** How an incident is named in the list of incidents: its title, when it started, where it stands. */
const incidentLabel = (incident: Incident) =>
  i18n.t(isResolved(incident) ? 'dashboard.incidentOptionResolved' : 'dashboard.incidentOptionActive', [incident.title, when(incident.startedAt)]);

/**
 * When the shown incident is resolved elsewhere (the popup), its note form goes: a focus that was in it
 * would drop to the top of the page. It goes to the section's heading instead, and `announce` (the page's
 * live region) says what happened, as the popup does when it resolves one itself.
 */
function useFocusAfterResolution(current: Incident | undefined, announce: ((text: string) => void) | undefined) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where the focus last was in the section: if that is gone from the page, the focus went with it.
  const lastFocused = useRef<Element | null>(null);
  const seen = useRef<{ id: string; resolved: boolean } | null>(null);
  const id = current?.id;
  const resolved = current ? isResolved(current) : false;
  useEffect(() => {
    const before = seen.current;
    seen.current = id === undefined ? null : { id, resolved };
    // Only a change seen here: an incident already resolved when the page opened, or another one chosen, is no news.
    if (!before || before.id !== id || before.resolved || !resolved || !current) return;
    announce?.(i18n.t('dashboard.incidentResolvedAnnouncement', [current.title]));
    const focused = document.activeElement;
    if (lastFocused.current && !lastFocused.current.isConnected && (focused === null || focused === document.body)) headingRef.current?.focus();
  }, [id, resolved]);
  const onFocusIn = (event: FocusEvent) => {
    lastFocused.current = event.target instanceof Element ? event.target : null;
  };
  return { headingRef, onFocusIn };
}

/**
 * An incident declared here: once it is stored, the focus goes to its heading (the Declare button it
 * pressed is gone) and the live region says so, as in the popup.
 */
function useFocusAfterDeclaring(open: Incident | undefined, announce: ((text: string) => void) | undefined) {
  const pending = useRef(false);
  const id = open?.id;
  useEffect(() => {
    if (!pending.current || !open) return;
    pending.current = false;
    document.getElementById('incident-title')?.focus();
    announce?.(i18n.t('incident.declaredAnnouncement', [open.title]));
  }, [id]);
  return (phase: 'sent' | 'failed') => {
    pending.current = phase === 'sent';
  };
}

/**
 * An incident reopened here: once it reads as open, the focus goes to its heading (the Reopen button it
 * pressed is gone) and the live region says so.
 */
function useFocusAfterReopening(current: Incident | undefined, announce: ((text: string) => void) | undefined) {
  const pending = useRef<string | null>(null);
  const id = current?.id;
  const open = current !== undefined && !isResolved(current);
  useEffect(() => {
    if (pending.current === null || !current || !open || pending.current !== id) return;
    pending.current = null;
    document.getElementById('incident-title')?.focus();
    announce?.(i18n.t('dashboard.reopenedAnnouncement', [current.title]));
  }, [id, open]);
  return (incidentId: string, phase: 'sent' | 'failed') => {
    pending.current = phase === 'sent' ? incidentId : null;
  };
}

/**
 * The incidents: with one open, the popup's working tools for it (crisis clock, holding statement and
 * internal update to copy, schedulers to pause, checklist, Resolve), its timeline and a note field, and
 * the post-mortem folded away for after; with none open, Declare, as in the popup, and the last one's
 * follow-up and post-mortem. `status`: the worker's status (what a declaration records, the update's level).
 * `ownWords`: the brand's own words, never a key term. `onAnnounce`: the page's live region, for news the
 * section brings.
 */
/** A role's contact, a link where it has an address: one click to write or call in a crisis. */
function Contact({ contact }: { contact: string }) {
  const href = contactHref(contact);
  if (contact.trim() === '') return <>—</>;
  if (href === null) return <>{contact}</>;
  const web = /^https?:/i.test(href);
  return (
    <a href={href} {...(web ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {contact.trim()}
    </a>
  );
}

export function IncidentSection({
  ownWords = new Set(),
  onAnnounce,
  status = null,
}: {
  ownWords?: ReadonlySet<string>;
  onAnnounce?: (text: string) => void;
  status?: ListeningStatus | null;
}) {
  const incidents = useLiveQuery(() => listIncidents(database()), []);
  const [plan, setPlan] = useState<CrisisPlan | null>(null);
  const [note, setNote] = useState('');
  // The incident chosen in the list; until one is, the open one (a new one shows as soon as it is declared),
  // else the one resolved last: the popup's. Not the latest start: a reopened incident keeps its own.
  const [chosenId, setChosenId] = useState<string | null>(null);
  useEffect(() => {
    void crisisPlan.getValue().then(setPlan);
    return crisisPlan.watch(setPlan);
  }, []);
  const all = incidents.status === 'ready' ? incidents.value : [];
  // At most one incident is open at a time (the worker declares none while one is).
  const open = all.find((incident) => !isResolved(incident));
  const lastResolved = lastResolvedOf(all);
  const current = all.find((incident) => incident.id === chosenId) ?? open ?? lastResolved;
  const resolved = current !== undefined && isResolved(current);
  const { headingRef, onFocusIn } = useFocusAfterResolution(current, onAnnounce);
  const onDeclare = useFocusAfterDeclaring(open, onAnnounce);
  const onReopen = useFocusAfterReopening(current, onAnnounce);
  if (incidents.status !== 'ready' || !plan) return null;
  const missing = plan.roles.filter((role) => !role.owner.trim() || !role.contact.trim()).length;
  // A timeline across a clock change names the zone of its times.
  const zoned = zoneChanges(current?.timeline.map((entry) => entry.at) ?? []);
  // Time passed rounds down, as the clock and the post-mortem say it (utils/plan/minutes.ts); under a minute, in words.
  const resolvedMinutes = current && resolved ? minutesPassed(crisisClock(current, plan, Date.now()).elapsedMs) : 0;

  return (
    <section aria-labelledby="incident-heading" class="incident-section" onFocusIn={onFocusIn}>
      {/* tabIndex -1: where the focus lands when the incident is resolved from the popup (useFocusAfterResolution). */}
      <h2 id="incident-heading" tabIndex={-1} ref={headingRef}>
        {i18n.t('dashboard.incident')}
      </h2>
      {all.length > 1 && current && (
        <label class="field incident-choice">
          {i18n.t('dashboard.chooseIncident')}
          <select name="incident" value={current.id} onChange={(event) => setChosenId((event.currentTarget as HTMLSelectElement).value)}>
            {all.map((incident) => (
              <option key={incident.id} value={incident.id}>
                {incidentLabel(incident)}
              </option>
            ))}
          </select>
        </label>
      )}
      {!open && (
        <DeclareIncident
          headingLevel={3}
          hint={all.length === 0 ? i18n.t('dashboard.noIncident') : undefined}
          status={status}
          lastResolved={lastResolved}
          onDeclare={(phase) => {
            // The new incident is the one to show once it is stored.
            if (phase === 'sent') setChosenId(null);
            onDeclare(phase);
          }}
        />
      )}
      {current && (
        <>
          {resolved ? (
            <p>
              <strong>{current.title}</strong> —{' '}
              {resolvedMinutes === 0
                ? i18n.t('dashboard.incidentResolvedWithinAMinute', [when(current.resolvedAt ?? 0)])
                : i18n.t('dashboard.incidentResolved', [when(current.resolvedAt ?? 0), formatDuration(resolvedMinutes, localeDurationMessages)])}
            </p>
          ) : (
            <IncidentPanel incident={current} plan={plan} status={status} headingLevel={3} />
          )}
          {resolved && (
            <ReopenIncident
              key={current.id}
              incident={current}
              open={open}
              onSend={(phase) => {
                // This one stays shown (not one declared meanwhile), open again or with the worker's refusal.
                if (phase === 'sent') setChosenId(current.id);
                onReopen(current.id, phase);
              }}
            />
          )}
          <RenameIncident key={current.id} incident={current} />
          <h3>{i18n.t('dashboard.timeline')}</h3>
          {!resolved && <p class="muted small">{i18n.t('dashboard.incidentActive', [when(current.startedAt)])}</p>}
          <ol class="timeline" data-testid="timeline">
            {current.timeline.map((entry, index) => (
              <li key={`${entry.at}-${index}`} class={entry.kind}>
                <time dateTime={new Date(entry.at).toISOString()}>{when(entry.at, zoned)}</time> {entry.text}
              </li>
            ))}
          </ol>
          {!resolved && (
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
                {/* Required: an empty note was dropped without a word (QA); a note is a line, not a document. */}
                <input
                  type="text"
                  name="note"
                  required
                  maxLength={MAX_NOTE_CHARS}
                  value={note}
                  onInput={(event) => setNote((event.currentTarget as HTMLInputElement).value)}
                />
              </label>
              <button type="submit">{i18n.t('dashboard.saveNote')}</button>
            </form>
          )}
          {resolved ? (
            <>
              <FollowUp incident={current} />
              <PostMortem key={current.id} incident={current} plan={plan} ownWords={ownWords} />
            </>
          ) : (
            // For after the crisis: folded away while it is on, so the tools above are what the page offers.
            <details class="for-after" data-testid="post-mortem-for-after">
              <summary>{i18n.t('dashboard.postMortemForAfter')}</summary>
              <PostMortem key={current.id} incident={current} plan={plan} ownWords={ownWords} />
            </details>
          )}
        </>
      )}
      <details>
        <summary>{i18n.t('dashboard.plan')}</summary>
        <p>{i18n.t('dashboard.planTarget', [formatDuration(plan.responseTargetMinutes, localeDurationMessages)])}</p>
        {/* The plan as installed names the roles but nobody in them (QA: a table of dashes, and no way on). */}
        <p>
          {missing > 0 && <>{i18n.t('dashboard.planMissing', missing, [uiCount(missing)])} </>}
          <a href="/options.html#plan">{i18n.t(missing > 0 ? 'dashboard.planFillIn' : 'dashboard.planChange')}</a>
        </p>
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
                <td>
                  <Contact contact={role.contact} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{i18n.t('dashboard.approvals')}</h3>
        <ol>
          {plan.approvalSteps.map((step) => (
            <li key={step.id}>
              {step.description} — {roleTitle(plan, step.roleId)}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
