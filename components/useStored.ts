import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

type Item<T> = WxtStorageItem<T, Record<string, unknown>>;

/** A storage item's value, live, and `before` until it has been read. */
export function useStoredFrom<T, Before>(item: Item<T>, before: Before): T | Before {
  const [value, setValue] = useState<T | Before>(before);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((next) => setValue(next ?? item.fallback));
  }, [item]);
  return value;
}

/** A storage item's current value, kept in step with the worker's writes (read-only). */
export function useStored<T>(item: Item<T>): T {
  return useStoredFrom(item, item.fallback);
}

/** The same, but null until the stored value has been read (for what must not show the fallback first). */
export function useStoredOnceRead<T>(item: Item<T>): T | null {
  return useStoredFrom(item, null);
}
