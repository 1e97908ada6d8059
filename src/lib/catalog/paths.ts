/**
 * Field paths as errors show them: `projects[3].name`, or `projects[3]["odd key"]`
 * for keys that are not identifiers. A key is text from the file, so it is
 * shortened and its invisible characters are spelled out before it reaches a
 * message.
 */
const MAX_KEY_SHOWN = 40;

// Control, bidi and zero-width characters: shown as \uXXXX so a path never hides its own text.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g;

/** Hidden characters spelled out as \\uXXXX. */
export function visible(value: string): string {
  return value.replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** A string for a message: quoted, shortened, with hidden characters made visible. */
export function quoted(value: string, max = 60): string {
  const short = value.length > max ? `${value.slice(0, max - 3)}...` : value;
  return `"${visible(short.replace(/["\\]/g, (c) => `\\${c}`))}"`;
}

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_][\w-]*$/.test(key) && key.length <= MAX_KEY_SHOWN) return parent ? `${parent}.${key}` : key;
  return `${parent}[${quoted(key, MAX_KEY_SHOWN)}]`;
}

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → ``. */
export function parentPath(path: string): string {
  const match = /(?:\.[A-Za-z_][\w-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/.exec(path);
  return match ? path.slice(0, match.index) : '';
}
