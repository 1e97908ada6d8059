import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { openCatalog } from '../../src/lib/load/openCatalog.ts';
import { requestPrebuiltEarly } from '../../src/lib/load/earlyPrebuilt.ts';
import { parseCatalog } from '../../src/lib/catalog/parseCatalog.ts';
import { hashBytes, hashBytesInSlices, PREBUILT_FORMAT, readPrebuilt } from '../../src/lib/load/prebuilt.ts';
import fc from 'fast-check';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';

const yaml = readFileSync('tests/fixtures/valid/minimal.yaml');
const parsed = parseCatalog(yaml, 'catalog.yaml');
if (!parsed.ok) throw new Error('fixture invalid');
const layout = computeLayout(buildGraph(parsed.catalog));
const prebuilt = (hash: string) =>
  JSON.stringify({
    format: PREBUILT_FORMAT,
    source: 'catalog.yaml',
    sourceHash: hash,
    catalog: parsed.catalog,
    layout: { positions: Array.from(layout.positions), bounds: layout.bounds },
  });

let server: Server;
let base = '';
const files = new Map<string, string | Buffer>();
/** How many times each path was asked for. */
const asked = new Map<string, number>();
/** Paths the server answers only once the test lets them through. */
const held = new Map<string, Promise<void>>();

