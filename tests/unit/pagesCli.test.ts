/**
 * `npm run pages -- catalog.yaml --out dir` for catalogs other than the bundled one: a complete site
 * whose every link resolves and whose previews are 1200×630 PNGs; a broken catalog is refused with its
 * positioned errors and nothing written. Also the link checker itself, on a planted broken link.
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkSite } from '../../scripts/pages/checkLinks.ts';
import { loadCatalog } from '../helpers/catalogs.ts';

const dir = mkdtempSync(join(tmpdir(), 'cnm-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'node_modules/.bin/tsx',
      ['scripts/pages/cli.ts', ...args],
      { encoding: 'utf8', env: { ...process.env, SITE_URL: '', ...env } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  return {
    png: bytes.subarray(1, 4).toString('latin1'),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
};

test('writes a complete site for another catalog, every link resolving', async () => {
  const out = join(dir, 'minimal');
  const catalog = loadCatalog('tests/fixtures/valid/minimal.yaml');
  const run = await cli(['tests/fixtures/valid/minimal.yaml', '--out', out]);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/SITE_URL is not set/);
  for (const problem of catalog.problems) {
    expect(existsSync(join(out, `problems/${problem.id}/index.html`))).toBe(true);
    expect(pngSize(join(out, `og/problem-${problem.id}.png`))).toEqual({
      png: 'PNG',
      width: 1200,
      height: 630,
    });
  }
  for (const project of catalog.projects)
    expect(existsSync(join(out, `projects/${project.id}/index.html`))).toBe(true);
  for (const png of readdirSync(join(out, 'og'))) {
    expect(pngSize(join(out, 'og', png)), png).toEqual({ png: 'PNG', width: 1200, height: 630 });
  }
  // The site stands alone: the app's index.html aside (the build writes it), every link resolves.
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>app</title>');
  expect(checkSite(out).broken).toEqual([]);
});

test('uses the public URL given with --site-url', async () => {
  const out = join(dir, 'public');
  const run = await cli([
    'tests/fixtures/valid/minimal.yaml',
    '--out',
    out,
    '--site-url',
    'https://maps.example/cdf',
  ]);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).not.toMatch(/SITE_URL is not set/);
  expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain(
    '<loc>https://maps.example/cdf/problems/tracing/</loc>',
  );
  expect(readFileSync(join(out, 'problems/tracing/index.html'), 'utf8')).toContain(
    '<meta property="og:image" content="https://maps.example/cdf/og/problem-tracing.png">',
  );
});

test.each([
  [['tests/fixtures/bad/duplicate-ids.yaml', '--out', 'x'], /duplicate-ids\.yaml:\d+:\d+/],
  [['tests/fixtures/valid/minimal.yaml'], /--out DIR/],
  [['--out', 'x'], /which catalog/],
  [['tests/fixtures/valid/minimal.yaml', '--out', 'x', '--site-url', 'maps.example'], /SITE_URL must/],
  [['no-such.yaml', '--out', 'x'], /no-such\.yaml: cannot read the file \(ENOENT\)/],
])('refuses %j with one clear message and writes nothing', { concurrent: true }, async (args, message) => {
  const run = await cli(args.map((a) => (a === 'x' ? join(dir, 'never') : a)));
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(message);
  expect(existsSync(join(dir, 'never'))).toBe(false);
});

test('the link checker reports a link to a missing file or folder', () => {
  const site = join(dir, 'broken');
  mkdirSync(join(site, 'a'), { recursive: true });
  writeFileSync(
    join(site, 'a/index.html'),
    '<a href="../b/">b</a><img src="../x.png"><a href="https://x.org/">x</a><a href="../?q=1">home</a>',
  );
  writeFileSync(join(site, 'index.html'), '<a href="a/">a</a>');
  expect(checkSite(site).broken).toEqual(['a/index.html: ../b/', 'a/index.html: ../x.png']);
});
