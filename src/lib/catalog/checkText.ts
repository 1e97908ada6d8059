/**
 * Text that would mislead a reader even when rendered safely: invisible
 * direction overrides ("Trojan Source") and control characters anywhere, and
 * in names, letters chosen so that one name impersonates another: scripts
 * mixed ("Kubеrnetes" with a Cyrillic е), a whole name in Cyrillic or Greek
 * letters that all look Latin ("Серһ"), or styled and fullwidth letters
 * ("Ｋａｆｋａ", "𝐊𝐚𝐟𝐤𝐚").
 */

// Bidi embeddings, overrides and isolates; zero-width and other invisible formatting characters.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\uFEFF]/;
// Control characters other than tab and newline (allowed in long texts).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const SCRIPTS: Array<[name: string, pattern: RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
];

/** Cyrillic and Greek letters that look like Latin ones in common fonts, each above the letter it passes for. */
const LOOK_ALIKES = 'авекмнорстухіјѕһԁԛԝүАВЕКМНОРСТХІЈЅҮαορνυικΑΒΕΖΗΙΚΜΝΟΡΤΥΧ';
const LATIN_TWINS = 'abekmhopctyxijshdqwyABEKMHOPCTXIJSYaopvuikABEZHIKMNOPTYX';
const LOOKS_LATIN = new Map([...LOOK_ALIKES].map((char, i) => [char, LATIN_TWINS[i]!]));

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function checkName(value: string): string | undefined {
  const found = SCRIPTS.filter(([, pattern]) => pattern.test(value)).map(([name]) => name);
  if (found.length > 1) {
    return `mixes ${found.join(' and ')} letters, so it can pass for another name (a look-alike?); write it in one script`;
  }
  const letters = [...value].filter((char) => /\p{L}/u.test(char));
  if ((found[0] === 'Cyrillic' || found[0] === 'Greek') && letters.every((char) => LOOKS_LATIN.has(char))) {
    const latin = [...value].map((char) => LOOKS_LATIN.get(char) ?? char).join('');
    return `is written in ${found[0]} letters that all look Latin, so it passes for "${latin}"; write it in Latin letters`;
  }
  const plain = value.normalize('NFKC');
  if (plain !== value) {
    return `uses styled or fullwidth characters that look like plain ones; write "${plain}" instead`;
  }
  return undefined;
}

export function checkText(value: string, path: string): string | undefined {
  const invisible = INVISIBLE.exec(value);
  if (invisible) {
    return `contains the invisible character ${codePoint(invisible[0])} at position ${invisible.index + 1}, which can make text display differently from what it is; remove it`;
  }
  const control = CONTROL.exec(value);
  if (control)
    return `contains the control character ${codePoint(control[0])} at position ${control.index + 1}; remove it`;
  return /(?:^|\.)name$/.test(path) ? checkName(value) : undefined;
}
