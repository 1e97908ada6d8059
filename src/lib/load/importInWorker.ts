/**
 * A landscape.yml dropped on the app or opened with `?catalog=`, converted with the code of
 * `npm run import` (src/lib/import) against the same mapping and curated catalog, which are bundled here
 * as text. This module is imported on demand by the Worker (parseWorker.ts), so neither the mapping nor
 * the curated catalog weighs on any page's first view.
 */
import curatedText from '../../../data/catalog.yaml?raw';
import mappingText from '../../../data/landscape-problems.yaml?raw';
import type { CatalogError } from '../catalog/errors.ts';
import { parseCatalog } from '../catalog/parseCatalog.ts';
import { serializeCatalog } from '../catalog/serializeCatalog.ts';
import type { Catalog } from '../catalog/types.ts';
import {
  checkAccounting,
  formatSummary,
  importLandscape,
  loadMapping,
  skippedByRule,
} from '../import/index.ts';
import { SKIP_RULES } from '../import/types.ts';
import type { ImportReport } from './importReport.ts';

export type ImportOutcome =
  | { ok: true; catalog: Catalog; report: ImportReport }
  | { ok: false; errors: CatalogError[] };

const failed = (file: string, message: string): ImportOutcome => ({
  ok: false,
  errors: [{ file, line: 1, column: 1, path: '', message }],
});

export function importLandscapeFile(text: string, file: string): ImportOutcome {
  const bundled = parseCatalog(curatedText, 'data/catalog.yaml');
  if (!bundled.ok) return bundled;
  const mapping = loadMapping(mappingText, bundled.catalog, 'data/landscape-problems.yaml');
  if (!mapping.ok) return mapping;
  const result = importLandscape(text, {
    bundled: bundled.catalog,
    mapping: mapping.mapping,
    includeMembers: false,
    file,
  });
  if (!result.ok) return result;
  const { catalog, summary } = result;
  const accounting = checkAccounting(summary);
  if (accounting) return failed(file, accounting);
  const yaml = serializeCatalog(catalog, {
    comment: [
      `Converted from ${file} by Cloud Native Map (the code of \`npm run import\`).`,
      `Source: a landscape.yml of ${summary.foundation.name} in the cncf/landscape format`,
      '(https://github.com/cncf/landscape), landscape data licensed Apache-2.0 and also offered under',
      "CC-BY-4.0. Curated problems and descriptions come from the map's data/catalog.yaml.",
    ].join('\n'),
  });
  const report: ImportReport = {
    file,
    foundation: summary.foundation.name,
    read: summary.read,
    imported: summary.imported,
    skipped: skippedByRule(summary).map(({ rule, count }) => ({ rule, count, meaning: SKIP_RULES[rule] })),
    lines: formatSummary(summary),
    yaml,
  };
  return { ok: true, catalog, report };
}
