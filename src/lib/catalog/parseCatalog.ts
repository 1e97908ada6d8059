/**
 * The one way in: YAML text or bytes to a typed catalog, or to every error
 * found, each placed at file:line:column. Runs unchanged in the browser, in
 * Node scripts and in tests. Every limit in `LIMITS` is checked before the
 * work it protects; docs/catalog-format.md describes them.
 */
import { catalogSpec } from './catalogSpec.ts';
import { checkDates } from './checkDates.ts';
import { checkFormerly } from './checkFormerly.ts';
import { checkNames } from './checkNames.ts';
import { checkReferences } from './checkReferences.ts';
import { checkValue, ISSUES_COUNTED, type ShapeIssue } from './checkShape.ts';
import { decodeText, utf8Length } from './decodeText.ts';
import type { CatalogError } from './errors.ts';
import { byteCount, FILE_LIMIT_TEXT, LIMITS } from './limits.ts';
import { placeIssues } from './placeIssues.ts';
import { NeedsPositions, parseYaml, parseYamlWithoutPositions, type YamlDocument } from './parseYaml.ts';
import { visible } from './paths.ts';
import { positionsOf } from './positions.ts';
import type { Catalog } from './types.ts';

/**
 * `warnings`, present only when there are some: things worth a look that do not make the catalog
 * invalid (a name mixing scripts). `npm run validate` prints them; the app accepts the catalog.
 */
export type CatalogResult =
  | { ok: true; catalog: Catalog; warnings?: CatalogError[] }
  | { ok: false; errors: CatalogError[]; warnings?: CatalogError[] };

const whole = (file: string, message: string): CatalogResult => ({
  ok: false,
  errors: [{ file, line: 1, column: 1, path: '', message }],
});

/** The exact size in UTF-8 bytes when it is over the limit; counted only when it may be. */
function overSize(input: string | Uint8Array): number | undefined {
  if (typeof input !== 'string') return input.byteLength > LIMITS.fileBytes ? input.byteLength : undefined;
  if (input.length * 3 <= LIMITS.fileBytes) return undefined; // at most three bytes per character
  // Only runs of non-ASCII characters are counted one by one: a regex skips the ASCII much faster.
  let bytes = input.length;
  for (const [run] of input.matchAll(/[\u0080-\uffff]+/g)) bytes += utf8Length(run) - run.length;
  return bytes > LIMITS.fileBytes ? bytes : undefined;
}

function toErrors(
  issues: ShapeIssue[],
  document: YamlDocument,
  file: string,
  capped: boolean,
): CatalogError[] {
  const errors = placeIssues(issues, document, file);
  if (errors.length <= LIMITS.errors) return errors;
  const shown = errors.slice(0, LIMITS.errors - 1);
  const next = errors[LIMITS.errors - 1]!;
  const more = errors.length - shown.length;
  return [
    ...shown,
    {
      ...next,
      path: '',
      message: `${capped ? 'at least ' : ''}${more} more errors not shown (at most ${LIMITS.errors} are listed); fix these first`,
    },
  ];
}

export function parseCatalog(input: string | Uint8Array, name = 'catalog.yaml'): CatalogResult {
  // The name comes from outside too (a dropped file's name): no hidden characters in the error lines.
  const file = visible(name);
  const size = overSize(input);
  if (size !== undefined) {
    return whole(file, `the file is ${byteCount(size)}, over ${FILE_LIMIT_TEXT} (is it the right file?)`);
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeText(input);
    if (!decoded.ok) {
      const position = positionsOf(decoded.text)(decoded.offset);
      return { ok: false, errors: [{ file, ...position, path: '', message: decoded.message }] };
    }
    text = decoded.text;
  }
  // A byte order mark is harmless: editors on Windows add one. Positions count from after it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Empty when no line has anything but spaces and comments (a linear test: no nested quantifiers).
  if (!/^[ \t]*[^\s#]/m.test(text)) {
    return whole(file, 'the file is empty; a catalog needs article, problems and projects');
  }

  // Most catalogs have nothing to report: read them first without positions, which cost as much as
  // the parse itself, and read them again with positions only to place an error or a warning.
  const quick = parseYamlWithoutPositions(text, file);
  if (quick) {
    try {
      return checkDocument(quick, file, new StopAtFirstIssue());
    } catch (error) {
      if (!(error instanceof NeedsPositions)) throw error;
    }
  }
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  return checkDocument(parsed.document, file, []);
}

/** The quick pass stops at the first issue: the careful pass finds them all again, with their places. */
class StopAtFirstIssue extends Array<ShapeIssue> {
  override push(...items: ShapeIssue[]): number {
    if (items.length > 0) throw new NeedsPositions('an issue to place');
    return this.length;
  }
}

/** The catalog's rules over a parsed document, each issue placed at file:line:column. */
function checkDocument(document: YamlDocument, file: string, issues: ShapeIssue[]): CatalogResult {
  checkValue(catalogSpec, document.value, '', issues);
  const capped = issues.length >= ISSUES_COUNTED;
  // Skip cross-field rules when a list blew its limit (they would do the work the limit
  // prevents) or when there are already more errors than anyone will read.
  let warnings: CatalogError[] = [];
  if (!capped && !issues.some((issue) => issue.overLimit)) {
    const names = checkNames(document.value, new Set(issues.map((issue) => issue.path)));
    issues.push(
      ...checkReferences(document.value),
      ...checkDates(document.value),
      ...checkFormerly(document.value),
      ...names.errors,
    );
    warnings = placeIssues(names.warnings, document, file).slice(0, LIMITS.errors);
  }
  const noted = warnings.length > 0 ? { warnings } : {};
  if (issues.length > 0) return { ok: false, errors: toErrors(issues, document, file, capped), ...noted };
  return { ok: true, catalog: document.value as Catalog, ...noted };
}
