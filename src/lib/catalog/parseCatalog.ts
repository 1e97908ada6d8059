/**
 * The one way in: YAML text or bytes to a typed catalog, or to every error
 * found, each placed at file:line:column. Runs unchanged in the browser, in
 * Node scripts and in tests.
 */
import { catalogSpec } from './catalogSpec.ts';
import { checkReferences } from './checkReferences.ts';
import { checkValue, type ShapeIssue } from './checkShape.ts';
import type { CatalogError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { parseYaml, type YamlDocument } from './parseYaml.ts';
import type { Catalog } from './types.ts';

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; errors: CatalogError[] };

const whole = (file: string, message: string): CatalogResult => ({
  ok: false,
  errors: [{ file, line: 1, column: 1, path: '', message }],
});

function decode(bytes: Uint8Array, file: string): string | CatalogResult {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // TextDecoder does not say where; find the first bad byte so the author can.
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(0, bad));
    const line = before.split('\n').length;
    const column = bad - before.lastIndexOf('\n');
    return {
      ok: false,
      errors: [
        { file, line, column, path: '', message: 'the file is not valid UTF-8 text; save it as UTF-8' },
      ],
    };
  }
}

function toErrors(issues: ShapeIssue[], document: YamlDocument, file: string): CatalogError[] {
  return issues
    .map((issue) => ({
      file,
      ...(issue.atKey ? document.locateKey(issue.path) : document.locate(issue.path)),
      path: issue.path,
      message: issue.message,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .slice(0, LIMITS.errors);
}

export function parseCatalog(input: string | Uint8Array, file = 'catalog.yaml'): CatalogResult {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > LIMITS.fileBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return whole(file, `the file is ${mb(size)} MB; catalogs are limited to ${mb(LIMITS.fileBytes)} MB`);
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decode(input, file);
    if (typeof decoded !== 'string') return decoded;
    text = decoded;
  }
  // A byte order mark is harmless: editors on Windows add one.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return whole(file, 'the file is empty; a catalog needs article, problems and projects');
  }

  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { document } = parsed;

  const issues: ShapeIssue[] = [];
  checkValue(catalogSpec, document.value, '', issues);
  // Skip cross-field rules when a list blew its limit: they would do the work the limit prevents.
  if (!issues.some((issue) => issue.overLimit)) {
    issues.push(...checkReferences(document.value));
  }
  if (issues.length > 0) return { ok: false, errors: toErrors(issues, document, file) };
  return { ok: true, catalog: document.value as Catalog };
}
