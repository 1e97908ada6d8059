/**
 * Which chunks a page needs before it shows the map: its entry chunk, every chunk it imports
 * statically, and the chunks it imports dynamically but always on its way to the map (the app's
 * explorer, split off so that its code is evaluated in a task of its own), with theirs. The bundle
 * budget counts these; the first-view preload asks for them from the HTML.
 */
import type { Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** Entry chunk name → names of the chunks it imports dynamically on its way to the map. */
export type FirstView = Record<string, string[]>;

/** "assets/Explorer-B9EatHAq.js" → "Explorer". */
export const chunkName = (fileName: string) =>
  fileName.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');

export interface FirstViewChunks {
  /** File names of the chunks, the entry's first. */
  files: Set<string>;
  /** Names in `always` that the entry does not import. */
  missing: string[];
}

export function firstViewChunks(
  bundle: OutputBundle,
  entry: OutputChunk,
  always: string[] = [],
): FirstViewChunks {
  const files = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(entry);
  for (const file of [...files])
    for (const name of (bundle[file] as OutputChunk).dynamicImports)
      if (always.includes(chunkName(name)) && bundle[name]?.type === 'chunk')
        visit(bundle[name] as OutputChunk);
  const missing = always.filter((name) => ![...files].some((file) => chunkName(file) === name));
  return { files, missing };
}

/** The CSS files Vite split off the chunks' components. */
export function cssOf(bundle: OutputBundle, files: Iterable<string>): Set<string> {
  const css = new Set<string>();
  for (const file of files) {
    const chunk = bundle[file] as OutputChunk & { viteMetadata?: { importedCss: Set<string> } };
    chunk.viteMetadata?.importedCss.forEach((name) => css.add(name));
  }
  return css;
}
