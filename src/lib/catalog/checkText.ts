/**
 * Text that would mislead a reader even when rendered safely. In every field: characters that
 * draw nothing or move other text (controls, format characters such as bidi overrides, zero-width
 * characters, the soft hyphen, word joiner and tag characters, line separators, fillers, variation
 * selectors), judged by Unicode category so that new ones are caught too; the zero-width joiner
 * and the emoji presentation selector only inside emoji. Long texts keep the old, narrower rule
 * (no controls but line breaks and tabs, no bidi or zero-width characters). In names, letters chosen so that one name impersonates another: scripts mixed
 * ("Kubеrnetes" with a Cyrillic е), a whole name in look-alike letters ("Серһ"), styled or
 * fullwidth letters ("Ｋａｆｋａ"), and the marks the map draws itself.
 */
import { latinTwin, looksLatin, skeleton } from './confusables.ts';
import { scriptsOf, writtenTogether } from './scriptsOf.ts';

/**
 * Controls, format characters, line and paragraph separators, private-use characters and unpaired
 * surrogates by category; then the characters that draw nothing without being "format"
 * characters: the combining grapheme joiner, Hangul fillers, the braille blank, and variation
 * selectors (Mongolian, standard, supplementary).
 */
export const REFUSED =
  // The class lists combining characters (variation selectors) on purpose, one by one.
  // eslint-disable-next-line no-misleading-character-class
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\u034F\u115F\u1160\u3164\uFFA0\u2800\u180B-\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
/**
 * In long texts (descriptions, captions), which may hold line breaks, tabs, soft hyphens and
 * line separators, only what hides or reorders text: controls, bidi controls, zero-width
 * characters and unpaired surrogates.
 */
const REFUSED_IN_LONG_TEXT = /[\p{Cc}\p{Cs}\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const SKIN_TONE = /[\u{1F3FB}-\u{1F3FF}]/u;

const NAMES: Record<number, string> = {
  0x0d: 'carriage return',
  0xad: 'soft hyphen',
  0x34f: 'combining grapheme joiner',
  0x115f: 'Hangul filler',
  0x1160: 'Hangul filler',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2800: 'braille blank',
  0x3164: 'Hangul filler',
  0xfeff: 'zero-width no-break space',
  0xffa0: 'Hangul filler',
};

/** Stars a name could use to pass for the map's own "named in the article" mark. */
const STARS = /[\u2605\u2606\u22C6\u2729-\u2730\u2734-\u2739\u2B50\u2B51\u{1F31F}\u066D]/u;
const MARK_LABEL = 'Named in the article';
const MARK_SKELETON = skeleton(MARK_LABEL);

function otherName(code: number): string | undefined {
  if (code >= 0xe0000 && code <= 0xe007f) return 'tag character';
  if (code >= 0xfe00 && code <= 0xfe0f) return `variation selector-${code - 0xfe00 + 1}`;
  if (code >= 0xe0100 && code <= 0xe01ef) return `variation selector-${code - 0xe0100 + 17}`;
  if (code >= 0x180b && code <= 0x180f) return 'Mongolian variation selector or separator';
  return undefined;
}

function codePoint(char: string): string {
  const code = char.codePointAt(0)!;
  const name = NAMES[code] ?? otherName(code);
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/** The joiner between two emoji, and the emoji selector after an emoji or in a keycap ("1️⃣"). */
function inEmoji(chars: string[], i: number): boolean {
  const char = chars[i]!;
  if (char === '\uFE0F') {
    const before = chars[i - 1] ?? '';
    return PICTOGRAPH.test(before) || (/^[#*0-9]$/.test(before) && chars[i + 1] === '\u20E3');
  }
  if (char !== '\u200D') return false;
  let j = i - 1;
  while (j > 0 && (chars[j] === '\uFE0F' || SKIN_TONE.test(chars[j]!))) j--;
  return PICTOGRAPH.test(chars[j] ?? '') && PICTOGRAPH.test(chars[i + 1] ?? '');
}

function checkCharacters(value: string, multiline: boolean): string | undefined {
  if (!REFUSED.test(value)) return undefined;
  const chars = [...value];
  for (const [i, char] of chars.entries()) {
    if (!REFUSED.test(char) || inEmoji(chars, i)) continue;
    if (multiline && (char === '\n' || char === '\t' || !REFUSED_IN_LONG_TEXT.test(char))) continue;
    const at = `at position ${i + 1}`;
    if (char === '\n' || char === '\t') {
      const [what, fix] =
        char === '\n' ? ['line break (U+000A)', 'join the lines'] : ['tab (U+0009)', 'use a space'];
      return `contains a ${what} ${at}; this field is a single line: ${fix}`;
    }
    if (/\p{Cc}/u.test(char)) return `contains the control character ${codePoint(char)} ${at}; remove it`;
    if (/\p{Cs}/u.test(char)) return `contains a broken character (an unpaired surrogate) ${at}; remove it`;
    if (/\p{Co}/u.test(char)) {
      return `contains the private-use character ${codePoint(char)} ${at}, which each font draws differently; remove it`;
    }
    const where = char === '\u200D' || char === '\uFE0F' ? ' (it belongs only inside an emoji)' : '';
    return `contains the invisible character ${codePoint(char)} ${at}, which can make text display differently from what it is; remove it${where}`;
  }
  return undefined;
}

/** Scripts whose letters pass for Latin ones: mixing any two of them in a name is refused. */
const LOOK_ALIKE_SCRIPTS = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee']);

/** The Latin letter shown for a look-alike, in its case ("С" is "C", "І" is "I"). */
function twin(char: string): string {
  const latin = latinTwin(char);
  if (char === char.toLowerCase()) return latin;
  return latin === 'l' ? 'I' : latin.toUpperCase();
}

function checkName(value: string): string | undefined {
  const scripts = scriptsOf(value);
  const confusing = scripts.filter((script) => LOOK_ALIKE_SCRIPTS.has(script));
  if (confusing.length > 1) {
    return `mixes ${confusing.join(' and ')} letters, so it can pass for another name (a look-alike?); write it in one script`;
  }
  const letters = [...value].filter((char) => /\p{L}/u.test(char));
  if (scripts.length === 1 && scripts[0] !== 'Latin' && confusing.length === 1 && letters.every(looksLatin)) {
    const latin = [...value].map(twin).join('');
    return `is written in ${scripts[0]} letters that all look Latin, so it passes for "${latin}"; write it in Latin letters`;
  }
  const plain = value.normalize('NFKC');
  if (plain !== value) {
    return `uses styled or fullwidth characters that look like plain ones; write "${plain}" instead`;
  }
  const star = STARS.exec(value);
  if (star) {
    return `contains "${star[0]}", which passes for the map's own mark for projects named in the article; remove it`;
  }
  if (skeleton(value).includes(MARK_SKELETON)) {
    return `contains "${MARK_LABEL}", a label the map shows for its own marks, so the name would pass for one; remove it`;
  }
  return undefined;
}

/** A name mixing scripts that are not usually written together (and not refused above), or undefined. */
export function nameWarning(value: string): string | undefined {
  const scripts = scriptsOf(value);
  if (writtenTogether(scripts)) return undefined;
  return `mixes ${scripts.join(' and ')} letters; fine if the name is written so, but check that it does not pass for another name`;
}

/** Why the value is refused, or undefined. `multiline`: a long text, where line breaks and tabs are fine. */
export function checkText(value: string, path: string, multiline = false): string | undefined {
  return checkCharacters(value, multiline) ?? (/(?:^|\.)name$/.test(path) ? checkName(value) : undefined);
}
