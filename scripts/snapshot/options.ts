/** The snapshot command's options: parsed and checked against the catalog, every mistake a CliError. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  formatError,
  MATURITIES,
  parseCatalog,
  type Catalog,
  type Maturity,
} from '../../src/lib/catalog/index.ts';
import { ARTICLE_NODE_ID, paramToNodeId, problemIdOf, projectNodeId } from '../../src/lib/graph/nodeIds.ts';
import type { StaticView } from '../../src/lib/render/index.ts';
import { isIsoDate } from '../../src/lib/catalog/isoDate.ts';
import { buildTour } from '../../src/lib/view/tour.ts';

export const USAGE =
  'usage: npm run snapshot -- [--problem ID,ID] [--maturity M,M] [--article] [--q TEXT] [--select ID] [--tour N] [--at YYYY-MM-DD]' +
  ' [--theme light|dark] [--width PX] [--height PX] [--catalog FILE] [--out PATH] [--svg-only]';

/** A bad option or value: its lines go to stderr, and the command exits with `code` before writing anything. */
export class CliError extends Error {
  readonly lines: string[];
  readonly code: number;
  constructor(lines: string[], code = 1) {
    super(lines.join('\n'));
    this.lines = lines;
    this.code = code;
  }
}

function fail(...lines: string[]): never {
  throw new CliError(lines);
}

const csv = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function pixels(flag: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 120 || value > 10000)
    fail(`${flag} takes whole pixels from 120 to 10000, got "${text}"`);
  return value;
}

export function parseSnapshotArgs(argv: string[]) {
  const options = {
    catalog: 'data/catalog.yaml',
    out: 'snapshots/map',
    width: 1200,
    height: 800,
    svgOnly: false,
  };
  const view: StaticView & { problems: string[] } = { theme: 'light', problems: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg];
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`, USAGE);
    if (flag === '--help' || flag === '-h') {
      throw new CliError([USAGE], 0);
    } else if (flag === '--problem') view.problems.push(...csv(value()));
    else if (flag === '--maturity') {
      const maturities = csv(value());
      const bad = maturities.find((m) => !(MATURITIES as readonly string[]).includes(m));
      if (bad !== undefined) fail(`--maturity takes ${MATURITIES.join(', ')}; got "${bad}"`);
      view.maturities = maturities as Maturity[];
    } else if (flag === '--article') view.article = true;
    else if (flag === '--q') view.q = value();
    else if (flag === '--select') view.select = value();
    else if (flag === '--tour') {
      const step = value();
      if (!/^[1-9]\d{0,2}$/.test(step)) fail(`--tour takes a step number from 1, got "${step}"`);
      view.tour = Number(step);
    } else if (flag === '--at') {
      const day = value();
      if (!isIsoDate(day)) fail(`--at takes a day written YYYY-MM-DD, got "${day}"`);
      view.at = day;
    } else if (flag === '--theme') {
      const theme = value();
      if (theme !== 'light' && theme !== 'dark') fail(`--theme takes light or dark, got "${theme}"`);
      view.theme = theme;
    } else if (flag === '--width') options.width = pixels(flag, value());
    else if (flag === '--height') options.height = pixels(flag, value());
    else if (flag === '--catalog') options.catalog = value();
    else if (flag === '--out') options.out = value().replace(/\.(svg|png)$/, '');
    else if (flag === '--svg-only') options.svgOnly = true;
    else fail(`unknown option ${arg}`, USAGE);
  }
  return { ...options, view };
}

export function loadCatalog(file: string): Catalog {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const result = parseCatalog(bytes, relative(process.cwd(), file) || file);
  if (!result.ok) fail(...result.errors.map(formatError));
  return result.catalog;
}

/** Values that need the catalog: a typo is an error here, where the embed would quietly drop it. */
export function checkView(catalog: Catalog, view: StaticView & { problems: string[] }): void {
  const problems = new Set(catalog.problems.map((p) => p.id));
  const unknown = view.problems.find((id) => !problems.has(id));
  if (unknown !== undefined)
    fail(`--problem: no problem "${unknown}" in the catalog; its problems are ${[...problems].join(', ')}`);
  const select = view.select;
  if (select) {
    const nodeId = paramToNodeId(select);
    const known =
      nodeId === ARTICLE_NODE_ID ||
      problems.has(problemIdOf(nodeId ?? '') ?? '') ||
      catalog.projects.some((p) => projectNodeId(p.id) === nodeId);
    if (!known) fail(`--select: "${select}" names no project, problem:ID or article in the catalog`);
  }
  if (view.at && !catalog.projects.some((p) => p.dates?.accepted))
    fail(`--at: the catalog records no dates, so it cannot be shown as on ${view.at}`);
  const steps = buildTour(catalog).length;
  if (view.tour && view.tour > steps)
    fail(`--tour ${view.tour} is past the end: the tour has ${steps} steps`);
}
