/**
 * The build's static picture of an embed's view (scripts/vite-snapshots.ts), when there is one for exactly
 * that view: the whole map in either theme, or one problem in the light theme, of the bundled catalog.
 * The embed shows it at once and swaps in the live map when that is ready, so a host page's reader sees
 * the map before any layout work runs, and the live map's code stays out of the embed's first download.
 */
import type { EmbedParams } from '../lib/url/embedParams.ts';

export function staticPictureFor(params: EmbedParams, appUrl: string, dark: boolean): string | null {
  const plain =
    !params.catalog &&
    !params.q.trim() &&
    params.select === null &&
    params.tour === null &&
    params.maturities.length === 0 &&
    !params.article &&
    !('at' in params && params.at);
  if (!plain) return null;
  if (params.problems.length === 0)
    return new URL(dark ? 'snapshots/map-dark.svg' : 'snapshots/map.svg', appUrl).href;
  if (params.problems.length === 1 && !dark)
    return new URL(`snapshots/problem-${params.problems[0]}.svg`, appUrl).href;
  return null;
}
