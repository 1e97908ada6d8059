/**
 * The catalogs the benchmark measures, written next to the app in the served folder: the bundled
 * catalog, the CNCF landscape imported without and with members (from ../shared/data/cncf-landscape.yml,
 * through `npm run import`), or a synthetic 2,400-project catalog when that file is absent. The imported
 * files derive from the CNCF file and live only in the temporary folder, never in data/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog } from '../src/lib/catalog/index.ts';
import { buildGraph } from '../src/lib/graph/buildGraph.ts';
import { ticksFor } from '../src/lib/graph/layout.ts';
import { syntheticCatalogYaml } from './syntheticCatalog.ts';

export const LANDSCAPE = join(
  new URL('..', import.meta.url).pathname,
  '..',
  'shared',
  'data',
  'cncf-landscape.yml',
);

export interface BenchCatalog {
  /** Short name for tables: bundled, cncf, cncf+members, synthetic. */
  label: string;
  /** File name next to index.html. */
  file: string;
  projects: number;
  nodes: number;
  links: number;
  /** Our layout's tick count for this graph, which force-graph's warm-up setting copies. */
  warmupTicks: number;
  /** Node ids (buildGraph order) to hover, the same in both apps. */
  hoverTargets: Array<{ id: string; index: number }>;
}

function describe(dir: string, label: string, file: string): BenchCatalog {
  const result = parseCatalog(readFileSync(join(dir, file)), file);
  if (!result.ok)
    throw new Error(`bench: ${file} is not a valid catalog: ${result.errors[0]?.message ?? ''}`);
  const graph = buildGraph(result.catalog);
  const problems = graph.nodes.filter((n) => n.kind === 'problem');
  const projects = graph.nodes.filter((n) => n.kind === 'project');
  const picks = [
    graph.nodes[0]!,
    ...[0, 0.3, 0.6].map((f) => problems[Math.floor(f * problems.length)]!),
    ...[0.1, 0.3, 0.5, 0.7, 0.9].map((f) => projects[Math.floor(f * projects.length)]!),
  ];
  return {
    label,
    file,
    projects: result.catalog.projects.length,
    nodes: graph.nodes.length,
    links: graph.links.length,
    warmupTicks: ticksFor(graph.nodes.length),
    hoverTargets: picks.map((n) => ({ id: n.id, index: n.index })),
  };
}

function runImport(extra: string[]): string {
  return execFileSync('npx', ['tsx', 'scripts/import.ts', LANDSCAPE, ...extra], {
    cwd: join(new URL('..', import.meta.url).pathname),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function generateCatalogs(dir: string, forceSynthetic: boolean): BenchCatalog[] {
  const catalogs = [describe(dir, 'bundled', 'catalog.yaml')];
  if (!forceSynthetic && existsSync(LANDSCAPE)) {
    console.error(`bench: importing ${LANDSCAPE} (without and with members)`);
    writeFileSync(join(dir, 'landscape.yaml'), runImport([]));
    writeFileSync(join(dir, 'landscape-members.yaml'), runImport(['--include', 'members']));
    catalogs.push(
      describe(dir, 'cncf', 'landscape.yaml'),
      describe(dir, 'cncf+members', 'landscape-members.yaml'),
    );
  } else {
    console.error(
      forceSynthetic
        ? 'bench: --synthetic: measuring a synthetic 2,400-project catalog instead of the CNCF import'
        : `bench: ${LANDSCAPE} is absent, so the CNCF landscape cannot be imported; ` +
            'measuring a synthetic 2,400-project catalog (bench/syntheticCatalog.ts) instead',
    );
    writeFileSync(join(dir, 'synthetic-2400.yaml'), syntheticCatalogYaml(2400, 1));
    catalogs.push(describe(dir, 'synthetic', 'synthetic-2400.yaml'));
  }
  return catalogs;
}
