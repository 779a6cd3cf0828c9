import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A storage item's current value, kept in step with the worker's writes (read-only). */
export function useStored<T>(item: WxtStorageItem<T, Record<string, unknown>>): T {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((next) => setValue(next ?? item.fallback));
  }, [item]);
  return value;
}
