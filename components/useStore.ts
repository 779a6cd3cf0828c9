import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/** Preact binding for a zustand vanilla store: re-renders when the selected slice changes. */
export function useStore<S, T>(store: StoreApi<S>, select: (state: S) => T): T {
  const [slice, setSlice] = useState(() => select(store.getState()));
  useEffect(() => {
    setSlice(() => select(store.getState()));
    return store.subscribe((state) => setSlice(() => select(state)));
    // The selector is expected to be stable for a given component.
  }, [store]);
  return slice;
}
