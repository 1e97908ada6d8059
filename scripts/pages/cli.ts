/**
 * `npm run pages -- catalog.yaml --out dir [--site-url URL]`: the static pages of any catalog (an
 * imported landscape, your own), the same files `npm run build` writes for data/catalog.yaml. Point
 * --out at a built dist/ to serve them next to the app; the catalog is copied in as catalog.yaml, so
 * the app, the data page and the pages all show that catalog.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { formatError, parseCatalog } from '../../src/lib/catalog/index.ts';
import { normaliseSiteUrl } from '../../src/lib/pages/index.ts';
import { buildSite } from './buildSite.ts';

const USAGE = 'usage: npm run pages -- CATALOG.yaml --out DIR [--site-url https://example.org/map/]';

function fail(...lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function parseArgs(argv: string[]) {
  let catalog: string | undefined;
  let out: string | undefined;
  let siteUrl: string | null = process.env.SITE_URL || null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg];
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`, USAGE);
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === '--out') out = value();
    else if (flag === '--site-url') siteUrl = value();
    else if (flag.startsWith('--')) fail(`unknown option ${arg}`, USAGE);
    else if (catalog === undefined) catalog = arg;
    else fail(`one catalog at a time; got "${catalog}" and "${arg}"`, USAGE);
  }
  if (!catalog) fail('which catalog? Give the YAML file first.', USAGE);
  if (!out) fail('where to? Give --out DIR.', USAGE);
  try {
    return { catalog, out, siteUrl: siteUrl ? normaliseSiteUrl(siteUrl) : null };
  } catch (error) {
    fail((error as Error).message);
  }
}

const args = parseArgs(process.argv.slice(2));
let bytes: Buffer;
try {
  bytes = readFileSync(args.catalog);
} catch (error) {
  fail(`${args.catalog}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}
const result = parseCatalog(bytes, relative(process.cwd(), args.catalog) || args.catalog);
if (!result.ok) fail(...result.errors.map(formatError));

const site = await buildSite(result.catalog, args.siteUrl);
for (const [path, content] of site.files) {
  const file = join(args.out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
writeFileSync(join(args.out, 'catalog.yaml'), bytes);
const favicon = new URL('../../public/favicon.svg', import.meta.url);
if (existsSync(favicon)) copyFileSync(favicon, join(args.out, 'favicon.svg'));
for (const note of site.notes) console.log(note);
console.log(`wrote ${site.files.size + 2} files to ${args.out}`);
