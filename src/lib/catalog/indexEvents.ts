/**
 * One pass over js-yaml's event stream, before any value is built: it records
 * where every field starts, and it enforces the limits that protect the work
 * after it (aliases, alias expansion, total values, projects and problems), so
 * a hostile file stops here, in time proportional to what was read.
 */
import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event } from 'js-yaml';
import { LIMITS } from './limits.ts';
import { childPath } from './paths.ts';
import { groupDigits } from './groupDigits.ts';

export interface EventIndex {
  /** Offset where the value at each path starts. */
  valueAt: Map<string, number>;
  /** Offset where the key of each mapping entry starts. */
  keyAt: Map<string, number>;
}

export interface IndexFailure {
  offset: number;
  path: string;
  message: string;
}

interface Frame {
  kind: 'map' | 'seq';
  path: string;
  start: number;
  index: number;
  /** Mappings alternate key, value: the path of the key just read, or undefined when the next node is a key. */
  key: string | undefined;
  keyStart: number;
  anchor: string | undefined;
  /** Values inside this collection once aliases are expanded, itself included. */
  size: number;
}

/** Lists whose length is limited before their items are built or checked. */
const LIST_LIMITS = new Map<string, [limit: number, noun: string]>([
  ['projects', [LIMITS.projects, 'projects']],
  ['problems', [LIMITS.problems, 'problems']],
]);

const count = groupDigits;

export const TOO_MANY_VALUES =
  `the file holds more than ${count(LIMITS.expandedNodes)} values (list items, keys and texts), ` +
  'the limit for one catalog; stopped reading here';

/** Where a node's text begins (its tag or anchor if it has one, the opening quote of a quoted scalar), or -1 for an empty node. */
function nodeStart(event: Event): number {
  let candidates: number[];
  if (event.type === EVENT_ID.SCALAR) {
    const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
    candidates = [quoted ? event.valueStart - 1 : event.valueStart, event.anchorStart - 1, event.tagStart];
  } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
    candidates = [event.start, event.anchorStart - 1, event.tagStart];
  } else if (event.type === EVENT_ID.ALIAS) {
    candidates = [event.anchorStart - 1];
  } else return -1;
  const known = candidates.filter((n) => n >= 0);
  return known.length > 0 ? Math.min(...known) : -1;
}

function anchorName(source: string, event: Event): string | undefined {
  if (event.type !== EVENT_ID.SCALAR && event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) {
    return undefined;
  }
  return event.anchorStart >= 0 ? source.slice(event.anchorStart, event.anchorEnd) : undefined;
}

/** The `---` that starts the second document. */
function secondDocumentStart(source: string, firstHadMarker: boolean): number {
  const markers = [...source.matchAll(/^---(?=[ \t\r\n]|$)/gm)].map((match) => match.index);
  return markers[firstHadMarker ? 1 : 0] ?? source.length;
}

export function indexEvents(source: string, events: Event[]): EventIndex | IndexFailure {
  const valueAt = new Map<string, number>();
  const keyAt = new Map<string, number>();
  const anchorSizes = new Map<string, number>();
  const stack: Frame[] = [];
  let firstHadMarker = false;
  let documents = 0;
  let aliases = 0;
  let expanded = 0;

  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      if (++documents === 1) firstHadMarker = event.explicitStart;
      else
        return {
          offset: secondDocumentStart(source, firstHadMarker),
          path: '',
          message: 'a second YAML document starts here; a catalog is one document (remove this "---" line)',
        };
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
    let start = nodeStart(event);
    let path = '';
    if (parent?.kind === 'seq') {
      path = childPath(parent.path, parent.index++);
      const limit = LIST_LIMITS.get(parent.path);
      if (limit && parent.index > limit[0]) {
        return {
          offset: start >= 0 ? start : parent.start,
          path: parent.path,
          message: `too many ${limit[1]}: more than ${count(limit[0])}, the limit for one catalog; stopped reading here`,
        };
      }
      if (start < 0) start = parent.start;
    } else if (parent?.kind === 'map') {
      if (parent.key === undefined) {
        // A mapping key. Complex keys (lists or mappings as keys) are never part of a catalog.
        if (start < 0) start = parent.start;
        if (event.type !== EVENT_ID.SCALAR) {
          return { offset: start, path: parent.path, message: 'a mapping key must be a plain string' };
        }
        parent.key = childPath(parent.path, getScalarValue(source, event));
        parent.keyStart = start;
        keyAt.set(parent.key, start);
        parent.size += 1;
        expanded += 1;
        continue;
      }
      path = parent.key;
      parent.key = undefined;
      if (start < 0) start = parent.keyStart;
    } else if (start < 0) start = 0;
    if (!valueAt.has(path)) valueAt.set(path, start);

    let size = 1;
    if (event.type === EVENT_ID.ALIAS) {
      if (++aliases > LIMITS.aliases) {
        return {
          offset: start,
          path,
          message: `too many aliases: more than ${count(LIMITS.aliases)} "*" references in one file`,
        };
      }
      size = anchorSizes.get(source.slice(event.anchorStart, event.anchorEnd)) ?? 1;
    }
    expanded += size;
    if (expanded > LIMITS.expandedNodes) {
      return {
        offset: start,
        path,
        message:
          aliases > 0
            ? `the document grows past ${count(LIMITS.expandedNodes)} values once its aliases are expanded ` +
              '(an alias bomb?); write the values out instead of nesting aliases'
            : TOO_MANY_VALUES,
      };
    }

    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      stack.push({
        kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq',
        path,
        start,
        index: 0,
        key: undefined,
        keyStart: start,
        anchor: anchorName(source, event),
        size: 1,
      });
    } else {
      const anchor = anchorName(source, event);
      if (anchor !== undefined) anchorSizes.set(anchor, 1);
      if (parent) parent.size += size;
    }
  }
  return { valueAt, keyAt };
}
