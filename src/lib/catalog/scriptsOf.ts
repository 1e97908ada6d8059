/**
 * The writing systems (Unicode scripts) a name's letters come from, for the mixed-script rules.
 * Letters of scripts not listed here count as "another script"; digits, punctuation and marks
 * shared by all scripts (Common, Inherited) do not count.
 */
const SCRIPTS = (
  'Latin Cyrillic Greek Armenian Cherokee Han Hiragana Katakana Bopomofo Hangul Arabic Hebrew ' +
  'Syriac Thaana Devanagari Bengali Gurmukhi Gujarati Oriya Tamil Telugu Kannada Malayalam Sinhala ' +
  'Thai Lao Tibetan Myanmar Georgian Ethiopic Khmer Mongolian Canadian_Aboriginal Lisu Coptic ' +
  'Tifinagh Vai Yi Osage Adlam Nko Glagolitic Runic Ogham Deseret'
)
  .split(' ')
  .map((name) => [name.replace('_', ' '), new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** Scripts that are written together: Japanese, Chinese with Bopomofo, and Korean, each with Latin. */
const WRITTEN_TOGETHER = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
].map((set) => new Set(set));

const cache = new Map<string, string>();

function scriptOf(letter: string): string {
  let script = cache.get(letter);
  if (script === undefined) {
    script = SCRIPTS.find(([, pattern]) => pattern.test(letter))?.[0] ?? 'another script';
    cache.set(letter, script);
  }
  return script;
}

/** The scripts of the name's letters, in order of first appearance. */
export function scriptsOf(name: string): string[] {
  if (/^[\x20-\x7e]*$/.test(name)) return /[a-z]/i.test(name) ? ['Latin'] : [];
  const found = new Set<string>();
  for (const char of name) if (/\p{L}/u.test(char)) found.add(scriptOf(char));
  return [...found];
}

/** True when the scripts are one, or belong to one of the usual writing systems that mix them. */
export function writtenTogether(scripts: string[]): boolean {
  return scripts.length <= 1 || WRITTEN_TOGETHER.some((set) => scripts.every((s) => set.has(s)));
}
