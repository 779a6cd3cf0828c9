import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a tick the background accepted is shown before the stored step must say so itself. */
const ACCEPTED_GRACE_MS = 2_000;

/**
 * Checklist ticks shown at once. A step's box is drawn from the stored step, which changes only once the
 * background has written it; a render in between (the crisis clock's, every second) put the box back as it
 * was, so a tick flickered off and on again (and Playwright's check() failed: "Clicking the checkbox did
 * not change its state"). A tick is shown as made until the stored step says the same, the background
 * refuses it, or ACCEPTED_GRACE_MS after it accepted it.
 */
export function usePendingTicks(steps: readonly { id: string; done?: unknown }[]) {
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
    /** Whether the step's box is ticked, as the user last left it. */
    ticked: (step: { id: string; done?: unknown }): boolean => pending.get(step.id) ?? !!step.done,
    /** Shows `done` at once while `change` runs; put back if it fails. */
    tick: (id: string, done: boolean, change: () => Promise<unknown>): Promise<void> => {
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
