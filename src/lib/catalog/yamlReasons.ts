/**
 * js-yaml's reasons are terse and often point past the mistake; the common
 * ones become a message a catalog author can act on, placed at the character
 * to fix. Matched by prefix, so a js-yaml wording change degrades to the
 * original text rather than to a wrong hint.
 */
import { findUnclosed } from './scanYaml.ts';
import { LIMITS } from './limits.ts';
import { quoted, visible } from './paths.ts';

export interface Explained {
  offset: number;
  message: string;
}

const UNCLOSED: Record<string, string> = {
  '"': 'the double quote that starts here is never closed (add the closing ")',
  "'": "the single quote that starts here is never closed (add the closing ', and write '' for an apostrophe inside it)",
  '[': 'the "[" here is never closed (add the closing "]")',
  '{': 'the "{" here is never closed (add the closing "}")',
};

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A name from the file (an anchor, a tag) as a message shows it: short, hidden characters spelled out. */
const shown = (name: string) => visible(name.length > 40 ? `${name.slice(0, 37)}...` : name);

/** `tag:yaml.org,2002:binary` → `!!binary`. */
const tagName = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

function lineAround(source: string, offset: number): { start: number; text: string } {
  const start = Math.max(source.lastIndexOf('\n', offset - 1), source.lastIndexOf('\r', offset - 1)) + 1;
  const end = source.slice(start).search(/[\r\n]|$/);
  return { start, text: source.slice(start, start + end) };
}

/** "bad indentation of a mapping entry" is js-yaml's answer to several different slips. */
function badIndentation(source: string, offset: number): Explained {
  const char = source[offset] ?? '';
  const line = lineAround(source, offset);
  const before = source.slice(line.start, offset).trimEnd();
  const syntax = (message: string) => ({ offset, message: `YAML syntax: ${message}` });
  if (char === ']' || char === '}') return syntax(`a "${char}" without a matching opening bracket`);
  if (char === '@' || char === '`')
    return syntax(`a value cannot start with "${char}" (it is reserved in YAML); put the value in quotes`);
  if (char === ':' && /:\s/.test(before))
    return syntax('this value contains ": "; put the whole value in quotes');
  if (before.endsWith('"') || before.endsWith("'"))
    return syntax('text follows the closing quote; put the whole value inside the quotes');
  if (/^\s*- /.test(line.text))
    return {
      offset: line.start + line.text.indexOf('-'),
      message:
        'YAML syntax: this list item is not aligned with the items around it (align its "-" with theirs)',
    };
  if (/^\s*-[^\s-]/.test(line.text))
    return { offset: line.start + line.text.indexOf('-'), message: 'YAML syntax: put a space after "-"' };
  return {
    offset: line.start + (line.text.length - line.text.trimStart().length),
    message: 'YAML syntax: this line is not aligned with the lines around it (indent it like its siblings)',
  };
}

/** "a multiline key may not be an implicit key": the line above has no `: `. */
function missingColon(source: string, offset: number): Explained | undefined {
  let line = lineAround(source, offset);
  while (line.start > 0) {
    line = lineAround(source, line.start - 1);
    const content = line.text.trim();
    if (content === '' || content.startsWith('#')) continue;
    const at = line.start + line.text.indexOf(content);
    const message = /^[^:]*[^:\s]:[^\s]/.test(content)
      ? 'YAML syntax: put a space after the ":" that ends this key'
      : 'YAML syntax: this line needs a ":" after its key (key: value)';
    return { offset: at, message };
  }
  return undefined;
}

export function explainYamlError(error: unknown, source: string): Explained {
  const reason = (error as { reason?: unknown }).reason;
  const position = (error as { mark?: { position?: unknown } }).mark?.position;
  const offset = typeof position === 'number' ? position : 0;
  if (typeof reason !== 'string') {
    // Not a YAMLException: js-yaml itself failed (a stack overflow, say). Still an error, never a throw.
    return { offset: 0, message: `could not read the file as YAML (${String(error).slice(0, 200)})` };
  }
  const syntax = (message: string, at = offset) => ({ offset: at, message: `YAML syntax: ${message}` });

  if (/^(deficient indentation|unexpected end of the (stream|document) within)/.test(reason)) {
    const open = findUnclosed(source, offset);
    if (open) return syntax(UNCLOSED[open.char]!, open.offset);
  }
  if (reason.startsWith('deficient indentation'))
    return syntax('this line is indented less than the value above it expects (indent it further)');
  if (reason.startsWith('duplicated mapping key')) {
    const key = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:\r\n]*?))\s*:/.exec(
      source.slice(offset, offset + 200),
    );
    const name = key ? (key[1] ?? key[2] ?? key[3] ?? '') : '';
    return syntax(
      `the key ${name ? `${quoted(name)} ` : ''}appears twice in the same mapping (remove or rename one)`,
    );
  }
  if (reason.startsWith('bad indentation of a mapping entry')) return badIndentation(source, offset);
  if (reason.startsWith('bad indentation of a sequence entry')) {
    const dash = /^\s*- /.test(lineAround(source, offset).text);
    return syntax(
      dash
        ? 'this list item is not aligned with the items around it (align its "-" with theirs)'
        : 'this line is not aligned with the lines around it (indent it like its siblings)',
    );
  }
  if (reason.startsWith('can not read a block mapping entry')) {
    const explained = missingColon(source, offset);
    if (explained) return explained;
  }
  if (reason.startsWith('tab characters must not be used in indentation'))
    return syntax('a tab is used for indentation (indent with spaces)');
  if (reason.startsWith('the stream contains non-printable characters')) {
    const char = source[offset] ?? '';
    return syntax(
      `the file contains the control character ${codePoint(char || ' ')}, which YAML does not allow; remove it`,
    );
  }
  if (reason.startsWith('null byte is not allowed in input'))
    return syntax('the file contains a NUL byte (U+0000); is it a text file? remove it');
  const alias = /^unidentified alias "(.*)"$/.exec(reason);
  if (alias) {
    const name = shown(alias[1]!);
    return syntax(
      `*${name} refers to an anchor &${name} that is not defined above it; to write a text that starts with "*", put it in quotes`,
    );
  }
  const tag = /^unknown (?:scalar|sequence|mapping) tag !<(.*)>$/.exec(reason);
  if (tag)
    return syntax(
      `the tag ${shown(tagName(tag[1]!))} is not supported; a catalog holds plain texts, numbers, lists and mappings (remove the tag)`,
    );
  if (reason.startsWith('nesting exceeded maxDepth'))
    return {
      offset,
      message: `values are nested more than ${LIMITS.depth} levels deep, the limit for one catalog (a catalog needs 4)`,
    };
  if (reason.startsWith('aliases exceeded maxAliases'))
    return { offset, message: `too many aliases: more than ${LIMITS.aliases} "*" references in one file` };
  if (reason.startsWith('object-based map does not support complex keys'))
    return { offset, message: 'a mapping key must be a plain string' };
  if (reason.startsWith('missed comma between flow collection entries'))
    return syntax('a "," is missing between two entries of this [list] or {mapping}');
  if (reason.startsWith('unknown escape sequence'))
    return syntax(
      'unknown escape sequence after "\\" in a double-quoted text (write \\\\ for a backslash, or use single quotes)',
    );
  if (reason.startsWith('end of the stream or a document separator is expected'))
    return syntax(
      'this line does not fit the structure above it (check its indentation, or put the text in quotes)',
    );
  // Any other reason, as js-yaml words it (it may quote the file: keep it short and visible).
  return syntax(visible(reason.length > 200 ? `${reason.slice(0, 197)}...` : reason));
}
