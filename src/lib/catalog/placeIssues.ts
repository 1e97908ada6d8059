/**
 * Shape issues carry a path into the document; people need a line and a column.
 * Shared by the catalog validator and the importer's mapping file.
 */
import type { ShapeIssue } from './checkShape.ts';
import type { CatalogError } from './errors.ts';
import type { YamlDocument } from './parseYaml.ts';

/** Each issue at its place in the file, in reading order. */
export function placeIssues(issues: ShapeIssue[], document: YamlDocument, file: string): CatalogError[] {
  return issues
    .map((issue) => ({
      file,
      ...(issue.atKey ? document.locateKey(issue.path) : document.locate(issue.path)),
      path: issue.path,
      message: issue.message,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
