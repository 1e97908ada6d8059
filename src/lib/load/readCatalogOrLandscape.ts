/**
 * Catalog bytes to a catalog, whichever of the two formats they are in: a catalog is parsed as it is; a
 * landscape.yml (a top-level `landscape:`) is converted by the importer, loaded on demand, and comes with
 * the report of what the conversion did. `parse` is passed in so this module pulls in nothing heavy.
 */
import type { CatalogError } from '../catalog/errors.ts';
import type { CatalogResult } from '../catalog/parseCatalog.ts';
import type { Catalog } from '../catalog/types.ts';
import type { ImportReport } from './importReport.ts';
import { isLandscapeFormat } from './landscapeFormat.ts';

export type ReadResult =
  | { ok: true; catalog: Catalog; report?: ImportReport }
  | { ok: false; errors: CatalogError[] };

export async function readCatalogOrLandscape(
  bytes: Uint8Array,
  file: string,
  parse: (bytes: Uint8Array, file: string) => CatalogResult,
): Promise<ReadResult> {
  // Lenient decoding is enough to look for the key; the importer is given strict text.
  const text = new TextDecoder().decode(bytes);
  if (!isLandscapeFormat(text)) return parse(bytes, file);
  let strict: string;
  try {
    strict = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const message = 'the file is not valid UTF-8 text; save it as UTF-8';
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message }] };
  }
  const { importLandscapeFile } = await import('./importInWorker.ts');
  return importLandscapeFile(strict.replace(/^\uFEFF/, ''), file);
}
