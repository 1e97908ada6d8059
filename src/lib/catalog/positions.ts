/**
 * Offsets in the text to the 1-based line and column a person sees in an
 * editor. A line ends at `\n`, `\r\n` or a lone `\r` (YAML and editors agree);
 * columns count UTF-16 code units, as editors' "Col" does.
 */
export interface Position {
  line: number;
  column: number;
}

/** Start offsets of every line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Line count as `lineStarts` sees it: a text ending in a newline has an empty last line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * A function from offset to position. Offsets outside the text (js-yaml reports
 * some errors one past the end) are clamped, and a column never passes the end
 * of its line's content, so every position exists in the file.
 */
export function positionsOf(text: string): (offset: number) => Position {
  const starts = lineStarts(text);
  return (offset) => {
    const at = Math.min(Math.max(0, Number.isFinite(offset) ? offset : 0), text.length);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    const start = starts[low]!;
    let end = low + 1 < starts.length ? starts[low + 1]! : text.length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    return { line: low + 1, column: Math.min(at, end) - start + 1 };
  };
}

/** Whether a position exists in the text: its line does, and its column is on that line or just past its end. */
export function isInside(text: string, position: Position): boolean {
  const line = splitLines(text)[position.line - 1];
  return line !== undefined && position.column >= 1 && position.column <= line.length + 1;
}
