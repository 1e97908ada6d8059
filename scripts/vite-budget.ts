/**
 * Vite plugin: after a build, print what each page downloads before it can
 * show the map (its entry chunk, every chunk it imports statically, and their
 * CSS), gzip-compressed, and fail the build when a page is over its budget.
 * A chunk the page imports dynamically but always, on its way to the map
 * (the app's explorer, split off so that its code is evaluated in a task of
 * its own), counts as part of it: name it in `firstView`. Chunks loaded on
 * demand (search for the embed, the YAML parser for a catalog without
 * prebuilt JSON, the embed's live map behind its static picture) are listed
 * apart, each with the chunks it brings.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { Rollup } from 'vite';
import { chunkName, cssOf, firstViewChunks, type FirstView } from './firstViewChunks.ts';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

export interface Budgets {
  /** Entry chunk name (the HTML input's key) → kB gzip. */
  [entry: string]: number;
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

function gzipSize(source: string | Uint8Array): number {
  return gzipSync(source, { level: 9 }).byteLength;
}

export function bundleBudget(budgets: Budgets, firstView: FirstView = {}): Plugin {
  return {
    name: 'cloud-native-map:bundle-budget',
    apply: 'build',
    writeBundle(_options, bundle: OutputBundle) {
      const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
      const over: string[] = [];
      for (const entry of chunks.filter((c) => c.isEntry)) {
        const { files: seen, missing } = firstViewChunks(bundle, entry, firstView[entry.name]);
        if (missing.length > 0) over.push(`${entry.name} imports no chunk named ${missing.join(', ')}`);
        let js = 0;
        let css = 0;
        for (const file of seen) js += gzipSize((bundle[file] as OutputChunk).code);
        const cssFiles = cssOf(bundle, seen);
        for (const file of cssFiles) {
          const asset = bundle[file];
          if (asset?.type === 'asset') css += gzipSize(asset.source);
        }
        const lazy = new Set<string>();
        for (const file of seen)
          for (const name of (bundle[file] as OutputChunk).dynamicImports) lazy.add(name);
        // A chunk loaded on demand, with the chunks it needs that the first view has not loaded already.
        const closure = (name: string, into = new Set<string>()): Set<string> => {
          if (seen.has(name) || into.has(name)) return into;
          into.add(name);
          for (const next of (bundle[name] as OutputChunk).imports) closure(next, into);
          return into;
        };
        const lazyBytes = [...lazy]
          .filter((name) => !seen.has(name))
          .map((name) => {
            const bytes = [...closure(name)].reduce(
              (sum, file) => sum + gzipSize((bundle[file] as OutputChunk).code),
              0,
            );
            return `${chunkName(name)} ${kB(bytes)} kB`;
          });
        const total = js + css;
        const budget = budgets[entry.name];
        const verdict =
          budget === undefined
            ? ''
            : total / 1024 <= budget
              ? ` (budget ${budget} kB: ok)`
              : ` (budget ${budget} kB: OVER)`;
        console.log(
          `\n${entry.name}: ${kB(total)} kB gzip to show the map = ${kB(js)} kB JS + ${kB(css)} kB CSS${verdict}` +
            (lazyBytes.length ? `\n  loaded on demand: ${lazyBytes.join(', ')}` : ''),
        );
        if (budget !== undefined && total / 1024 > budget)
          over.push(`${entry.name} is ${kB(total)} kB, over its ${budget} kB budget`);
      }
      if (over.length > 0) throw new Error(over.join('; '));
    },
  };
}
