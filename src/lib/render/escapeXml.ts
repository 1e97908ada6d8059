/**
 * Text and attribute values for SVG/XML. All five markup characters are
 * escaped everywhere, so one function serves text nodes and attribute values
 * alike, and characters XML 1.0 forbids (control characters, lone surrogates,
 * U+FFFE/U+FFFF) are dropped: a well-formed document whatever the catalog says.
 */
const MARKUP: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Tab, newline and carriage return are the only control characters XML allows.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => MARKUP[char]!);
}
