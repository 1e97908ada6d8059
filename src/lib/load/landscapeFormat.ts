/**
 * Whether a file is a landscape.yml in the cncf/landscape format rather than a catalog: a top-level
 * `landscape:` key, which no catalog has (the validator would refuse it as an unknown field). Cheap: a
 * scan for one line, so every catalog can be asked before it is parsed.
 */
const LANDSCAPE_KEY = /^landscape[ \t]*:[ \t]*(?:#.*)?\r?$/m;

export function isLandscapeFormat(text: string): boolean {
  return LANDSCAPE_KEY.test(text);
}
