/**
 * A catalog the build has already validated and laid out, as JSON next to its
 * YAML (`catalog.yaml` → `catalog.json`). The app and the embed show the JSON
 * at once, then download the YAML and hash it: a site owner who replaces
 * catalog.yaml without rebuilding gets the new file, parsed as usual, a moment
 * later (openCatalog.ts). When they match, no YAML parser, validator or layout
 * runs at all.
 */
import type { Catalog } from '../catalog/types.ts';
import type { LayoutData } from '../graph/toLayout.ts';

export const PREBUILT_FORMAT = 'cloud-native-map/prebuilt-catalog@2';

export interface PrebuiltCatalog {
  format: typeof PREBUILT_FORMAT;
  /** The YAML file it was built from, and its hash (`hashBytes`). */
  source: string;
  sourceHash: string;
  catalog: Catalog;
  layout: LayoutData;
}

interface HashState {
  a: number;
  b: number;
}

/** Two FNV-1a hashes of bytes[from, to), continuing `state`. */
function hashInto(state: HashState, bytes: Uint8Array, from: number, to: number): void {
  let { a, b } = state;
  for (let i = from; i < to; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[i]!, 0x811c9dc5) + i;
  }
  state.a = a;
  state.b = b;
}

const hashText = (length: number, { a, b }: HashState) =>
  `${length}-${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}`;

/** Length and two FNV-1a hashes of the bytes: a changed file is told apart in well under a millisecond. */
export function hashBytes(bytes: Uint8Array): string {
  const state = { a: 0x811c9dc5, b: 0x01000193 };
  hashInto(state, bytes, 0, bytes.length);
  return hashText(bytes.length, state);
}

const SLICE_BYTES = 1 << 16;

/**
 * `hashBytes`, 64 kB at a time with a pause between: the page checks a YAML file it has already shown
 * the prebuilt map of, and must not hold the main thread for it (225 kB took 62 ms at 4× CPU in one go).
 */
export async function hashBytesInSlices(
  bytes: Uint8Array,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<string> {
  const state = { a: 0x811c9dc5, b: 0x01000193 };
  for (let from = 0; from < bytes.length; from += SLICE_BYTES) {
    hashInto(state, bytes, from, Math.min(bytes.length, from + SLICE_BYTES));
    await pause();
  }
  return hashText(bytes.length, state);
}

export function prebuiltUrl(yamlUrl: string): string | undefined {
  return /\.ya?ml$/.test(new URL(yamlUrl).pathname)
    ? yamlUrl.replace(/\.ya?ml(?=$|[?#])/, '.json')
    : undefined;
}

/**
 * The prebuilt catalog in `text`, if well formed and, when a hash is given, built from exactly the YAML
 * with that hash (without one, the caller compares `sourceHash` once it has the YAML).
 */
export function readPrebuilt(text: string, yamlHash?: string): PrebuiltCatalog | undefined {
  try {
    const data = JSON.parse(text) as Partial<PrebuiltCatalog>;
    const { catalog, layout } = data;
    if (
      data.format !== PREBUILT_FORMAT ||
      typeof data.sourceHash !== 'string' ||
      (yamlHash !== undefined && data.sourceHash !== yamlHash) ||
      !catalog ||
      typeof catalog.article !== 'object' ||
      !Array.isArray(catalog.problems) ||
      !Array.isArray(catalog.projects) ||
      !layout ||
      !Array.isArray(layout.positions) ||
      !layout.positions.every((n) => typeof n === 'number' && Number.isFinite(n)) ||
      layout.positions.length !== 2 * (1 + catalog.problems.length + catalog.projects.length)
    ) {
      return undefined;
    }
    return data as PrebuiltCatalog;
  } catch {
    return undefined;
  }
}
