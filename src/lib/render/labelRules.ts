/**
 * The label rules the canvas painter and the static renderer share: fonts, line height, when project
 * labels appear, and how a hub's name wraps. Kept apart from layoutLabels so the app's map chunk takes
 * these few lines and not the static renderer.
 */
import type { Graph } from '../graph/buildGraph.ts';
import type { MeasureText } from './estimateTextWidth.ts';

export const FONT_PROBLEM = '600 13px system-ui, sans-serif';
export const FONT_PROJECT = '12px system-ui, sans-serif';
export const FONT_ARTICLE = '700 13px system-ui, sans-serif';
export const LINE_HEIGHT = 15;
/** Problem names wider than this wrap onto two lines (as on the canvas). */
const WRAP_WIDTH = 100;
/** Project labels appear once a project is at least this many pixels across… */
const LABEL_MIN_SCREEN_RADIUS = 3;
/** …or at any zoom when the filters leave this few projects: a handful of dots without names says nothing. */
const FEW_PROJECTS = 60;

/** Whether every shown project may carry a label, at this zoom and with this many projects shown. */
export function showsProjectLabels(k: number, shownProjects: number): boolean {
  return LABEL_MIN_SCREEN_RADIUS <= 7.5 * k || shownProjects <= FEW_PROJECTS;
}

/** How many projects pass the filters. */
export function countShownProjects(graph: Graph, shown: (i: number) => boolean): number {
  let count = 0;
  for (const node of graph.nodes) if (node.kind === 'project' && shown(node.index)) count++;
  return count;
}

/** One line, or two split at the space nearest the middle when the text is wide. */
export function wrapLabel(text: string, font: string, measure: MeasureText): string[] {
  if (measure(text, font) <= WRAP_WIDTH) return [text];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [text];
  const middle = text.length / 2;
  const cut = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return [text.slice(0, cut), text.slice(cut + 1)];
}
