import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import type { SaveState } from './fields';

/**
 * Stored settings are JSON: two values are the same when they serialise the same, keys sorted
 * (Chrome's storage may hand an object back with its keys in another order).
 */
const serialise = (value: unknown): string =>
  JSON.stringify(value, (_key, entry: unknown) =>
    entry !== null && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : entry,
  ) ?? 'undefined';

/** One object, not one per render: a new status object is a new outcome, which the status line reads out again (StatusLine). */
const UNSAVED: SaveState = { kind: 'unsaved' };

/** The settings with edits not yet saved, on this page: leaving it asks first. */
const unsaved = new Set<symbol>();
let guarding = false;

function guardLeaving(): void {
  if (guarding || typeof window === 'undefined') return;
  guarding = true;
  window.addEventListener('beforeunload', (event) => {
    if (unsaved.size === 0) return;
    // The browser asks "Leave site? Changes you made may not be saved."
    event.preventDefault();
    event.returnValue = '';
  });
}

/**
 * A settings item as an editable draft: loaded once, saved on request, kept in step when another
 * page changes it. `check` returns a problem to show instead of saving.
 *
 * A change made elsewhere (the popup's snooze, another options tab, a settings file) replaces the
 * draft and clears the status: "Saved." spoke of this page's own earlier value, which is no longer
 * the stored one. This page's own save coming back from storage is told apart by its value.
 */
export function useSetting<T>(item: WxtStorageItem<T, Record<string, unknown>>, check: (value: T) => string | null = () => null) {
  const [draft, setDraft] = useState<T>(item.fallback);
  const [loaded, setLoaded] = useState(false);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  /** What this page last wrote, serialised, until storage reports it back. */
  const ownWrite = useRef<string | null>(null);
  /** Counts changes made elsewhere, so a section can clear statuses of its own (useChangedElsewhere). */
  const [changedElsewhere, setChangedElsewhere] = useState(0);
  /** The stored value, serialised: the draft differs from it while there are edits to save. */
  const stored = useRef<string | null>(null);
  useEffect(() => {
    void item.getValue().then((value) => {
      stored.current = serialise(value);
      setDraft(value);
      setLoaded(true);
    });
    return item.watch((value) => {
      stored.current = serialise(value);
      setDraft(value);
      if (ownWrite.current !== null && ownWrite.current === serialise(value)) {
        ownWrite.current = null;
        return;
      }
      ownWrite.current = null;
      setState({ kind: 'idle' });
      setChangedElsewhere((count) => count + 1);
    });
  }, [item]);
  const update = (next: T) => {
    setDraft(next);
    setState({ kind: 'idle' });
  };
  const save = async (value: T = draft) => {
    const problem = check(value);
    if (problem) {
      setState({ kind: 'error', message: problem });
      return false;
    }
    try {
      // Set before the write: storage may report the change before setValue resolves.
      ownWrite.current = serialise(value);
      await item.setValue(value);
      stored.current = ownWrite.current ?? serialise(value);
      setState({ kind: 'saved' });
      return true;
    } catch (error) {
      ownWrite.current = null;
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
  // Edits not saved yet: the section says so, and leaving the page asks first (QA: a brand name typed,
  // then another section's Save, then a reload lost the name without a word).
  const dirty = loaded && stored.current !== null && serialise(draft) !== stored.current;
  const key = useRef(Symbol('setting'));
  // A layout effect runs as the render is committed, before the page paints "Unsaved changes": a plain
  // effect waits for the next frame, and a close in between left without asking (CI, a flaky test).
  useLayoutEffect(() => {
    if (dirty) {
      unsaved.add(key.current);
      guardLeaving();
    } else unsaved.delete(key.current);
  }, [dirty]);
  useEffect(() => () => void unsaved.delete(key.current), []);
  const shown: SaveState = dirty && state.kind === 'idle' ? UNSAVED : state;
  return { draft, update, save, state: shown, loaded, changedElsewhere, dirty };
}

/**
 * Runs `clear` when the setting is changed elsewhere: for a section's own status line ("Added.",
 * a retention note), which speaks of this page's earlier change as useSetting's "Saved." does.
 */
export function useChangedElsewhere(setting: { changedElsewhere: number }, clear: () => void): void {
  const seen = useRef(setting.changedElsewhere);
  useEffect(() => {
    if (seen.current === setting.changedElsewhere) return;
    seen.current = setting.changedElsewhere;
    clear();
  });
}
