/**
 * YAML text to a plain value plus a map from field paths to source positions.
 * js-yaml's event stream carries offsets, so one pass over it (`indexEvents`)
 * gives every field's place in the file and enforces the limits; the values
 * themselves come from js-yaml's own constructor, which runs only after that
 * pass has accepted the file.
 */
import { constructFromEvents, parseEvents, type Event } from 'js-yaml';
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
