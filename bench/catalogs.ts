/**
 * The catalogs the benchmark measures, written next to the app in the served folder: the bundled
 * catalog, the CNCF landscape imported without and with members (from ../shared/data/cncf-landscape.yml,
 * through `npm run import`), or a synthetic 2,400-project catalog when that file is absent, and a
 * synthetic catalog at the documented size limit (LIMITS.projects). The imported files derive from the
 * CNCF file and live only in the temporary folder, never in data/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog } from '../src/lib/catalog/index.ts';
import { buildGraph } from '../src/lib/graph/buildGraph.ts';
import { ticksFor } from '../src/lib/graph/layout.ts';
import { LIMITS } from '../src/lib/catalog/limits.ts';
import { syntheticCatalogYaml } from './syntheticCatalog.ts';

export const LANDSCAPE = join(
  new URL('..', import.meta.url).pathname,
  '..',
  'shared',
  'data',
  'cncf-landscape.yml',
);

/** What a catalog stands for in the targets: the bundled one, an imported landscape, the size limit. */
export type CatalogRole = 'bundled' | 'import' | 'limit';

export interface BenchCatalog {
  /** Short name for tables: bundled, cncf, cncf+members, synthetic-2400, synthetic-5000. */
  label: string;
  role: CatalogRole;
  /** File name next to index.html. */
  file: string;
  projects: number;
  nodes: number;
  links: number;
  /** Our layout's tick count for this graph, which force-graph's warm-up setting copies. */
  warmupTicks: number;
  /** Node ids (buildGraph order) to hover, the same in both apps. */
  hoverTargets: Array<{ id: string; index: number }>;
  /** Node ids to hover in the embed: the problems its query names, and projects that solve them. */
  embedHoverTargets: string[];
  /** Served with its compiled form (`npm run import -- --compiled`) beside it. */
  compiled?: boolean;
}

/** The problem ids an embed query names (`problem=a,b`), none when it names none. */
export function embedProblems(query: string): string[] {
  const value = new URLSearchParams(query).get('problem') ?? '';
  return value.split(',').filter((id) => id !== '');
}

function describe(
  dir: string,
  label: string,
  file: string,
  role: CatalogRole,
  embedQuery: string,
): BenchCatalog {
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
  const wanted = new Set(embedProblems(embedQuery));
  const shown = (n: { key: string }) => wanted.size === 0 || wanted.has(n.key);
  const inEmbed = projects.filter((n) => n.problems.some((i) => shown(graph.nodes[i]!)));
  const embedPicks = [
    ...problems.filter(shown).slice(0, 3),
    ...[0.1, 0.3, 0.5, 0.7, 0.9].flatMap((f) => inEmbed[Math.floor(f * inEmbed.length)] ?? []),
  ];
  return {
    label,
    role,
    file,
    projects: result.catalog.projects.length,
    nodes: graph.nodes.length,
    links: graph.links.length,
    warmupTicks: ticksFor(graph.nodes.length),
    hoverTargets: picks.map((n) => ({ id: n.id, index: n.index })),
    embedHoverTargets: [...new Set(embedPicks.map((n) => n.id))],
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

export interface CatalogChoice {
  /** A synthetic 2,400-project catalog instead of the CNCF imports. */
  synthetic: boolean;
  /** Projects in the synthetic catalog at the size limit (0: none). */
  limitProjects: number;
  /** The embed's query, for its hover targets. */
  embedQuery: string;
  /** Labels to generate (null: all); `synthetic` stands for every synthetic-N. */
  only: string[] | null;
}

/** Whether a catalog label is among those asked for: `synthetic` names every synthetic-N. */
export const wanted = (only: string[] | null, label: string) =>
  !only || only.includes(label) || only.includes(label.replace(/-\d+$/, ''));

export const DEFAULT_LIMIT_PROJECTS = LIMITS.projects;

export function generateCatalogs(dir: string, choice: CatalogChoice): BenchCatalog[] {
  const { synthetic: forceSynthetic, embedQuery, only } = choice;
  const catalogs = [describe(dir, 'bundled', 'catalog.yaml', 'bundled', embedQuery)];
  if (!forceSynthetic && existsSync(LANDSCAPE)) {
    if (wanted(only, 'cncf')) {
      console.error(`bench: importing ${LANDSCAPE}`);
      writeFileSync(join(dir, 'landscape.yaml'), runImport([]));
      catalogs.push(describe(dir, 'cncf', 'landscape.yaml', 'import', embedQuery));
    }
    if (wanted(only, 'cncf+members')) {
      console.error(`bench: importing ${LANDSCAPE} with members`);
      writeFileSync(join(dir, 'landscape-members.yaml'), runImport(['--include', 'members']));
      catalogs.push(describe(dir, 'cncf+members', 'landscape-members.yaml', 'import', embedQuery));
    }
    // The same import as a deployer would serve it: with its compiled form beside it (`--compiled`), which
    // the app reads instead of parsing and laying out while the YAML's hash matches.
    if (wanted(only, 'cncf+members-compiled')) {
      console.error(`bench: importing ${LANDSCAPE} with members, compiled`);
      const out = join(dir, 'landscape-members-compiled.yaml');
      runImport(['--include', 'members', '--out', out, '--compiled']);
      catalogs.push({
        ...describe(dir, 'cncf+members-compiled', 'landscape-members-compiled.yaml', 'import', embedQuery),
        compiled: true,
      });
    }
  } else {
    console.error(
      forceSynthetic
        ? 'bench: --synthetic: measuring a synthetic 2,400-project catalog instead of the CNCF import'
        : `bench: ${LANDSCAPE} is absent, so the CNCF landscape cannot be imported; ` +
            'measuring a synthetic 2,400-project catalog (bench/syntheticCatalog.ts) instead',
    );
    writeFileSync(join(dir, 'synthetic-2400.yaml'), syntheticCatalogYaml(2400, 1));
    catalogs.push(describe(dir, 'synthetic-2400', 'synthetic-2400.yaml', 'import', embedQuery));
  }
  const n = choice.limitProjects;
  if (n > 0 && wanted(only, `synthetic-${n}`)) {
    console.error(
      `bench: a synthetic ${n.toLocaleString('en')}-project catalog (the size limit is ${LIMITS.projects.toLocaleString('en')})`,
    );
    writeFileSync(join(dir, `synthetic-${n}.yaml`), syntheticCatalogYaml(n, 1));
    catalogs.push(describe(dir, `synthetic-${n}`, `synthetic-${n}.yaml`, 'limit', embedQuery));
  }
  return catalogs.filter((c) => wanted(only, c.label));
}
