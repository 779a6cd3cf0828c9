// Build-time only (wxt.config.ts): a package's UMD build served as a module that runs its factory on
// first use, not when the bundle starts. Bundles here are single scripts (a service worker may not
// import() a chunk later), so every module of a bundle otherwise runs at start.
//
// Why: compromise's tagger builds its lexicon when its module runs, about half of the service worker's
// start (node: 450 → 225 ms of the worker's script; Chromium: about 0.35 s of each start). The worker
// is stopped after 30 s idle and started again by the next message or alarm, yet it tags only to say
// what an alert is about. Unit tests and scripts import the package itself; only the extension's
// bundles get this module.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const PREFIX = '\0lazy-umd:';

/**
 * Resolves `specifier` to its CommonJS/UMD build and wraps that in a function run on first use. The
 * module's default export stands for the package's default export (a function with properties, such
 * as compromise's `nlp`): calling it or reading one of its properties loads the package, once.
 */
export function lazyUmd(specifier: string, file = createRequire(import.meta.url).resolve(specifier)): Plugin {
  return {
    name: 'firebreak:lazy-umd',
    enforce: 'pre',
    resolveId(source) {
      // No side effects: a bundle that imports the package but never calls it (the content script) leaves it out.
      return source === specifier ? { id: PREFIX + specifier, moduleSideEffects: false } : null;
    },
    load(id) {
      return id === PREFIX + specifier ? lazyModule(readFileSync(file, 'utf8'), specifier) : null;
    },
  };
}

/** The module's code: `umd` runs in a function of its own with `module` and `exports`, as CommonJS would. */
export function lazyModule(umd: string, specifier: string): string {
  if (/^\s*(?:import|export)\s/m.test(umd)) throw new Error(`lazyUmd: ${specifier} resolved to an ES module, not a CommonJS/UMD build.`);
  return `let loaded;
function load() {
  if (loaded === undefined) {
    const module = { exports: {} };
    (function (module, exports, define) {
${umd}
    })(module, module.exports, undefined);
    loaded = module.exports && module.exports.__esModule ? module.exports.default : module.exports;
  }
  return loaded;
}
export default /* @__PURE__ */ new Proxy(function lazy() {}, {
  apply: (_target, self, args) => Reflect.apply(load(), self, args),
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
});
`;
}
