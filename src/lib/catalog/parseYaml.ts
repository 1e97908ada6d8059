/**
 * YAML text to a plain value plus a map from field paths to source positions.
 * js-yaml's event stream carries offsets, so one pass over it gives every
 * field's place in the file; the values themselves come from js-yaml's own
 * constructor. Limits (depth, aliases, alias expansion) are enforced here,
 * before any walk over the value could explode.
 */
import {
  constructFromEvents,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  type Event,
} from 'js-yaml';
import type { CatalogError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { friendlyYamlReason } from './yamlReasons.ts';

export interface Position {
  line: number;
  column: number;
}

export interface YamlDocument {
  value: unknown;
  /** Where the value at `path` starts (the nearest known ancestor when the path came through an alias). */
  locate(path: string): Position;
  /** Where the key of the field at `path` starts; falls back to the value. */
  locateKey(path: string): Position;
}

export type YamlResult = { ok: true; document: YamlDocument } | { ok: false; errors: CatalogError[] };

/** `projects[3].name`, or `projects[3]["odd key"]` for keys that are not identifiers. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_][\w-]*$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

interface Frame {
  kind: 'map' | 'seq';
  path: string;
  index: number;
  /** Mappings alternate key, value: the key just read, or undefined when the next node is a key. */
  key: string | undefined;
  anchor: string | undefined;
  size: number;
}

/** Start offsets of every line, for turning an offset into line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function toPosition(starts: number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** Where a node's text begins: its tag or anchor if it has one, the opening quote of a quoted scalar. */
function nodeStart(event: Event): number {
  switch (event.type) {
    case EVENT_ID.SCALAR: {
      const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
      const candidates = [
        quoted ? event.valueStart - 1 : event.valueStart,
        event.anchorStart - 1,
        event.tagStart,
      ];
      return Math.min(...candidates.filter((n) => n >= 0));
    }
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE: {
      const candidates = [event.start, event.anchorStart - 1, event.tagStart];
      return Math.min(...candidates.filter((n) => n >= 0));
    }
    case EVENT_ID.ALIAS:
      return event.anchorStart - 1;
    default:
      return 0;
  }
}

function anchorName(source: string, event: Event): string | undefined {
  if (event.type !== EVENT_ID.SCALAR && event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) {
    return undefined;
  }
  return event.anchorStart >= 0 ? source.slice(event.anchorStart, event.anchorEnd) : undefined;
}

export function parseYaml(source: string, file: string): YamlResult {
  const starts = lineStarts(source);
  const fail = (offset: number, message: string, path = ''): YamlResult => ({
    ok: false,
    errors: [{ file, ...toPosition(starts, offset), path, message }],
  });

  let events: Event[];
  try {
    events = parseEvents(source, { filename: file, maxDepth: LIMITS.depth });
  } catch (error) {
    return fromYamlException(error, file, starts);
  }

  const valueAt = new Map<string, number>();
  const keyAt = new Map<string, number>();
  const anchorSizes = new Map<string, number>();
  const stack: Frame[] = [];
  let documents = 0;
  let aliases = 0;
  let expanded = 0;

  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      documents++;
      if (documents > 1)
        return fail(source.length, 'expected one YAML document, found several (remove the "---" separators)');
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      const frame = stack.pop();
      if (frame) {
        if (frame.anchor !== undefined) anchorSizes.set(frame.anchor, frame.size);
        const parent = stack[stack.length - 1];
        if (parent) parent.size += frame.size;
      }
      continue;
    }

    const parent = stack[stack.length - 1];
    const start = nodeStart(event);
    let path = '';
    if (parent?.kind === 'seq') {
      path = childPath(parent.path, parent.index++);
    } else if (parent?.kind === 'map') {
      if (parent.key === undefined) {
        // A mapping key. Complex keys are rejected by the constructor below.
        const key = event.type === EVENT_ID.SCALAR ? getScalarValue(source, event) : '?';
        parent.key = key;
        keyAt.set(childPath(parent.path, key), start);
        if (event.type !== EVENT_ID.SCALAR)
          return fail(start, 'a mapping key must be a plain string', parent.path);
        parent.size += 1;
        expanded += 1;
        continue;
      }
      path = childPath(parent.path, parent.key);
      parent.key = undefined;
    }
    if (!valueAt.has(path)) valueAt.set(path, start);

    let size = 1;
    if (event.type === EVENT_ID.ALIAS) {
      aliases++;
      const name = source.slice(event.anchorStart, event.anchorEnd);
      if (aliases > LIMITS.aliases) {
        return fail(start, `too many aliases: more than ${LIMITS.aliases} "*" references in one file`, path);
      }
      size = anchorSizes.get(name) ?? 1;
    }
    expanded += size;
    if (expanded > LIMITS.expandedNodes) {
      return fail(
        start,
        `the document grows past ${LIMITS.expandedNodes.toLocaleString('en')} values once aliases are expanded ` +
          '(an alias bomb?); write the values out instead of nesting aliases',
        path,
      );
    }

    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      stack.push({
        kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq',
        path,
        index: 0,
        key: undefined,
        anchor: anchorName(source, event),
        size: 1,
      });
    } else {
      const anchor = anchorName(source, event);
      if (anchor !== undefined) anchorSizes.set(anchor, 1);
      if (parent) parent.size += size;
    }
  }

  let value: unknown;
  try {
    value = constructFromEvents(events, { source, filename: file, maxAliases: LIMITS.aliases })[0] ?? null;
  } catch (error) {
    return fromYamlException(error, file, starts);
  }

  const locate = (path: string): Position => {
    for (let p = path; ; p = parentPath(p)) {
      const offset = valueAt.get(p);
      if (offset !== undefined) return toPosition(starts, offset);
      if (p === '') return { line: 1, column: 1 };
    }
  };
  const locateKey = (path: string): Position => {
    const offset = keyAt.get(path);
    return offset === undefined ? locate(path) : toPosition(starts, offset);
  };
  return { ok: true, document: { value, locate, locateKey } };
}

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → ``. */
export function parentPath(path: string): string {
  const match = /(?:\.[^.[\]]+|\[[^\]]*\])$/.exec(path);
  return match ? path.slice(0, match.index) : '';
}

function fromYamlException(error: unknown, file: string, starts: number[]): YamlResult {
  const mark = (error as { mark?: { position?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  const position =
    mark?.position !== undefined ? toPosition(starts, mark.position) : ({ line: 1, column: 1 } as Position);
  return { ok: false, errors: [{ file, ...position, path: '', message: friendlyYamlReason(reason) }] };
}
