/**
 * A compact, hand-written "skeleton" for telling whether two names look alike on screen, after
 * Unicode's confusable detection (UTS #39) but limited to what impersonates Latin names, the
 * names a catalog holds:
 * - fullwidth and styled letters ("Ｋａｆｋａ", "𝐊𝐚𝐟𝐤𝐚"), by NFKC normalisation;
 * - Cyrillic, Greek and Cherokee letters that look like Latin ones in common fonts (capital and
 *   small forms), and the Latin look-alikes ɑ ɡ ı ȷ ɩ ǀ;
 * - the Latin and digit pairs people misread: I, i, l, 1 and | as "l"; O and 0 as "o"; "rn" as
 *   "m"; "vv" as "w";
 * - case, runs of white space, and the emoji joiner and presentation selector.
 * It does not cover other scripts (Armenian, Lisu, Coptic...), which the validator meets with its
 * mixed-script rules instead, nor look-alike punctuation. Extend the tables, never the code.
 */

/** Each string lists the characters that pass for the Latin letter it is keyed by. */
const LOOK_ALIKES: Record<string, string> = {
  a: 'аАαΑꭺᎪɑ',
  b: 'вВΒЬᏴᏏ',
  c: 'сСϲϹᏟ',
  d: 'ԁԀᎠᏧ',
  e: 'еЕΕᎬ',
  g: 'ɡᏀ',
  h: 'нНһΗᎻᏂ',
  j: 'јЈϳᎫȷ',
  k: 'кКκΚᏦ',
  l: 'Iil1|ıɩǀіІӏӀιΙᎥᏝᏞ',
  m: 'мМΜᎷ',
  n: 'Ν',
  o: 'O0оОοΟ',
  p: 'рРρΡᏢ',
  q: 'ԛԚ',
  r: 'ᎡᏒ',
  s: 'ѕЅᏚᏕ',
  t: 'тТτΤᎢ',
  u: 'υ',
  v: 'νᏙ',
  w: 'ԝԜᎳᏔ',
  x: 'хХχΧ',
  y: 'уУүҮγΥᎩᏍ',
  z: 'ΖᏃ',
};

const FOLD = new Map<string, string>();
for (const [latin, chars] of Object.entries(LOOK_ALIKES)) for (const char of chars) FOLD.set(char, latin);
// The small Cherokee letters (U+AB70...) are case forms of the capitals listed above.
for (const [char, latin] of [...FOLD]) {
  if (/\p{Script=Cherokee}/u.test(char)) FOLD.set(char.toLowerCase(), latin);
}

/** True when the letter is listed above as passing for a Latin one. */
export const looksLatin = (char: string): boolean => FOLD.has(char);

/** The Latin letter a look-alike passes for, or the character itself. */
export const latinTwin = (char: string): string => FOLD.get(char) ?? char;

/**
 * Two names with the same skeleton read the same to a person: "Jaeger", "JAEGER", "Jɑeger",
 * "Jаeger" (Cyrillic а), "ＪＡＥＧＥＲ" and "Jaeger " all give "jaeger".
 */
export function skeleton(name: string): string {
  let out = '';
  for (const char of name.normalize('NFKC').replace(/\u200D|\uFE0E|\uFE0F/g, '')) {
    out += FOLD.get(char) ?? FOLD.get(char.toLowerCase()) ?? char.toLowerCase();
  }
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/\s+/g, ' ').trim();
}
