/**
 * Hard limits on a catalog. Each is checked before the work it protects, so a
 * hostile or broken file fails fast with a clear message instead of freezing
 * the tab. docs/catalog-format.md lists them for people.
 */
export const LIMITS = {
  /** Bytes of YAML. The imported CNCF landscape with members is about 1.5 MB. */
  fileBytes: 8 * 1024 * 1024,
  /** Projects in one catalog (the whole CNCF landscape is about 2,400). */
  projects: 5000,
  problems: 200,
  /** Nesting depth of YAML collections; a catalog needs 4. */
  depth: 16,
  /** Alias references (`*name`) in one file. */
  aliases: 200,
  /** Nodes after expanding every alias: stops "billion laughs" documents. */
  expandedNodes: 500_000,
  /** Characters in one string value: descriptions, captions, "why" texts. */
  textLength: 2000,
  nameLength: 120,
  idLength: 80,
  urlLength: 2048,
  quoteLength: 120,
  /** Errors reported at most; a broken file can otherwise produce thousands. */
  errors: 200,
} as const;
