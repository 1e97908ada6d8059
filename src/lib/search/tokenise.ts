/**
 * Text to search terms. A term is a run of letters and digits, case-folded and
 * stripped of accents ("Ürün" → "urun"), so "gRPC", "grpc" and "GRPC" meet.
 * Every token keeps its offsets in the original text: highlight ranges point at
 * what the reader sees, not at the folded copy.
 */

export interface Token {
  /** The folded term. */
  term: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset just past the last character in the original text. */
  end: number;
}

// Letters that Unicode does not decompose into a base letter and a mark.
const SPECIAL: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe' };
const SPECIAL_RE = /[ßøłđħıæœ]/g;
const MARKS_RE = /\p{M}/gu;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const ASCII_WORD = /^[a-z0-9]+$/;

/** Lower case, no accents, compatibility forms unified ("ﬁ" → "fi", full-width → ASCII). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    const term = fold(match[0]);
    if (term !== '') tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** True when the text ends inside a word: its last token may still be being typed. */
export function endsInWord(text: string): boolean {
  return /[\p{L}\p{M}\p{N}]$/u.test(text);
}

/**
 * How many characters of `original` (a token as written) spell the first
 * `foldedLength` characters of its folded form: the part of "Prométhée" that
 * the typed prefix "prome" covers.
 */
export function originalPrefixLength(original: string, foldedLength: number): number {
  let folded = 0;
  let i = 0;
  for (const char of original) {
    if (folded >= foldedLength) break;
    // Punctuation inside a compact name ("cert-manager" as certmanager) is not typed.
    if (/[\p{L}\p{N}]/u.test(char)) folded += fold(char).length;
    i += char.length;
  }
  // Trailing combining marks belong to the last letter counted.
  while (i < original.length && /\p{M}/u.test(original[i]!)) i++;
  return i;
}
