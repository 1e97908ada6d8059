/**
 * Split-rule keywords to regular expressions. A keyword matches as a whole word
 * or phrase, case-insensitively; spaces and dashes in it match either
 * (`time series` finds "time-series"); a trailing `*` matches any ending
 * (`monitor*` finds "monitoring").
 */

const WORD = '[\\p{L}\\p{N}]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function keywordSource(keyword: string): string {
  const prefix = keyword.endsWith('*');
  const body = (prefix ? keyword.slice(0, -1) : keyword).trim();
  const words = body
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escape)
    .join('[\\s-]+');
  return prefix ? `${words}[\\p{L}\\p{N}_.-]*` : words;
}

/** One regular expression for a list of keywords. */
export function keywordsRegex(keywords: string[]): RegExp {
  const alternatives = keywords.map(keywordSource).join('|');
  return new RegExp(`(?<!${WORD})(?:${alternatives})(?!${WORD})`, 'iu');
}

/** A pattern written in the mapping file, or the reason it does not compile. */
export function patternRegex(pattern: string): RegExp | string {
  try {
    return new RegExp(pattern, 'iu');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