beforeAll(async () => {
  server = createServer(async (request, response) => {
    asked.set(request.url ?? '', (asked.get(request.url ?? '') ?? 0) + 1);
    await held.get(request.url ?? '');
    const body = files.get(request.url ?? '');
    if (body === undefined) {
      response.statusCode = 404;
      response.end();
    } else response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('openCatalog', () => {
  test('uses the prebuilt catalog and layout when they were built from these very bytes', async () => {
    files.set('/a/catalog.yaml', yaml);
    files.set('/a/catalog.json', prebuilt(hashBytes(yaml)));
    const parse = vi.fn();
    const result = await openCatalog(`${base}/a/catalog.yaml`, base, parse);
    expect(parse).not.toHaveBeenCalled();
    expect(result.ok && result.prebuilt).toBe(true);
    expect(result.ok && result.catalog).toEqual(parsed.catalog);
    expect(result.ok && Array.from(result.layout!.positions)).toEqual(Array.from(layout.positions));
    expect(result.ok && (await result.checked)).toBeNull();
  });

  test('shows the prebuilt catalog before the YAML has arrived, and checks it once it has', async () => {
    files.set('/e/catalog.yaml', yaml);
    files.set('/e/catalog.json', prebuilt(hashBytes(yaml)));
    let release = () => {};
    held.set('/e/catalog.yaml', new Promise<void>((resolve) => (release = resolve)));
    const parse = vi.fn();
    const result = await openCatalog(`${base}/e/catalog.yaml`, base, parse);
    expect(result.ok && result.prebuilt).toBe(true);
    let checked: unknown = 'pending';
    void (result.ok && result.checked?.then((value) => (checked = value)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checked).toBe('pending');
    release();
    expect(result.ok && (await result.checked)).toBeNull();
    expect(parse).not.toHaveBeenCalled();
  });

  test('parses the YAML when it was replaced after the build (the hashes differ), and shows it instead', async () => {
    const replaced = Buffer.from(
      yaml.toString('utf8').replace('A tracing platform.', 'Replaced after the build.'),
    );
    files.set('/b/catalog.yaml', replaced);
    files.set('/b/catalog.json', prebuilt(hashBytes(yaml)));
    const result = await openCatalog(`${base}/b/catalog.yaml`, base, async (bytes, file) =>
      parseCatalog(bytes, file),
    );
    // The prebuilt catalog first, then the YAML's, which the map shows instead.
    expect(result.ok && result.prebuilt).toBe(true);
    const instead = result.ok ? await result.checked : null;
    expect(instead?.ok && instead.prebuilt).toBe(false);
    expect(instead?.ok && instead.catalog.projects[0]!.description).toBe('Replaced after the build.');
  });

  test('never trusts a JSON file from another site, and works without one', async () => {
    files.set('/c/catalog.yaml', yaml);
    files.set('/c/catalog.json', prebuilt(hashBytes(yaml)));
    const parse = vi.fn(async (bytes: Uint8Array, file: string) => parseCatalog(bytes, file));
    const result = await openCatalog(`${base}/c/catalog.yaml`, 'https://elsewhere.example', parse);
    expect(parse).toHaveBeenCalledOnce();
    expect(result.ok && result.prebuilt).toBe(false);
    files.set('/d/catalog.yaml', yaml);
    expect((await openCatalog(`${base}/d/catalog.yaml`, base, parse)).ok).toBe(true);
  });

  test('says it will parse before the YAML arrives when there is no JSON, and never when the JSON matches', async () => {
    files.set('/f/catalog.yaml', yaml);
    let release = () => {};
    held.set('/f/catalog.yaml', new Promise<void>((resolve) => (release = resolve)));
    const willParse = vi.fn();
    const opening = openCatalog(`${base}/f/catalog.yaml`, base, async (b, f) => parseCatalog(b, f), {
      willParse,
    });
    // A Worker's script can load alongside the YAML.
    await vi.waitFor(() => expect(willParse).toHaveBeenCalledOnce());
    release();
    expect((await opening).ok).toBe(true);

    files.set('/g/catalog.yaml', yaml);
    files.set('/g/catalog.json', prebuilt(hashBytes(yaml)));
    const notNeeded = vi.fn();
    const result = await openCatalog(`${base}/g/catalog.yaml`, base, vi.fn(), { willParse: notNeeded });
    await (result.ok ? result.checked : undefined);
    expect(notNeeded).not.toHaveBeenCalled();
  });

  test('downloads the YAML behind a prebuilt catalog only when told to (after the map has painted)', async () => {
    files.set('/h/catalog.yaml', yaml);
    files.set('/h/catalog.json', prebuilt(hashBytes(yaml)));
    let paint = () => {};
    const painted = new Promise<void>((resolve) => (paint = resolve));
    const result = await openCatalog(`${base}/h/catalog.yaml`, base, vi.fn(), { checkAfter: () => painted });
    expect(result.ok && result.prebuilt).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked.get('/h/catalog.yaml')).toBeUndefined();
    paint();
    expect(result.ok && (await result.checked)).toBeNull();
    expect(asked.get('/h/catalog.yaml')).toBe(1);
  });

  test('parses the YAML it downloaded to check, without downloading it again', async () => {
    files.set(
      '/i/catalog.yaml',
      Buffer.from(yaml.toString('utf8').replace('A tracing platform.', 'Edited.')),
    );
    files.set('/i/catalog.json', prebuilt(hashBytes(yaml)));
    const result = await openCatalog(`${base}/i/catalog.yaml`, base, async (b, f) => parseCatalog(b, f));
    const instead = result.ok ? await result.checked : null;
    expect(instead?.ok && instead.catalog.projects[0]!.description).toBe('Edited.');
    expect(asked.get('/i/catalog.yaml')).toBe(1);
  });

  test('takes the JSON asked for early instead of asking again, and asks again on the next load', async () => {
    files.set('/j/catalog.yaml', yaml);
    files.set('/j/catalog.json', prebuilt(hashBytes(yaml)));
    requestPrebuiltEarly(`${base}/j/catalog.json`);
    await vi.waitFor(() => expect(asked.get('/j/catalog.json')).toBe(1));
    const first = await openCatalog(`${base}/j/catalog.yaml`, base, vi.fn());
    expect(first.ok && first.prebuilt).toBe(true);
    expect(asked.get('/j/catalog.json')).toBe(1);
    await openCatalog(`${base}/j/catalog.yaml`, base, vi.fn());
    expect(asked.get('/j/catalog.json')).toBe(2);
  });

  test('reports a download that fails, without calling the parser', async () => {
    const parse = vi.fn();
    const result = await openCatalog(`${base}/missing.yaml`, base, parse);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toContain('the server answered 404');
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('prebuilt catalogs', () => {
  test('a change of one byte changes the hash', () => {
    const changed = Buffer.from(yaml);
    changed[100] = changed[100]! ^ 1;
    expect(hashBytes(changed)).not.toBe(hashBytes(yaml));
  });

  test('a prebuilt file of another format, with a wrong layout or broken JSON is ignored', () => {
    const hash = hashBytes(yaml);
    expect(readPrebuilt(prebuilt(hash), hash)).toBeDefined();
    expect(readPrebuilt(prebuilt(hash).replace(PREBUILT_FORMAT, 'other@1'), hash)).toBeUndefined();
    expect(readPrebuilt(prebuilt(hash).replace('"positions":[', '"positions":[1,'), hash)).toBeUndefined();
    expect(readPrebuilt('{', hash)).toBeUndefined();
  });
});

test('the hash taken in slices is the hash taken at once', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 300_000 }), async (bytes) => {
      expect(await hashBytesInSlices(bytes, async () => {})).toBe(hashBytes(bytes));
    }),
    { numRuns: 20 },
  );
  expect(await hashBytesInSlices(yaml)).toBe(hashBytes(yaml));
});
