/**
 * Fetching a catalog by URL with the same limits as every other way in: a
 * timeout, a byte limit checked while streaming, and a clear message when the
 * server answers with an HTML page instead of YAML.
 */
import type { CatalogError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { parseCatalog, type CatalogResult } from './parseCatalog.ts';

export const FETCH_TIMEOUT_MS = 15_000;

function failure(file: string, message: string): CatalogResult {
  return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message } satisfies CatalogError] };
}

/** The last path segment, for error messages: `https://x.org/a/landscape.yaml?v=2` → `landscape.yaml`. */
export function fileNameOf(url: string): string {
  try {
    const { pathname } = new URL(url, 'http://localhost/');
    return decodeURIComponent(pathname.split('/').filter(Boolean).pop() ?? 'catalog.yaml');
  } catch {
    return 'catalog.yaml';
  }
}

async function readLimited(response: Response): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > LIMITS.fileBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function fetchCatalog(url: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<CatalogResult> {
  const file = fileNameOf(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok)
      return failure(
        file,
        `could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim(),
      );
    const type = response.headers.get('content-type') ?? '';
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > LIMITS.fileBytes) {
      return failure(
        file,
        `could not load ${url}: it is ${(length / 1048576).toFixed(1)} MB, over the ${LIMITS.fileBytes / 1048576} MB limit`,
      );
    }
    const bytes = await readLimited(response);
    if (!bytes)
      return failure(
        file,
        `could not load ${url}: it is larger than the ${LIMITS.fileBytes / 1048576} MB limit`,
      );
    const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
    if (type.includes('text/html') || head.startsWith('<!doctype') || head.startsWith('<html')) {
      return failure(
        file,
        `could not load ${url}: the server sent an HTML page, not a YAML catalog (is the URL right?)`,
      );
    }
    return parseCatalog(bytes, file);
  } catch (error) {
    if (controller.signal.aborted) {
      return failure(file, `could not load ${url}: no answer within ${Math.round(timeoutMs / 1000)} s`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    return failure(
      file,
      `could not load ${url}: ${reason} (offline, or a server that does not allow cross-origin requests?)`,
    );
  } finally {
    clearTimeout(timer);
  }
}
