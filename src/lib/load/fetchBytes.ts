/**
 * Downloading a catalog by URL with the same limits as every other way in: a
 * timeout that covers the whole download, a byte limit checked from
 * Content-Length and again while streaming, web links only, and a clear
 * message when the server answers with an HTML page instead of YAML. Every
 * failure is one positioned error, never a throw. Parsing is someone else's
 * job (fetchCatalog.ts, a Worker), so this module stays small.
 */
import type { CatalogError } from '../catalog/errors.ts';
import { byteCount, FILE_LIMIT_TEXT, LIMITS } from '../catalog/limits.ts';
import { quoted, visible } from '../catalog/paths.ts';

/** The downloaded bytes of a catalog, or why there are none. Nothing is parsed yet. */
export type FetchedBytes =
  | { ok: true; bytes: Uint8Array; file: string }
  /** `redirectedTo`: the address redirected to another site; nothing from it was used. Ask before loading it. */
  | { ok: false; errors: CatalogError[]; redirectedTo?: string };

export const FETCH_TIMEOUT_MS = 15_000;

const ALLOWED_PROTOCOLS = ['http:', 'https:', 'blob:'];

function failure(file: string, message: string): { ok: false; errors: CatalogError[] } {
  return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message } satisfies CatalogError] };
}

/**
 * The last path segment, for error messages: `https://x.org/a/landscape.yaml?v=2` → `landscape.yaml`.
 * Anything odd (another kind of URL, a very long or undecodable name) reads `catalog.yaml`.
 */
export function fileNameOf(url: string): string {
  try {
    const { pathname, protocol } = new URL(url, 'http://localhost/');
    const name = decodeURIComponent(pathname.split('/').filter(Boolean).pop() ?? '');
    if (!['http:', 'https:'].includes(protocol) || name === '' || name.length > 100) return 'catalog.yaml';
    return visible(name);
  } catch {
    return 'catalog.yaml';
  }
}

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`);

/** The protocol the URL will be fetched with, when it can be known here. */
function protocolOf(url: string): string | undefined {
  try {
    return new URL(url, globalThis.location?.href).protocol;
  } catch {
    return undefined; // relative with no page to resolve against: fetch decides
  }
}

/** The body, or how many bytes had arrived when it passed the limit (the download stops there; not the size). */
async function readLimited(response: Response): Promise<Uint8Array | number> {
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > LIMITS.fileBytes ? bytes.byteLength : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > LIMITS.fileBytes) {
      await reader.cancel().catch(() => {});
      return total;
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

/** A page, not YAML: the first thing after spaces (and a byte order mark) is "<". No catalog starts so. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 64));
  return head.replace(/^[\s\uFEFF]+/, '').startsWith('<');
}

function networkReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof cause === 'string' ? `${message}: ${cause}` : message;
}

/** The origin of an address, resolved against the page when there is one. */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url, globalThis.location?.href).origin;
  } catch {
    return undefined;
  }
}

/**
 * Where the response really came from, when a redirect took it to another site than the address
 * asked for (consent was given for that address's site, or none was needed for the map's own).
 */
export function redirectedAway(url: string, response: Response): string | undefined {
  return response.url && originOf(response.url) !== originOf(url) ? response.url : undefined;
}

/** Downloads a catalog within the limits, without parsing it (a Worker or the prebuilt JSON may do that). */
export async function fetchCatalogBytes(url: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<FetchedBytes> {
  const file = fileNameOf(url);
  const where = `could not load ${quoted(url, 200)}`;
  const protocol = protocolOf(url);
  if (protocol !== undefined && !ALLOWED_PROTOCOLS.includes(protocol)) {
    return failure(file, `${where}: only http and https addresses can be loaded, not ${protocol} ones`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    const away = redirectedAway(url, response);
    if (away) {
      await response.body?.cancel().catch(() => {});
      const message = `${where}: it redirected to another site, ${new URL(away).host}; nothing from it was used`;
      return { ...failure(file, message), redirectedTo: away };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return failure(file, `${where}: the server answered ${response.status} ${response.statusText}`.trim());
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > LIMITS.fileBytes) {
      await response.body?.cancel().catch(() => {});
      return failure(file, `${where}: it is ${byteCount(length)}, over ${FILE_LIMIT_TEXT}`);
    }
    const bytes = await readLimited(response);
    if (typeof bytes === 'number') {
      // The server did not say the size: the download stops at the limit, so the total is unknown.
      return failure(file, `${where}: it is larger than ${FILE_LIMIT_TEXT}; the download stopped there`);
    }
    if (looksLikeHtml(bytes)) {
      return failure(
        file,
        `${where}: the server sent a web page (HTML), not a YAML catalog; is the address right?`,
      );
    }
    return { ok: true, bytes, file };
  } catch (error) {
    if (controller.signal.aborted) {
      return failure(file, `${where}: no complete answer within ${duration(timeoutMs)}; try again later`);
    }
    return failure(
      file,
      `${where}: the server could not be reached (${networkReason(error)}); ` +
        'check the address and your connection, and that the server allows cross-origin requests',
    );
  } finally {
    clearTimeout(timer);
  }
}
