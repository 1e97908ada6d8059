/**
 * fetchCatalog against a real HTTP server on 127.0.0.1: every way a download
 * can go wrong gives one clear error, never a throw, and the limits hold.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatError, LIMITS, type CatalogResult } from '../../src/lib/catalog/index.ts';
import { fetchCatalog } from '../../src/lib/load/index.ts';

const minimal = readFileSync(new URL('../fixtures/valid/minimal.yaml', import.meta.url), 'utf8');
const PAGE = '<!doctype html>\n<html><head><title>Not found</title></head><body>Nothing here</body></html>\n';
const OVER = LIMITS.fileBytes + 1024 * 1024; // 5 MB

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const send =
  (status: number, type: string, body: string): Handler =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  };

const routes: Record<string, Handler> = {
  '/catalog.yaml': send(200, 'application/yaml', minimal),
  '/broken.yaml': send(200, 'application/yaml', minimal.replace('maturity: none', 'maturity: nope')),
  '/missing.yaml': send(404, 'text/plain', 'not found'),
  '/error.yaml': send(500, 'text/plain', 'oops'),
  '/page.html': send(200, 'text/html; charset=utf-8', PAGE),
  '/page-as-text.yaml': send(200, 'text/plain', `  ${PAGE}`),
  // Misconfigured servers send YAML as text/html: the content decides, not the header.
  '/yaml-as-html.yaml': send(200, 'text/html', minimal),
  '/never.yaml': () => {},
  '/stalls.yaml': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/yaml' });
    response.write(minimal.slice(0, 100));
  },
  '/big-with-length.yaml': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/yaml', 'content-length': OVER });
    response.end(Buffer.alloc(OVER, 0x61));
  },
  '/big-streamed.yaml': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/yaml' }); // chunked: no length
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const more = () => {
      while (sent < OVER && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', more);
      }
      response.end();
    };
    more();
  },
};

const server = createServer((request, response) => {
  const handler = routes[new URL(request.url ?? '/', 'http://x').pathname];
  if (handler) handler(request, response);
  else send(404, 'text/plain', 'no route')(request, response);
});
let base = '';
let refused = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just open and is now closed: connections to it are refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/catalog.yaml`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const lines = (result: CatalogResult) => (result.ok ? [] : result.errors.map(formatError));

describe('fetchCatalog', () => {
  test('loads a valid catalog', async () => {
    const result = await fetchCatalog(`${base}/catalog.yaml`);
    expect(lines(result)).toEqual([]);
    expect(result.ok && result.catalog.projects.map((p) => p.id)).toEqual(['jaeger', 'kafka']);
  });

  test("reports an invalid catalog's errors under its file name", async () => {
    expect(lines(await fetchCatalog(`${base}/broken.yaml?v=2`))).toEqual([
      'broken.yaml:40:15 projects[1].maturity: expected one of graduated, incubating, sandbox, archived, none, got "nope" (did you mean "none"?)',
    ]);
  });

  test.each([
    ['/missing.yaml', 'missing.yaml', 'the server answered 404 Not Found'],
    ['/error.yaml', 'error.yaml', 'the server answered 500 Internal Server Error'],
  ])('an HTTP error: %s', async (path, file, reason) => {
    expect(lines(await fetchCatalog(`${base}${path}`))).toEqual([
      `${file}:1:1 could not load "${base}${path}": ${reason}`,
    ]);
  });

  test('a refused connection', async () => {
    const [line] = lines(await fetchCatalog(refused));
    expect(line).toMatch(
      /^catalog\.yaml:1:1 could not load "http:\/\/127\.0\.0\.1:\d+\/catalog\.yaml": the server could not be reached \(fetch failed: ECONNREFUSED\); check the address and your connection, and that the server allows cross-origin requests$/,
    );
  });

  test.each([
    ['/never.yaml', 'never.yaml', 'a server that never answers'],
    ['/stalls.yaml', 'stalls.yaml', 'a server that stops in the middle of the file'],
  ])('a timeout: %s (%s)', async (path, file) => {
    // The answer itself says the timer fired; a fetch that hung instead would run into the test's timeout.
    const result = await fetchCatalog(`${base}${path}`, 300);
    expect(lines(result)).toEqual([
      `${file}:1:1 could not load "${base}${path}": no complete answer within 300 ms; try again later`,
    ]);
  });

  test.each([
    ['/page.html', 'page.html', 'an HTML page served as text/html'],
    ['/page-as-text.yaml', 'page-as-text.yaml', 'an HTML page served as text/plain'],
  ])('not YAML: %s (%s)', async (path, file) => {
    expect(lines(await fetchCatalog(`${base}${path}`))).toEqual([
      `${file}:1:1 could not load "${base}${path}": the server sent a web page (HTML), not a YAML catalog; is the address right?`,
    ]);
  });

  test('YAML served as text/html is still read as YAML', async () => {
    expect(lines(await fetchCatalog(`${base}/yaml-as-html.yaml`))).toEqual([]);
  });

  test('over the size limit, announced by Content-Length', async () => {
    expect(lines(await fetchCatalog(`${base}/big-with-length.yaml`))).toEqual([
      `big-with-length.yaml:1:1 could not load "${base}/big-with-length.yaml": it is 5,242,880 bytes, over the 4,194,304-byte limit for one catalog (4 MB)`,
    ]);
  });

  test('over the size limit, found while streaming (no Content-Length)', async () => {
    expect(lines(await fetchCatalog(`${base}/big-streamed.yaml`))).toEqual([
      `big-streamed.yaml:1:1 could not load "${base}/big-streamed.yaml": it is larger than the 4,194,304-byte limit for one catalog (4 MB); the download stopped there`,
    ]);
  });

  test.each([
    ['data:text/yaml,article: x', 'data:'],
    ['javascript:alert(1)', 'javascript:'],
    ['file:///etc/passwd', 'file:'],
  ])('refuses %s without fetching', async (url, protocol) => {
    expect(lines(await fetchCatalog(url))).toEqual([
      `catalog.yaml:1:1 could not load "${url}": only http and https addresses can be loaded, not ${protocol} ones`,
    ]);
  });
});
