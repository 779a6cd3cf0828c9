// The learned readers' unit tests (learned-*.test.ts): a reader as shipped, and analyze() with it switched off.
import { afterEach } from 'vitest';
import { analyze } from '@/utils/analysis';
import { loadReader, type LoadedReader, type ReaderFile } from '@/utils/analysis/learned-reader';

/**
 * Decodes a reader's shipped file, puts the reader back after each test (a test may switch in another), and gives
 * analyze() without it: what the post reads as when the reader is not asked.
 */
export function shippedReader(file: unknown, use: (model: LoadedReader | undefined) => void) {
  const shipped = loadReader(file as ReaderFile);
  afterEach(() => use(shipped));
  const without = (text: string) => {
    use(undefined);
    try {
      return analyze(text);
    } finally {
      use(shipped);
    }
  };
  return { shipped, without };
}
