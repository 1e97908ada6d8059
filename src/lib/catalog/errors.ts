/** A mistake in a catalog, placed where a person can find it. Lines and columns count from 1. */
export interface CatalogError {
  file: string;
  line: number;
  column: number;
  /** The field, e.g. `projects[41].problems[0]`; empty for the file as a whole. */
  path: string;
  message: string;
}

/** `catalog.yaml:212:9 projects[41].problems[0]: unknown problem "tracng" (did you mean "tracing"?)` */
export function formatError(error: CatalogError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  return error.path ? `${where} ${error.path}: ${error.message}` : `${where} ${error.message}`;
}

/** `catalog.yaml:12:11 projects[3].name: warning: mixes Latin and Lisu letters; ...` */
export function formatWarning(warning: CatalogError): string {
  return formatError({ ...warning, message: `warning: ${warning.message}` });
}
