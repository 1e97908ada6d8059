/**
 * `npm run import`: a landscape.yml in the cncf/landscape format to a catalog of the map.
 *
 *   npm run import -- ../shared/data/cncf-landscape.yml --out data/landscape.yaml
 *   npm run -s import -- path/to/landscape.yml > data/landscape.yaml
 *
 * Options:
 *   --out FILE          write the catalog to FILE (only when everything succeeded); without it, stdout
 *                       (use `npm run -s` then: plain `npm run` prints its own banner on stdout)
 *   --foundation NAME   whose landscape it is, e.g. "Continuous Delivery Foundation (CDF)"; by default
 *                       read from the landscape's member or projects category ("CDF Members" → CDF)
 *   --include members   keep the organisations (members, hosting companies, partners, end users) as
 *                       entries of kind organisation
 *   --mapping FILE      subcategory-to-problem mapping (default data/landscape-problems.yaml; its header
 *                       explains the rules)
 *   --catalog FILE      the curated catalog whose article, problems and project tags are kept
 *                       (default data/catalog.yaml)
 *   --compiled          with --out x.yaml, also write x.json beside it: the catalog validated and laid
 *                       out, with the YAML's hash, which the app loads instead of parsing and laying out
 *                       while x.yaml is unchanged (what the build does for the catalogs in data/)
 *
 * The catalog goes to stdout only when everything succeeded, so a redirect never holds a partial catalog;
 * the summary (items read, imported, skipped by rule, projects per problem, time) goes to stderr. Errors
 * are printed as file:line:column and the exit code is 1. data/landscape.yaml is derived from the CNCF
 * file and is not committed. The import itself is src/lib/import/ (it runs in a browser too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { formatError, parseCatalog, type CatalogError } from '../src/lib/catalog/index.ts';
import { serializeCatalog } from '../src/lib/catalog/serializeCatalog.ts';
import { compileCatalog, compiledPath } from '../src/lib/load/compileCatalog.ts';
import { checkAccounting, formatSummary, importLandscape, loadMapping } from '../src/lib/import/index.ts';

const USAGE =
  'usage: npm run import -- path/to/landscape.yml [--out FILE] [--foundation NAME] [--include members] [--mapping FILE] [--catalog FILE] [--compiled]';

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function parseArgs(argv: string[]) {
  const options = {
    landscape: '',
    mapping: 'data/landscape-problems.yaml',
    catalog: 'data/catalog.yaml',
    members: false,
    compiled: false,
    out: '',
    foundation: undefined as string | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg];
    const value = () => inline ?? argv[++i] ?? fail([`${flag} needs a value`, USAGE]);
    if (flag === '--help' || flag === '-h') {
      console.error(USAGE);
      process.exit(0);
    } else if (flag === '--include') {
      const what = value();
      if (what !== 'members') fail([`--include takes "members", got "${what}"`, USAGE]);
      options.members = true;
    } else if (flag === '--out' || flag === '-o') options.out = value();
    else if (flag === '--compiled') options.compiled = true;
    else if (flag === '--foundation') options.foundation = value();
    else if (flag === '--mapping') options.mapping = value();
    else if (flag === '--catalog') options.catalog = value();
    else if (flag.startsWith('-')) fail([`unknown option ${flag}`, USAGE]);
    else if (options.landscape)
      fail([`one landscape file at a time (got ${options.landscape} and ${arg})`, USAGE]);
    else options.landscape = arg;
  }
  if (!options.landscape) fail(['missing the landscape file', USAGE]);
  if (options.compiled && !/\.ya?ml$/.test(options.out))
    fail(['--compiled writes x.json beside the catalog: it needs --out x.yaml', USAGE]);
  return options;
}

/** The file as text, or a positioned error (unreadable, not UTF-8). */
function readText(path: string): string {
  const name = relative(process.cwd(), path) || path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail([
      `${name}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const before = text.slice(0, bad);
    const error: CatalogError = {
      file: name,
      line: before.split('\n').length,
      column: bad - before.lastIndexOf('\n'),
      path: '',
      message: 'the file is not valid UTF-8 text; save it as UTF-8',
    };
    return fail([formatError(error)]);
  }
}

function printErrors(errors: CatalogError[]): never {
  return fail(errors.map(formatError));
}
const nameOf = (path: string) => relative(process.cwd(), path) || path;

const options = parseArgs(process.argv.slice(2));
const started = performance.now();

const bundled = parseCatalog(readText(options.catalog), nameOf(options.catalog));
if (!bundled.ok) printErrors(bundled.errors);
const mapping = loadMapping(readText(options.mapping), bundled.catalog, nameOf(options.mapping));
if (!mapping.ok) printErrors(mapping.errors);

const source = readText(options.landscape);
const importStarted = performance.now();
const result = importLandscape(source, {
  bundled: bundled.catalog,
  mapping: mapping.mapping,
  includeMembers: options.members,
  file: nameOf(options.landscape),
  ...(options.foundation ? { foundation: options.foundation } : {}),
});
if (!result.ok) printErrors(result.errors);
const importMs = performance.now() - importStarted;
const { catalog, summary } = result;
const accounting = checkAccounting(summary);
if (accounting) fail([`${nameOf(options.landscape)}: ${accounting}`]);

const yaml = serializeCatalog(catalog, {
  comment: [
    `Generated by \`npm run import -- ${basename(options.landscape)}${options.members ? ' --include members' : ''}\`:`,
    'do not edit, regenerate. Not committed (.gitignore).',
    `Source: ${basename(options.landscape)}, a landscape.yml of ${summary.foundation.name} in the cncf/landscape`,
    'format (https://github.com/cncf/landscape), landscape data licensed Apache-2.0 and also offered under',
    `CC-BY-4.0. The curated problems and projects' descriptions come from ${options.catalog}; the mapping`,
    `from ${options.mapping}. Descriptions marked "Use case, as the landscape summarises it" are the`,
    "landscape's extra.summary_use_case.",
  ].join('\n'),
});
const elapsed = performance.now() - started;

for (const line of formatSummary(summary)) console.error(line);
console.error(
  `time: ${Math.round(elapsed)} ms in all, of which the import (parse, map, validate) ${Math.round(importMs)} ms`,
);
function write(path: string, text: string) {
  try {
    writeFileSync(path, text);
  } catch (error) {
    fail([`${path}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
}

/** The compiled form of exactly the bytes written: the app's parser reads them back, validated, then laid out. */
function compiled(out: string): string {
  const bytes = new TextEncoder().encode(yaml);
  const read = parseCatalog(bytes, nameOf(out));
  if (!read.ok) printErrors(read.errors);
  return JSON.stringify(compileCatalog(bytes, basename(out), read.catalog));
}

if (options.out) {
  // Compiled first, so that a failure leaves neither file half-written.
  const json = options.compiled ? compiled(options.out) : undefined;
  write(options.out, yaml);
  console.error(
    `wrote ${nameOf(options.out)}: ${catalog.projects.length} projects, ${catalog.problems.length} problems`,
  );
  if (json !== undefined) {
    write(compiledPath(options.out), json);
    console.error(
      `wrote ${nameOf(compiledPath(options.out))}: compiled (validated, laid out), used while ${basename(options.out)} is unchanged`,
    );
  }
} else process.stdout.write(yaml);
