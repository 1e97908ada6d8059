/**
 * Bundles what the benchmark loads besides the app: the instrument injected into every page, and the
 * force-graph and probe pages (written to <site>/bench/, next to the app so they fetch the same catalogs).
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = (file: string) => new URL(file, import.meta.url).pathname;

async function bundle(entry: string, format: 'esm' | 'iife', outfile?: string): Promise<string> {
  const result = await build({
    entryPoints: [here(entry)],
    bundle: true,
    format,
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
    legalComments: 'none',
  });
  const text = result.outputFiles[0]!.text;
  if (outfile) writeFileSync(outfile, text);
  return text;
}

const page = (title: string, script: string, body = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <style>html, body { margin: 0; padding: 0; overflow: hidden; background: #fff; }</style>
  </head>
  <body>
    ${body}
    <script type="module" src="./${script}"></script>
  </body>
</html>
`;

/** Writes the pages into <siteDir>/bench/ and returns the instrument's source, for addInitScript. */
export async function buildPages(siteDir: string): Promise<string> {
  const dir = join(siteDir, 'bench');
  mkdirSync(dir, { recursive: true });
  const [instrument] = await Promise.all([
    bundle('./inpage/instrument.ts', 'iife'),
    bundle('./pages/forceGraphPage.ts', 'esm', join(dir, 'force-graph.js')),
    bundle('./pages/probePage.ts', 'esm', join(dir, 'probe.js')),
  ]);
  writeFileSync(
    join(dir, 'force-graph.html'),
    page('force-graph', 'force-graph.js', '<div id="graph"></div>'),
  );
  writeFileSync(join(dir, 'probe.html'), page('probe', 'probe.js'));
  return instrument;
}
