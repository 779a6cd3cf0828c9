import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { lazyModule, lazyUmd } from '@/utils/build/lazy-umd';

const dir = mkdtempSync(join(tmpdir(), 'lazy-umd-'));
let written = 0;

/**
 * Imports the plugin's module for `specifier` as the build would see it. The module, not its export, is
 * what the promise holds: a promise resolved with the export would read its `then`, loading the package.
 */
async function importLazy(specifier: string, file?: string): Promise<{ default: unknown }> {
  const plugin = lazyUmd(specifier, file);
  const resolved = (plugin.resolveId as (source: string) => { id: string; moduleSideEffects: boolean } | null)(specifier);
  expect(resolved?.moduleSideEffects).toBe(false);
  expect((plugin.resolveId as (source: string) => unknown)('something-else')).toBeNull();
  const code = (plugin.load as (id: string) => string | null)(resolved!.id)!;
  const path = join(dir, `module-${written++}.mjs`);
  writeFileSync(path, code);
  return (await import(/* @vite-ignore */ pathToFileURL(path).href)) as { default: unknown };
}

// A UMD build as bundlers write them, counting how often its factory runs.
const COUNTING_UMD = `!function (root, factory) {
  "object" == typeof exports && "undefined" != typeof module ? module.exports = factory() : "function" == typeof define && define.amd ? define(factory) : (root.counted = factory());
}(this, function () {
  globalThis.__factoryRuns = (globalThis.__factoryRuns ?? 0) + 1;
  const greet = (name) => "hello " + name;
  greet.version = "1.2.3";
  greet.shout = function (name) { return greet(name).toUpperCase(); };
  return greet;
});`;

describe('lazyUmd: a package run on first use', () => {
  it('runs the factory only when the export is first called or read, and once', async () => {
    const runs = () => (globalThis as { __factoryRuns?: number }).__factoryRuns ?? 0;
    const umd = join(dir, 'counting.cjs');
    writeFileSync(umd, COUNTING_UMD);
    const before = runs();
    const greet = (await importLazy('counting', umd)).default as ((name: string) => string) & { version: string; shout(name: string): string };
    expect(runs()).toBe(before);
    expect(greet('ana')).toBe('hello ana');
    expect(runs()).toBe(before + 1);
    expect(greet.version).toBe('1.2.3');
    expect(greet.shout('bo')).toBe('HELLO BO');
    expect('version' in greet).toBe(true);
    expect(runs()).toBe(before + 1);
  });

  it("compromise's tagger reads the same through it as imported directly", async () => {
    const lazy = (await importLazy('compromise/two')).default as typeof nlp;
    // Each copy of the library numbers its terms itself: the words and their tags are what must agree.
    const read = (tagger: typeof nlp, text: string) =>
      tagger(text).docs.map((sentence) => sentence.map((term) => [term.text, term.normal, [...(term.tags ?? [])].sort()]));
    for (const text of ['Brewly refused my refund for a kettle that caught fire.', "The recall notice came late, and the store's manager said nothing!!"]) {
      expect(read(lazy, text)).toEqual(read(nlp, text));
      expect(lazy(text).match('#Noun+').out('array')).toEqual(nlp(text).match('#Noun+').out('array'));
    }
    expect(Object.keys((lazy.model() as { two: { switches: object } }).two.switches).length).toBeGreaterThan(100);
  });

  it('refuses an ES module, which it could not wrap', () => {
    expect(() => lazyModule('export default 1;', 'esm-only')).toThrow(/ES module/);
    expect(lazyModule('module.exports = 1;', 'cjs')).toContain('module.exports = 1;');
  });
});
