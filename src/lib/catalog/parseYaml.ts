/**
 * YAML text to a plain value plus a map from field paths to source positions.
 * js-yaml's event stream carries offsets, so one pass over it (`indexEvents`)
 * gives every field's place in the file and enforces the limits; the values
 * themselves come from js-yaml's own constructor, which runs only after that
 * pass has accepted the file. `parseYamlWithoutPositions` is the fast way for
 * files with nothing to report.
 */
import { constructFromEvents, load, parseEvents, type Event } from 'js-yaml';
import type { CatalogError } from './errors.ts';
import { indexEvents, TOO_MANY_VALUES } from './indexEvents.ts';
import { LIMITS } from './limits.ts';
import { parentPath } from './paths.ts';
import { positionsOf, type Position } from './positions.ts';
import { countValuesPast } from './scanYaml.ts';
import { explainYamlError } from './yamlReasons.ts';

export type { Position } from './positions.ts';
export { childPath, parentPath } from './paths.ts';

export interface YamlDocument {
  value: unknown;
  /** Where the value at `path` starts (the nearest known ancestor when the path came through an alias). */
  locate(path: string): Position;
  /** Where the key of the field at `path` starts; falls back to the value. */
  locateKey(path: string): Position;
}

export type YamlResult = { ok: true; document: YamlDocument } | { ok: false; errors: CatalogError[] };

export function parseYaml(source: string, file: string): YamlResult {
  const at = positionsOf(source);
  const fail = (offset: number, message: string, path = ''): YamlResult => ({
    ok: false,
    errors: [{ file, ...at(offset), path, message }],
  });
  const failWith = (error: unknown): YamlResult => {
    const { offset, message } = explainYamlError(error, source);
    return fail(offset, message);
  };

  // js-yaml builds one event object per value before anything can count them: refuse a file that
  // is clearly over the limit first (a cheap scan that can only under-count).
  const over = countValuesPast(source, LIMITS.expandedNodes);
  if (over !== undefined) return fail(over, TOO_MANY_VALUES);

  let events: Event[];
  try {
    events = parseEvents(source, { filename: file, maxDepth: LIMITS.depth });
  } catch (error) {
    return failWith(error);
  }

  const index = indexEvents(source, events);
  if ('message' in index) return fail(index.offset, index.message, index.path);

  let value: unknown;
  try {
    value = constructFromEvents(events, { source, filename: file, maxAliases: LIMITS.aliases })[0] ?? null;
  } catch (error) {
    return failWith(error);
  }

  const locate = (path: string): Position => {
    for (let p = path; ; p = parentPath(p)) {
      const offset = index.valueAt.get(p);
      if (offset !== undefined) return at(offset);
      if (p === '') return at(0);
    }
  };
  const locateKey = (path: string): Position => {
    const offset = index.keyAt.get(path);
    return offset === undefined ? locate(path) : at(offset);
  };
  return { ok: true, document: { value, locate, locateKey } };
}

/** Thrown by a document read without positions when something asks where a value is. */
export class NeedsPositions extends Error {}

const needsPositions = (): never => {
  throw new NeedsPositions('this document was read without positions');
};

const QUICK_SCAN_LIMIT = 80_000;

/**
 * Lines that start an item of a list at the first two indentations (`- ` or `  - `), where a catalog's
 * problems and projects are: a file with more of them than the limits allow goes the careful way at
 * once, which stops reading at the first item too many. Only a hint: nothing depends on it being exact.
 */
function outerItems(source: string): number {
  let count = source.startsWith('- ') || source.startsWith('  - ') ? 1 : 0;
  for (const marker of ['\n- ', '\n  - ']) {
    for (let at = source.indexOf(marker); at >= 0; at = source.indexOf(marker, at + 1)) count++;
  }
  return count;
}

/** Values as indexEvents counts them (mappings, keys, lists, scalars), or `undefined` past `limit`. */
function countValues(value: unknown, limit: number): number | undefined {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    count++;
    if (Array.isArray(next)) for (const item of next) stack.push(item);
    else if (next !== null && typeof next === 'object') {
      for (const item of Object.values(next)) stack.push(item);
      count += Object.keys(next).length;
    }
    if (count > limit) return undefined;
  }
  return count;
}

/**
 * The fast way in, for the common case of a file with nothing to report: js-yaml alone, with no event
 * index and no positions (together they cost as much as the parse). `undefined` whenever the careful
 * path (`parseYaml`) could see it differently: a syntax error, an alias, a second document, a complex
 * key (js-yaml refuses those too), or a file past a limit. Its `locate` throws `NeedsPositions`: a
 * caller with something to report reads the file again with `parseYaml`.
 */
export function parseYamlWithoutPositions(source: string, file: string): YamlDocument | undefined {
  // Within the limits only, which the careful path would name with their place. The cheap count comes
  // first, so that a hostile file is never built whole to be counted: it sees about 10 values per
  // project of a real catalog (52,000 at the 5,000-project limit), and a file past this is unusual
  // enough to go the careful way at once.
  if (countValuesPast(source, QUICK_SCAN_LIMIT) !== undefined) return undefined;
  if (outerItems(source) > LIMITS.projects + LIMITS.problems + 100) return undefined;
  let value: unknown;
  try {
    value = load(source, { filename: file, maxDepth: LIMITS.depth, maxAliases: 0 }) ?? null;
  } catch {
    return undefined;
  }
  if (countValues(value, LIMITS.expandedNodes) === undefined) return undefined;
  if (value !== null && typeof value === 'object') {
    const { projects, problems } = value as { projects?: unknown; problems?: unknown };
    if (Array.isArray(projects) && projects.length > LIMITS.projects) return undefined;
    if (Array.isArray(problems) && problems.length > LIMITS.problems) return undefined;
  }
  return { value, locate: needsPositions, locateKey: needsPositions };
}
