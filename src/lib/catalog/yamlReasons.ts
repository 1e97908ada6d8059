/**
 * js-yaml's reasons are terse; the common ones get a hint a catalog author can act on.
 * Matched by prefix so a js-yaml wording change degrades to the original text.
 */
const HINTS: Array<[prefix: string, message: string]> = [
  [
    'tab characters must not be used in indentation',
    'YAML syntax: a tab is used for indentation (indent with spaces)',
  ],
  [
    'duplicated mapping key',
    'YAML syntax: this key appears twice in the same mapping (remove or rename one)',
  ],
  [
    'deficient indentation',
    'YAML syntax: this line is indented less than the value above expects (an unclosed quote or bracket above?)',
  ],
  [
    'bad indentation of a mapping entry',
    'YAML syntax: bad indentation of a mapping entry (align it with its siblings, or quote a value that contains ": ")',
  ],
  [
    'bad indentation of a sequence entry',
    'YAML syntax: bad indentation of a list item (align "-" with its siblings)',
  ],
  [
    'unexpected end of the stream within a double quoted scalar',
    'YAML syntax: a double quote is never closed',
  ],
  [
    'unexpected end of the stream within a single quoted scalar',
    'YAML syntax: a single quote is never closed',
  ],
  ['unexpected end of the stream within a flow collection', 'YAML syntax: a "[" or "{" is never closed'],
  ['nesting exceeded maxDepth', 'values are nested too deeply'],
  ['unidentified alias', 'YAML syntax: an alias refers to an anchor that does not exist'],
  ['aliases exceeded maxAliases', 'too many aliases in one file'],
  ['object-based map does not support complex keys', 'a mapping key must be a plain string'],
];

export function friendlyYamlReason(reason: string): string {
  for (const [prefix, message] of HINTS) {
    if (reason.startsWith(prefix)) {
      const detail = reason.slice(prefix.length).trim();
      return detail ? `${message} ${detail}` : message;
    }
  }
  return `YAML syntax: ${reason}`;
}
