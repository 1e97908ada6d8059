/**
 * Vite plugin: the static fallback, drawn at build time. Next to index.html the build gets
 *
 *   snapshots/map.svg            the whole bundled catalog, light
 *   snapshots/map-dark.svg       the same, dark
 *   snapshots/problem-<id>.svg   each problem of data/catalog.yaml and its projects, light
 *
 * so any static host serves a picture of the map without JavaScript: for <noscript>, RSS readers and
 * the embed snippet's fallback image. The dev server draws the same files on request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatError, parseCatalog, type Catalog } from '../src/lib/catalog/index.ts';
import { buildGraph } from '../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../src/lib/graph/layout.ts';
import { renderMapSvg } from '../src/lib/render/index.ts';

/** Sizes in CSS pixels: the whole map for a page, a problem for a blog column. */
export const MAP_SIZE = { width: 1200, height: 800 };
export const PROBLEM_SIZE = { width: 800, height: 560 };
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function loadCatalog(dataDir: string): Catalog {
  const result = parseCatalog(readFileSync(join(dataDir, 'catalog.yaml')), 'data/catalog.yaml');
  if (!result.ok) {
    throw new Error(
      `data/catalog.yaml is not a valid catalog:\n${result.errors.map(formatError).join('\n')}`,
    );
  }
  return result.catalog;
}

interface Snapshot {
  /** File name under snapshots/. */
  file: string;
  render: () => string;
}

/** Every snapshot of a catalog, drawn only when asked; the two whole maps share one layout. */
export function snapshotsOf(catalog: Catalog): Snapshot[] {
  let shared: { graph: ReturnType<typeof buildGraph>; layout: ReturnType<typeof computeLayout> } | undefined;
  const whole = () => {
    if (!shared) {
      const graph = buildGraph(catalog);
      shared = { graph, layout: computeLayout(graph) };
    }
    return shared;
  };
  const maps = (['light', 'dark'] as const).map((theme) => ({
    file: theme === 'light' ? 'map.svg' : 'map-dark.svg',
    render: () => renderMapSvg({ catalog, ...whole(), view: { theme }, ...MAP_SIZE }),
  }));
  // parseCatalog insists on slug ids; checked again so that no id can make a path out of snapshots/.
  const problems = catalog.problems
    .filter((problem) => SLUG.test(problem.id))
    .map((problem) => ({
      file: `problem-${problem.id}.svg`,
      render: () =>
        renderMapSvg({ catalog, view: { theme: 'light', problems: [problem.id] }, ...PROBLEM_SIZE }),
    }));
  return [...maps, ...problems];
}

export function snapshots(dataDir: string): Plugin {
  return {
    name: 'cloud-native-map:snapshots',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/snapshots\/([a-z0-9-]+\.svg)$/.exec((req.url ?? '').split('?')[0]!);
        const snapshot = match && snapshotsOf(loadCatalog(dataDir)).find((s) => s.file === match[1]);
        if (!snapshot) return next();
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(snapshot.render());
      });
    },
    generateBundle() {
      const started = performance.now();
      const files = snapshotsOf(loadCatalog(dataDir));
      let bytes = 0;
      for (const { file, render } of files) {
        const source = render();
        bytes += Buffer.byteLength(source);
        this.emitFile({ type: 'asset', fileName: `snapshots/${file}`, source });
      }
      const ms = Math.round(performance.now() - started);
      console.log(`snapshots: ${files.length} SVGs, ${(bytes / 1024).toFixed(1)} kB, drawn in ${ms} ms`);
    },
  };
}
