/**
 * What converting a landscape.yml in the app did, with the same accounting `npm run import` prints
 * (read = imported + skipped, by rule), and the catalog as a file to download. The Worker makes it; the
 * explorer looks it up by the catalog object it shows, so no other layer has to carry it.
 */
import type { Catalog } from '../catalog/types.ts';

export interface ImportReport {
  /** The landscape file's name. */
  file: string;
  foundation: string;
  read: number;
  imported: number;
  skipped: Array<{ rule: string; count: number; meaning: string }>;
  /** The summary, line for line as the CLI prints it. */
  lines: string[];
  /** The catalog, serialised as `npm run import` writes it. */
  yaml: string;
}

const reports = new WeakMap<Catalog, ImportReport>();

export function recordImport(catalog: Catalog, report: ImportReport): void {
  reports.set(catalog, report);
}

export function importReportOf(catalog: Catalog): ImportReport | undefined {
  return reports.get(catalog);
}
