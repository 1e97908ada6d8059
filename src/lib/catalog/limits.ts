import { groupDigits } from './groupDigits.ts';

/**
 * Hard limits on a catalog. Each is checked before the work it protects, so a
 * hostile or broken file fails fast with a clear message instead of freezing
 * the tab: the file size before decoding and parsing, aliases, total values
 * and list lengths while reading the YAML events (before any value is built),
 * string lengths before any other check on the string. docs/catalog-format.md
 * lists them, with the reasons, for people.
 */
export const LIMITS = {
  /**
   * Bytes of YAML (UTF-8). The bundled catalog is about 50 kB and the imported
   * CNCF landscape with members about 1.5 MB; 4 MB also bounds the parser's
   * worst case (a file of nothing but `a,a,a,...`) to about a second.
   */
  fileBytes: 4 * 1024 * 1024,
  /** Projects in one catalog (the whole CNCF landscape is about 2,400). */
  projects: 5000,
  problems: 200,
  /** Nesting depth of YAML collections; a catalog needs 4. */
  depth: 16,
  /** Alias references (`*name`) in one file. */
  aliases: 200,
  /**
   * Values (mappings, lists, keys and scalars) after expanding every alias.
   * A catalog at the project limit holds about 120,000; this stops "billion
   * laughs" alias bombs and files that are all punctuation.
   */
  expandedNodes: 250_000,
  /** Characters in one string value: descriptions, captions, "why" texts. */
  textLength: 2000,
  nameLength: 120,
  idLength: 80,
  urlLength: 2048,
  quoteLength: 120,
  /** Errors reported at most; a broken file can otherwise produce thousands. */
  errors: 200,
} as const;

/** An exact size for people: `4,194,305 bytes`. */
export const byteCount = (bytes: number): string => `${groupDigits(bytes)} bytes`;

/** `the 4,194,304-byte limit for one catalog (4 MB)`: the exact figure, and the round one people know. */
export const FILE_LIMIT_TEXT = `the ${groupDigits(LIMITS.fileBytes)}-byte limit for one catalog (${LIMITS.fileBytes / 1024 / 1024} MB)`;
