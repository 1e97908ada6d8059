/**
 * `npm run snapshot` end to end: the SVG it writes is exactly renderMapSvg's for the same view, bad
 * options fail with one line and write nothing, and (when a Chromium is installed) the PNG has twice the
 * pixels of the view. Also the build-time snapshots plugin, called as Vite would call it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { renderMapSvg } from '../../src/lib/render/index.ts';
import { findChromium, NO_CHROMIUM } from '../../scripts/chromium.mjs';
import { checkView, CliError, loadCatalog, parseSnapshotArgs } from '../../scripts/snapshot/options.ts';
import { MAP_SIZE, PROBLEM_SIZE, snapshots } from '../../scripts/vite-snapshots.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the script; resolves with its exit code and output (async, so the error cases run side by side). */
function cli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'node_modules/.bin/tsx',
      ['scripts/snapshot.ts', ...args],
      { encoding: 'utf8', env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run snapshot', () => {
  test('--svg-only writes the SVG renderMapSvg draws for the same view, and no PNG', async () => {
    const out = join(dir, 'observability');
    const view = ['--problem', 'tracing,logging', '--q', 'jaeger', '--theme', 'dark'];
    const { status, stdout, stderr } = await cli([
      ...view,
      '--width',
      '900',
      '--height',
      '600',
      '--out',
      out,
      '--svg-only',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^wrote ${out}\\.svg \\(\\d+\\.\\d kB, 900×600, \\d+ ms\\)\\n$`));
    const expected = renderMapSvg({
      catalog: bundledCatalog(),
      view: { problems: ['tracing', 'logging'], q: 'jaeger', theme: 'dark' },
      width: 900,
      height: 600,
    });
    expect(readFileSync(`${out}.svg`, 'utf8')).toBe(expected);
    expect(existsSync(`${out}.png`)).toBe(false);
  });

  test('--at draws the landscape as it was on that day, as renderMapSvg does', async () => {
    const out = join(dir, 'early');
    const { status, stderr } = await cli(['--at', '2017-01-01', '--out', out, '--svg-only']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const svg = readFileSync(`${out}.svg`, 'utf8');
    const view = { theme: 'light' as const, at: '2017-01-01' };
    expect(svg).toBe(renderMapSvg({ catalog: bundledCatalog(), view, width: 1200, height: 800 }));
    expect(svg).toContain('as on 1 January 2017');
    const today = renderMapSvg({
      catalog: bundledCatalog(),
      view: { theme: 'light' },
      width: 1200,
      height: 800,
    });
    const projects = (text: string) => Number(/A map of (\d+) cloud-native projects/.exec(text)![1]);
    expect(projects(svg)).toBeLessThan(projects(today));
  });

  // Each mistake is checked in-process (parsing the options, loading and checking against the catalog,
  // as the command does before writing anything); one of them also runs the real command, for the exit
  // code, the one line on stderr and the empty output folder.
  test.for<[string[], RegExp]>([
    [['--frobnicate'], /^unknown option --frobnicate$/],
    [
      ['--problem', 'tracing,nope'],
      /^--problem: no problem "nope" in the catalog; its problems are orchestration, /,
    ],
    [['--theme', 'auto'], /^--theme takes light or dark, got "auto"$/],
    [['--width', '10'], /^--width takes whole pixels from 120 to 10000, got "10"$/],
    [['--tour', '99'], /^--tour 99 is past the end: the tour has \d+ steps$/],
    [['--tour', 'x'], /^--tour takes a step number from 1, got "x"$/],
    [
      ['--select', 'nothing-here'],
      /^--select: "nothing-here" names no project, problem:ID or article in the catalog$/,
    ],
    [['--maturity', 'ripe'], /^--maturity takes graduated, incubating, sandbox, archived, none; got "ripe"$/],
    [
      ['--catalog', 'tests/fixtures/missing.yaml'],
      /^tests\/fixtures\/missing\.yaml: cannot read the file \(ENOENT\)$/,
    ],
    [['--catalog', 'tests/fixtures/bad/alias-bomb.yaml'], /^tests\/fixtures\/bad\/alias-bomb\.yaml:\d+:\d+ /],
    [['--out'], /^--out needs a value$/],
    [['--at', '2021-02-29'], /^--at takes a day written YYYY-MM-DD, got "2021-02-29"$/],
    [
      ['--at', '2020-12-10', '--catalog', 'tests/fixtures/valid/minimal.yaml'],
      /^--at: the catalog records no dates, so it cannot be shown as on 2020-12-10$/,
    ],
  ])('%j: one clear error', ([args, error]) => {
    const check = () => {
      const options = parseSnapshotArgs(['--svg-only', ...args]);
      checkView(loadCatalog(options.catalog), options.view);
    };
    let thrown: unknown;
    try {
      check();
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).code).toBe(1);
    expect((thrown as CliError).lines[0]).toMatch(error);
  });

  test('a bad option: exit code 1, the error on stderr, nothing written', async () => {
    const out = join(dir, 'bad-theme');
    const { status, stdout, stderr } = await cli(['--svg-only', '--out', out, '--theme', 'auto']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('--theme takes light or dark, got "auto"');
    expect(existsSync(`${out}.svg`)).toBe(false);
  });

  test('without a Chromium: the one line that says how to get one, exit code 1, nothing written', async () => {
    const out = join(dir, 'no-browser');
    const { status, stderr } = await cli(['--out', out], { CHROMIUM_PATH: join(dir, 'no-such-chromium') });
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(NO_CHROMIUM);
    expect(readdirSync(dir).filter((f) => f.startsWith('no-browser'))).toEqual([]);
  });

  test.skipIf(!findChromium())('with a Chromium: a PNG of twice the pixels, next to the SVG', async () => {
    const out = join(dir, 'png');
    const { status, stdout, stderr } = await cli([
      '--select',
      'jaeger',
      '--width',
      '320',
      '--height',
      '200',
      '--out',
      out,
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`wrote ${out}.png (`);
    const png = readFileSync(`${out}.png`);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 400]);
    expect(readFileSync(`${out}.svg`, 'utf8')).toMatch(/^<svg [^>]*width="320" height="200"/);
  });
});

describe('the build-time snapshots plugin', () => {
  test('emits the whole map in both themes and one picture per problem, each well under 100 kB', () => {
    const emitted = new Map<string, string>();
    const plugin = snapshots('data');
    const generate = plugin.generateBundle as unknown as (this: unknown) => void;
    const log = console.log;
    console.log = () => {};
    try {
      generate.call({
        emitFile: (f: { fileName: string; source: string }) => emitted.set(f.fileName, f.source),
      });
    } finally {
      console.log = log;
    }
    const catalog = bundledCatalog();
    expect([...emitted.keys()]).toEqual([
      'snapshots/map.svg',
      'snapshots/map-dark.svg',
      ...catalog.problems.map((p) => `snapshots/problem-${p.id}.svg`),
    ]);
    expect(emitted.get('snapshots/map.svg')).toContain(
      `width="${MAP_SIZE.width}" height="${MAP_SIZE.height}"`,
    );
    expect(emitted.get('snapshots/problem-tracing.svg')).toContain(`width="${PROBLEM_SIZE.width}"`);
    expect(emitted.get('snapshots/problem-tracing.svg')).toContain('Distributed tracing');
    for (const source of emitted.values()) expect(source.length).toBeLessThan(100_000);
  });
});
