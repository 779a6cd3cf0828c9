import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';

/** How long a tick the background accepted is shown before the stored step must say so itself. */
const ACCEPTED_GRACE_MS = 2_000;

export interface PendingTicks {
  /** Whether the step's box is ticked, as the user last left it. */
  ticked(step: { id: string; done?: unknown }): boolean;
  /** Shows `done` at once while `change` runs; put back if it fails. */
  tick(id: string, done: boolean, change: () => Promise<unknown>): Promise<void>;
}

/**
 * Checklist ticks shown at once. A step's box is drawn from the stored step, which changes only once the
 * background has written it; a render in between (the crisis clock's, every second) put the box back as it
 * was, so a tick flickered off and on again (and Playwright's check() failed: "Clicking the checkbox did
 * not change its state"). A tick is shown as made until the stored step says the same, the background
 * refuses it, or ACCEPTED_GRACE_MS after it accepted it.
 */
export function usePendingTicks(steps: readonly { id: string; done?: unknown }[]): PendingTicks {
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const drop = (id: string) =>
    setPending((current) => {
      if (!current.has(id)) return current;
      const next = new Map(current);
      next.delete(id);
      return next;
    });
  // Each tick the stored steps now show is no longer pending.
  useEffect(() => {
    for (const step of steps) if (pending.get(step.id) === !!step.done) drop(step.id);
  }, [steps, pending]);
  useEffect(() => () => timers.current.forEach((timer) => clearTimeout(timer)), []);
  return {
    ticked: (step) => pending.get(step.id) ?? !!step.done,
    tick: (id, done, change) => {
      setPending((current) => new Map(current).set(id, done));
      clearTimeout(timers.current.get(id));
      return change().then(
        () => void timers.current.set(id, setTimeout(() => drop(id), ACCEPTED_GRACE_MS)),
        (error: unknown) => {
          drop(id);
          throw error;
        },
      );
    },
  };
}

/**
 * Ticks (or unticks) a step of an incident's checklist as the popup and the dashboard do: shown at once, sent
 * to the worker (which makes every change to an incident). A tick the worker refuses (a resolved incident's
 * crisis step: incident.stepClosed) or cannot write (a full disk) is put back, and `onRefused` gets why, in
 * words to show where the page says what became of what the user did. Resolves to whether it was written.
 */
export function tickStep(ticks: PendingTicks, change: { incidentId: string; stepId: string; done: boolean; byRoleId: string }, onRefused: (why: string) => void): Promise<boolean> {
  return ticks.tick(change.stepId, change.done, () => sendMessage('page→background:setStep', change)).then(
    () => true,
    (cause: unknown) => {
      onRefused(cause instanceof Error ? cause.message : String(cause));
      return false;
    },
  );
}
