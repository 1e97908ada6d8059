/**
 * A light lexical scan of YAML text: fast (one loop over character codes, no
 * allocation per token) and deliberately not a parser. It knows quotes, flow
 * brackets, comments and block scalars (whose lines it skips), which is
 * enough for two jobs js-yaml cannot do for us:
 *
 * - `findUnclosed`: when js-yaml gives up with "deficient indentation" or an
 *   unexpected end of the file, find the quote or bracket opened earlier and
 *   never closed, so the error points at it instead of at the line after.
 * - `countValuesPast`: a lower bound on the number of values in the file
 *   (block list items, mapping keys, entries after commas in flow lists), so a
 *   file of nothing but `a,a,a,...` is refused before js-yaml builds one event
 *   object per value (2 million of them for 4 MB, about a second).
 */
export interface Unclosed {
  offset: number;
  char: '"' | "'" | '[' | '{';
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const isBreak = (c: number) => c === LF || c === CR;
/** Whitespace, a byte order mark, a line break, or past the end (NaN). */
const isEnd = (c: number) => !(c > SPACE) || c === TAB || c === 0xfeff;
const CHARS = {
  dquote: 34,
  squote: 39,
  hash: 35,
  open: [91, 123], // [ {
  close: [93, 125], // ] }
  comma: 44,
  colon: 58,
  dash: 45,
  question: 63,
  block: [124, 62], // | >
  property: [38, 33], // & !
  backslash: 92,
} as const;

/** The offset just past the closing quote, or -1 when the quote is still open at `end`. */
function closeQuote(text: string, open: number, end: number): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote === CHARS.dquote && c === CHARS.backslash) i++;
    else if (c === quote) {
      if (quote === CHARS.squote && text.charCodeAt(i + 1) === CHARS.squote) i++;
      else return i + 1;
    }
  }
  return -1;
}

interface ScanResult {
  /** The innermost quote or bracket still open at `end`. */
  open: Unclosed | undefined;
  /** Where the count of values first passed the budget, if it did. */
  over: number | undefined;
}

function scan(text: string, end: number, budget: number): ScanResult {
  const stop = Math.min(end, text.length);
  const flow: Array<{ offset: number; code: number }> = [];
  let values = 0;
  let i = 0;
  let lineStart = true;
  let indent = 0;
  let blockIndent: number | undefined; // while set, lines indented deeper than this belong to a block scalar
  let tokenStart = true;
  let firstOnLine = true; // nothing but indentation read on this line yet
  const count = () => ++values > budget;
  const skipLine = () => {
    while (i < stop && !isBreak(text.charCodeAt(i))) i++;
  };

  while (i < stop) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart) {
      let k = i;
      while (text.charCodeAt(k) === SPACE) k++;
      indent = k - i;
      const blank = k >= text.length || isBreak(text.charCodeAt(k));
      const marker =
        indent === 0 &&
        (text.startsWith('---', k) || text.startsWith('...', k)) &&
        isEnd(text.charCodeAt(k + 3));
      if (blockIndent !== undefined && !marker && (blank || indent > blockIndent)) {
        skipLine();
        continue;
      }
      blockIndent = undefined;
      lineStart = false;
      firstOnLine = true;
      if (flow.length === 0) tokenStart = true;
      i = k;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const inFlow = flow.length > 0;
    if (tokenStart && (c === CHARS.dquote || c === CHARS.squote)) {
      const after = closeQuote(text, i, stop);
      if (after < 0) return { open: { offset: i, char: c === CHARS.dquote ? '"' : "'" }, over: undefined };
      i = after;
      tokenStart = false;
      continue;
    }
    if (c === CHARS.hash && (i === 0 || isEnd(text.charCodeAt(i - 1)))) {
      skipLine();
      continue;
    }
    if ((c === CHARS.open[0] || c === CHARS.open[1]) && (tokenStart || inFlow)) {
      flow.push({ offset: i, code: c });
      tokenStart = true;
    } else if ((c === CHARS.close[0] || c === CHARS.close[1]) && inFlow) {
      flow.pop();
      tokenStart = false;
    } else if (c === CHARS.comma && inFlow) {
      // An entry after a comma in a flow list is one more value.
      if (flow[flow.length - 1]!.code === CHARS.open[0] && count()) return { open: undefined, over: i };
      tokenStart = true;
    } else if (
      c === CHARS.colon &&
      (isEnd(next) || (inFlow && (next === 44 || next === 93 || next === 125)))
    ) {
      if (count()) return { open: undefined, over: i }; // a mapping key
      tokenStart = true;
    } else if ((c === CHARS.dash || c === CHARS.question) && tokenStart && isEnd(next)) {
      if (c === CHARS.dash && !inFlow && count()) return { open: undefined, over: i }; // a block list item
      tokenStart = true;
    } else if ((c === CHARS.block[0] || c === CHARS.block[1]) && tokenStart && !inFlow) {
      // Its lines are indented deeper than the node holding it: the key or dash before it on this
      // line. When it starts the line, that node is out of sight (at the root, any indentation
      // belongs to the text): skip to the end of the document rather than count its words.
      blockIndent = firstOnLine ? -1 : indent;
      skipLine();
      continue;
    } else if ((c === CHARS.property[0] || c === CHARS.property[1]) && tokenStart) {
      // An anchor or tag: the node itself comes after it.
      while (i < stop && !isEnd(text.charCodeAt(i))) i++;
      continue;
    } else if (!isEnd(c)) {
      tokenStart = false;
    }
    if (!isEnd(c)) firstOnLine = false;
    i++;
  }
  const last = flow[flow.length - 1];
  return {
    open: last && { offset: last.offset, char: last.code === CHARS.open[0] ? '[' : '{' },
    over: undefined,
  };
}

export function findUnclosed(text: string, end: number): Unclosed | undefined {
  return scan(text, end, Infinity).open;
}

/** The offset where the file is known to hold more than `limit` values, or undefined. */
export function countValuesPast(text: string, limit: number): number | undefined {
  return scan(text, text.length, limit).over;
}
