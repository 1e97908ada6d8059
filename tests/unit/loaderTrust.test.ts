/**
 * The loader at the edges: a redirect to another site is never used without asking, refused
 * addresses say why, sizes are exact, and the iframe embed names its policy as the real cause.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fetchCatalogBytes } from '../../src/lib/load/fetchBytes.ts';
import { openCatalog } from '../../src/lib/load/openCatalog.ts';
import { openEmbedCatalog } from '../../src/lib/load/openEmbedCatalog.ts';
import { sourceFor } from '../../src/lib/load/catalogSource.ts';

const YAML = 'article: {}\n';

/** A response that arrived from `url` (after redirects, as fetch reports it). */
function from(url: string, body: BodyInit | null = YAML, init: ResponseInit = {}): Response {
  const response = new Response(body, init);
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('redirects', () => {
  test('a redirect to another site is refused, and says where it went', async () => {
    vi.stubGlobal('fetch', async () => from('https://evil.example/catalog.yaml'));
    const result = await fetchCatalogBytes('https://map.example/data/catalog.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.redirectedTo).toBe('https://evil.example/catalog.yaml');
    expect(result.errors[0]?.message).toContain('it redirected to another site, evil.example');
  });

  test('a redirect within the same site is followed', async () => {
    vi.stubGlobal('fetch', async () => from('https://map.example/v2/catalog.yaml'));
    expect((await fetchCatalogBytes('https://map.example/catalog.yaml')).ok).toBe(true);
  });

  test("a prebuilt file redirected to another site is not trusted, even if it claims the YAML's hash", async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('.json') ? from('https://evil.example/catalog.json', '{}') : from(url),
    );
    const parse = vi.fn(async () => ({ ok: false as const, errors: [] }));
    await openCatalog('https://map.example/catalog.yaml', 'https://map.example', parse);
    expect(parse).toHaveBeenCalledOnce();
  });
});

describe('refused addresses say so', () => {
  test.each(['javascript:alert(1)', 'data:text/yaml,article:', 'file:///etc/passwd', 'blob:https://x.org/1'])(
    '%s',
    (address) => {
      const source = sourceFor(address, 'https://map.example/');
      expect(source.kind).toBe('bundled');
      expect(source.refused).toContain(`not ${address.split(':')[0]}: ones`);
    },
  );
  test('an http address is not refused', () => {
    expect(sourceFor('https://x.org/c.yaml', 'https://map.example/').refused).toBeUndefined();
  });
});

describe('exact sizes', () => {
  const over = new Uint8Array(4 * 1024 * 1024 + 1).fill(0x61);
  test('from Content-Length', async () => {
    vi.stubGlobal('fetch', async () =>
      from('https://map.example/c.yaml', over, { headers: { 'content-length': String(over.byteLength) } }),
    );
    const result = await fetchCatalogBytes('https://map.example/c.yaml');
    expect(result.ok ? '' : result.errors[0]?.message).toContain(
      'it is 4,194,305 bytes, over the 4,194,304-byte limit for one catalog (4 MB)',
    );
  });
  test('while streaming, without Content-Length', async () => {
    vi.stubGlobal('fetch', async () => from('https://map.example/c.yaml', new Blob([over]).stream()));
    const result = await fetchCatalogBytes('https://map.example/c.yaml');
    expect(result.ok ? '' : result.errors[0]?.message).toContain(
      'it is larger than the 4,194,304-byte limit for one catalog (4 MB); the download stopped there',
    );
  });
});

test("the iframe embed refuses another site's catalog up front, naming its Content-Security-Policy", async () => {
  vi.stubGlobal('location', { origin: 'https://map.example', href: 'https://map.example/embed.html' });
  const fetch = vi.fn();
  vi.stubGlobal('fetch', fetch);
  const result = await openEmbedCatalog('https://other.example/c.yaml', 'https://map.example');
  expect(result.ok ? '' : result.errors[0]?.message).toContain(
    "the embed's Content-Security-Policy allows catalogs from map.example only",
  );
  expect(fetch).not.toHaveBeenCalled();
});
