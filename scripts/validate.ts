/**
 * `npm run validate [file ...]`: prints every error of each catalog at once,
 * as file:line:column, and exits non-zero if any file is invalid.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatError, formatWarning, parseCatalog } from '../src/lib/catalog/index.ts';
import { logoErrors } from '../src/lib/logos/logoErrors.ts';
import { loadBrands } from './simpleIcons.ts';

const files = process.argv.slice(2);
if (files.length === 0) files.push('data/catalog.yaml');

let failed = 0;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    failed++;
    continue;
  }
  const name = relative(process.cwd(), file) || file;
  const result = parseCatalog(bytes, name);
  // Logos are checked against the simple-icons package here and in the build; the browser cannot.
  const errors = result.ok
    ? logoErrors(new TextDecoder().decode(bytes), name, result.catalog, loadBrands)
    : result.errors;
  // Warnings do not make a catalog invalid; they go to stderr so that stdout stays the verdict.
  for (const warning of result.warnings ?? []) console.error(formatWarning(warning));
  if (result.ok && errors.length === 0) {
    const { problems, projects } = result.catalog;
    console.log(`${name}: valid (${problems.length} problems, ${projects.length} projects)`);
  } else {
    for (const error of errors) console.error(formatError(error));
    console.error(`${name}: ${errors.length} error${errors.length === 1 ? '' : 's'}`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
