/**
 * When js-yaml gives up with "deficient indentation" or an unexpected end of
 * the file, the cause is nearly always a quote or bracket opened earlier and
 * never closed, and js-yaml points at the line after it. This light scanner
 * finds the opening character so the error can point there. It is not a YAML
 * parser: it knows quotes, flow brackets, comments and block scalars (whose
 * lines it skips), which is enough to tell an opening quote from an apostrophe.
 */
export interface Unclosed {
  offset: number;
  char: '"' | "'" | '[' | '{';
}

const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isEnd = (c: string | undefined) => c === undefined || isSpace(c) || isBreak(c);

/** The offset just past the closing quote, or -1 when the quote is still open at `end`. */
function closeQuote(text: string, open: number, end: number): number {
  const quote = text[open];
  for (let i = open + 1; i < end; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** The innermost quote or bracket still open at offset `end`, if any. */
export function findUnclosed(text: string, end: number): Unclosed | undefined {
  const stop = Math.min(end, text.length);
  const flow: Unclosed[] = [];
  let i = 0;
  let lineStart = true;
  let indent = 0;
  let blockIndent = -1; // while > -1, lines indented deeper than this belong to a block scalar
  let tokenStart = true;

  while (i < stop) {
    const c = text[i]!;
    if (isBreak(c)) {
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart) {
      let k = i;
      while (text[k] === ' ') k++;
      indent = k - i;
      const blank = k >= text.length || isBreak(text[k]);
      if (blockIndent >= 0 && (blank || indent > blockIndent)) {
        while (i < stop && !isBreak(text[i])) i++;
        continue;
      }
      blockIndent = -1;
      lineStart = false;
      if (flow.length === 0) tokenStart = true;
      i = k;
      continue;
    }
    const next = text[i + 1];
    if (tokenStart && (c === '"' || c === "'")) {
      const after = closeQuote(text, i, stop);
      if (after < 0) return { offset: i, char: c };
      i = after;
      tokenStart = false;
      continue;
    }
    if (c === '#' && (i === 0 || isEnd(text[i - 1]))) {
      while (i < stop && !isBreak(text[i])) i++;
      continue;
    }
    if ((c === '[' || c === '{') && (tokenStart || flow.length > 0)) {
      flow.push({ offset: i, char: c });
      tokenStart = true;
    } else if ((c === ']' || c === '}') && flow.length > 0) {
      flow.pop();
      tokenStart = false;
    } else if (c === ',' && flow.length > 0) {
      tokenStart = true;
    } else if (c === ':' && (isEnd(next) || (flow.length > 0 && /[,\]}]/.test(next ?? '')))) {
      tokenStart = true;
    } else if ((c === '-' || c === '?') && tokenStart && isEnd(next)) {
      tokenStart = true;
    } else if ((c === '|' || c === '>') && tokenStart && flow.length === 0) {
      blockIndent = indent;
      while (i < stop && !isBreak(text[i])) i++;
      continue;
    } else if ((c === '&' || c === '!') && tokenStart) {
      // An anchor or tag: the node itself comes after it.
      while (i < stop && !isEnd(text[i])) i++;
      continue;
    } else if (!isSpace(c)) {
      tokenStart = false;
    }
    i++;
  }
  return flow.at(-1);
}
