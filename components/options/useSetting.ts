import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import type { SaveState } from './fields';

/**
 * A settings item as an editable draft: loaded once, saved on request, kept in step when another
 * page changes it. `check` returns a problem to show instead of saving.
 */
export function useSetting<T>(item: WxtStorageItem<T, Record<string, unknown>>, check: (value: T) => string | null = () => null) {
  const [draft, setDraft] = useState<T>(item.fallback);
  const [loaded, setLoaded] = useState(false);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => {
    void item.getValue().then((value) => {
      setDraft(value);
      setLoaded(true);
    });
    return item.watch((value) => setDraft(value));
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
      await item.setValue(value);
      setState({ kind: 'saved' });
      return true;
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
  return { draft, update, save, state, loaded };
}
