/**
 * What the parse Worker and its client say to each other, in one typed union both sides import, so a
 * change to one side that the other does not expect is a compile error rather than a silent `undefined`.
 */
import type { CatalogError } from '../catalog/errors.ts';
import type { Catalog } from '../catalog/types.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import type { ImportReport } from './importReport.ts';

/** Client to Worker: the bytes of a catalog file and its name (for error positions). */
export interface ParseRequest {
  bytes: Uint8Array;
  file: string;
}

/**
 * Worker to client, in order: `imported` when the file was a landscape.yml converted to a catalog (what
 * the conversion did), `parsed` with the layout's start positions (the map can show them at once), then
 * `settled` with the finished layout; or a single `failed`.
 */
export type WorkerMessage =
  | { type: 'imported'; report: ImportReport }
  | { type: 'parsed'; catalog: Catalog; layout: LayoutData }
  | { type: 'settled'; layout: LayoutData }
  | { type: 'failed'; errors: CatalogError[] };
