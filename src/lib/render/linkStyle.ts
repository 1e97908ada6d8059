/**
 * Which links a view draws, and how strongly, for the canvas and the static pictures alike. At the
 * overview a project is drawn to its first (most fitting) problem only: a line from every project to each
 * of its problems made the middle of the map a web of crossings that said little. Its other links appear
 * when they are lit (the project, or one of its problems, hovered, focused or selected) and in filtered
 * views, where few enough nodes remain for every relation to be read; the details panel always lists them.
 */
import type { GraphLink } from '../graph/buildGraph.ts';

export type LinkStyle = 'hidden' | 'normal' | 'strong';

export function linkStyle(
  link: GraphLink,
  shown: (i: number) => boolean,
  emphasis: Uint8Array | null,
  filtered: boolean,
): LinkStyle {
  if (!shown(link.source) || !shown(link.target)) return 'hidden';
  if (emphasis && emphasis[link.source] === 1 && emphasis[link.target] === 1) return 'strong';
  return link.rank > 0 && !filtered ? 'hidden' : 'normal';
}
