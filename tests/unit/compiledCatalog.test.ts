/**
 * `npm run import -- --compiled` writes the catalog's compiled form beside the YAML, and the app loads it
 * instead of parsing and laying out, but only while the YAML is the one it was compiled from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { compiledPath } from '../../src/lib/load/compileCatalog.ts';
import { openCatalog } from '../../src/lib/load/openCatalog.ts';
import { hashBytes, readPrebuilt } from '../../src/lib/load/prebuilt.ts';

const dir = 'tests/fixtures/landscape';
const fixtureArgs = ['--catalog', `${dir}/bundled.yaml`, '--mapping', `${dir}/mapping.yaml`];
const cli = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', ...args], { encoding: 'utf8' });

const out = mkdtempSync(join(tmpdir(), 'compiled-'));
const yamlFile = join(out, 'gadgets.yaml');
let yaml: Buffer;
let json: string;

let server: Server;
let base = '';
const files = new Map<string, string | Buffer>();

beforeAll(async () => {
  const result = cli(`${dir}/small.yml`, '--out', yamlFile, '--compiled', ...fixtureArgs);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toContain('gadgets.json: compiled');
  yaml = readFileSync(yamlFile);
  json = readFileSync(compiledPath(yamlFile), 'utf8');
  server = createServer((request, response) => {
    const body = files.get(request.url ?? '');
    response.statusCode = body === undefined ? 404 : 200;
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  rmSync(out, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('npm run import -- --compiled', () => {
  test('writes x.json beside x.yaml: the catalog the YAML gives, laid out, with its hash', () => {
    expect(compiledPath(yamlFile)).toBe(join(out, 'gadgets.json'));
    const compiled = readPrebuilt(json, hashBytes(yaml));
    const parsed = parseCatalog(yaml, 'gadgets.yaml');
    expect(parsed.ok).toBe(true);
    if (!compiled || !parsed.ok) return;
    expect(compiled.source).toBe('gadgets.yaml');
    expect(compiled.catalog).toEqual(parsed.catalog);
    expect(compiled.layout.positions).toEqual(
      Array.from(computeLayout(buildGraph(parsed.catalog)).positions),
    );
  });

  test('needs --out x.yaml, and writes nothing without it', () => {
    const result = cli(`${dir}/small.yml`, '--compiled', ...fixtureArgs);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--compiled writes x.json beside the catalog: it needs --out x.yaml');
  });
});

describe('the app with a compiled catalog', () => {
  test('uses it while the YAML is the one it was compiled from: no parsing, no layout', async () => {
    files.set('/site/gadgets.yaml', yaml);
    files.set('/site/gadgets.json', json);
    const parse = vi.fn();
    const result = await openCatalog(`${base}/site/gadgets.yaml`, base, parse);
    expect(result.ok && (await result.checked)).toBeNull();
    expect(parse).not.toHaveBeenCalled();
    expect(result.ok && result.prebuilt).toBe(true);
    expect(result.ok && result.layout).toBeTruthy();
  });

  test('parses the YAML instead once it was edited after compiling', async () => {
    const edited = Buffer.from(yaml.toString('utf8').replace(/^( {4}name: )(.+)$/m, '$1Renamed'));
    expect(edited.equals(yaml)).toBe(false);
    files.set('/edited/gadgets.yaml', edited);
    files.set('/edited/gadgets.json', json);
    const parse = vi.fn(async (bytes: Uint8Array, file: string) => {
      const parsed = parseCatalog(bytes, file);
      if (!parsed.ok) return parsed;
      return { ok: true as const, catalog: parsed.catalog };
    });
    const shown = await openCatalog(`${base}/edited/gadgets.yaml`, base, parse);
    const result = (shown.ok ? await shown.checked : null) ?? shown;
    expect(parse).toHaveBeenCalledTimes(1);
    expect(result.ok && result.prebuilt).toBe(false);
    const names = result.ok
      ? [...result.catalog.problems, ...result.catalog.projects].map((e) => e.name)
      : [];
    expect(names).toContain('Renamed');
  });

  test('the import without --compiled writes no JSON', () => {
    const plain = join(out, 'plain.yaml');
    expect(cli(`${dir}/small.yml`, '--out', plain, ...fixtureArgs).status).toBe(0);
    expect(existsSync(compiledPath(plain))).toBe(false);
  });
});
