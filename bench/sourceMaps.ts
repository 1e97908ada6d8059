/**
 * Generated position → original source file, from a build's source maps (v3), so a CPU profile of the
 * unminified build can say which file of src/ (or which package) a function comes from. Only the source
 * file is looked up: the profile's function names are already the source's.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** One segment's fields from its base64 VLQ text. */
export function decodeVlq(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`sourceMaps: "${c}" is not base64`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export interface SourceMapV3 {
  sources: string[];
  mappings: string;
  sourceRoot?: string;
}

/** Per generated line, its segments as [generated column, source index], in column order. */
export type LineIndex = Array<Array<[number, number]>>;

export function indexMappings(map: SourceMapV3): LineIndex {
  let source = 0;
  return map.mappings.split(';').map((line) => {
    let column = 0;
    const segments: Array<[number, number]> = [];
    for (const text of line.split(',')) {
      if (text === '') continue;
      const [dc = 0, ds] = decodeVlq(text);
      column += dc;
      if (ds !== undefined) {
        source += ds;
        segments.push([column, source]);
      }
    }
    return segments;
  });
}

/** The source file at a generated position (0-based line and column), or null when unmapped. */
export function sourceAt(map: SourceMapV3, index: LineIndex, line: number, column: number): string | null {
  const segments = index[line] ?? [];
  let found: number | null = null;
  for (const [c, s] of segments) {
    if (c > column) break;
    found = s;
  }
  if (found === null) found = segments[0]?.[1] ?? null;
  return found === null ? null : (map.sources[found] ?? null);
}

/** Where a source path belongs, for people: `src/components/map/MapView.svelte`, or the package's name. */
export function shortSource(path: string): string {
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = path.lastIndexOf('src/');
  return src >= 0 ? path.slice(src) : path.replace(/^(\.\.\/)+/, '');
}
