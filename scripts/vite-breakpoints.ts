/**
 * Stylesheets write the phone breakpoint as `@media (--narrow)`; this replaces it with the query from
 * src/lib/view/breakpoints.ts before anything else reads the CSS, so the breakpoint lives in one place
 * for styles and scripts alike. (Custom media queries are not in browsers yet.)
 */
import type { Plugin } from 'vite';
import { NARROW_QUERY } from '../src/lib/view/breakpoints.ts';

export const expandBreakpoints = (source: string) => source.replaceAll('(--narrow)', NARROW_QUERY);

export function breakpoints(): Plugin {
  return {
    name: 'cloud-native-map:breakpoints',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!;
      if (!/\.(svelte|css)$/.test(path) || !code.includes('(--narrow)')) return null;
      return { code: expandBreakpoints(code), map: null };
    },
  };
}
