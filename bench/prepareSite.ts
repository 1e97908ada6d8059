/**
 * The folder the benchmark serves, in a temporary directory so it never touches dist/ or data/ while
 * others work in the checkout: the app's build (dist/ when it is up to date, otherwise a fresh
 * `vite build` into the temporary folder), the catalogs to measure next to it, and the bench pages.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCatalogs, type BenchCatalog, type CatalogChoice } from './catalogs.ts';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');

export interface Site {
  dir: string;
  /** How the app got there, for the report. */
  build: string;
  catalogs: BenchCatalog[];
  remove(): void;
}

/** The newest modification time under the given paths (files or folders), in ms. */
function newest(paths: string[]): number {
  let latest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach((path) => visit(join(ROOT, path)));
  return latest;
}

const SOURCES = ['src', 'public', 'index.html', 'embed.html', 'vite.config.ts', 'scripts/vite-catalogs.ts'];

/** The commit, and whether the app's sources differ from it (others may be editing them). */
function revision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', ...SOURCES) !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes to the app' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

/** `unminified`: a fresh build that keeps function names, for CPU profiles people can read. */
export type BuildChoice = 'auto' | 'always' | 'never' | 'unminified';

function placeApp(siteDir: string, choice: BuildChoice): string {
  const dist = join(ROOT, 'dist');
  const built = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  const fresh = built > 0 && newest(SOURCES) <= built;
  if (choice === 'never' || (choice === 'auto' && fresh)) {
    if (built === 0)
      throw new Error('bench: dist/ has no build; run `npm run build` first (or drop --no-build)');
    cpSync(dist, siteDir, { recursive: true });
    const age = fresh ? '' : ', older than the sources';
    return `dist/ as built ${new Date(built).toISOString()} (working tree at ${revision()}${age})`;
  }
  const why =
    built === 0
      ? 'there is no dist/'
      : choice === 'always'
        ? '--build'
        : choice === 'unminified'
          ? 'unminified, for profiles'
          : 'dist/ is older than src/';
  console.error(`bench: building the app into a temporary folder (${why}); dist/ is left alone`);
  const unminified = choice === 'unminified';
  const command = unminified
    ? ['tsx', 'bench/buildUnminified.ts', siteDir]
    : ['vite', 'build', '--outDir', siteDir, '--emptyOutDir', '--logLevel', 'warn'];
  execFileSync('npx', command, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return `fresh ${unminified ? 'unminified ' : ''}vite build of the working tree (${revision()}), ${new Date().toISOString()}`;
}

export async function prepareSite(choice: BuildChoice, catalogChoice: CatalogChoice): Promise<Site> {
  const tmp = mkdtempSync(join(tmpdir(), 'cnm-bench-'));
  const dir = join(tmp, 'site');
  const build = placeApp(dir, choice);
  const catalogs = generateCatalogs(dir, catalogChoice);
  return { dir, build, catalogs, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}
