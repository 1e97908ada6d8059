/**
 * The app's JS and CSS as a browser downloads them, gzipped (node:zlib, level 9): what index.html
 * loads at once (its scripts, module preloads and stylesheets, and every chunk they import statically),
 * then what it may load later (dynamic imports, Worker scripts), found by following the file names the
 * chunks mention. The embed's own entry (embed.html) is not counted.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** gzip bytes of what index.html loads before the app runs. */
  initialJs: number;
  initialCss: number;
  /** gzip bytes of every JS and CSS file reachable from index.html, lazy chunks included. */
  allJs: number;
  allCss: number;
  files: Array<{ file: string; raw: number; gzip: number; initial: boolean }>;
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).byteLength;
/** File names a chunk or page mentions: "./x.js", "assets/x.css", or a bare `x.js` as in new URL(`x.js`, import.meta.url) for a Worker. */
const refs = (text: string) =>
  [...text.matchAll(/["'`](?:\.\/|\.\/assets\/|assets\/)?([\w.-]+\.(?:js|css))["'`]/g)].map((m) => m[1]!);

export function bundleSizes(siteDir: string): BundleSizes {
  const assets = join(siteDir, 'assets');
  const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const present = new Set(existsSync(assets) ? readdirSync(assets) : []);
  const initial = new Set(refs(html).filter((f) => present.has(f)));
  // Static imports of the initial chunks load at once too; Vite lists them as modulepreload, but follow them anyway.
  const reach = (start: Iterable<string>, followLazy: boolean) => {
    const seen = new Set(start);
    const queue = [...seen];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (!file.endsWith('.js')) continue;
      const text = readFileSync(join(assets, file), 'utf8');
      const found = followLazy
        ? refs(text)
        : [...text.matchAll(/(?:import|from)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]!);
      for (const ref of found) {
        if (present.has(ref) && !seen.has(ref)) {
          seen.add(ref);
          queue.push(ref);
        }
      }
    }
    return seen;
  };
  const atOnce = reach(initial, false);
  const all = reach(initial, true);
  const files = [...all].sort().map((file) => ({
    file,
    raw: readFileSync(join(assets, file)).byteLength,
    gzip: gz(join(assets, file)),
    initial: atOnce.has(file),
  }));
  const sum = (ext: string, onlyInitial: boolean) =>
    files.filter((f) => f.file.endsWith(ext) && (!onlyInitial || f.initial)).reduce((a, f) => a + f.gzip, 0);
  return {
    initialJs: sum('.js', true),
    initialCss: sum('.css', true),
    allJs: sum('.js', false),
    allCss: sum('.css', false),
    files,
  };
}
