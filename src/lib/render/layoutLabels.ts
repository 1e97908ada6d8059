/**
 * Which labels a static view shows and where: the same candidates, fonts,
 * priorities and two-line hub labels as the canvas painter, placed by
 * `placeLabels` in screen pixels. Only the measuring differs: the caller's
 * `measureText`, or an estimate when there is no browser.
 */
import type { Graph } from '../graph/buildGraph.ts';
import { placeLabels, type LabelCandidate } from '../graph/placeLabels.ts';
import type { MeasureText } from './estimateTextWidth.ts';
import {
  countShownProjects,
  FONT_PROBLEM,
  FONT_PROJECT,
  LINE_HEIGHT,
  showsProjectLabels,
  wrapLabel,
} from './labelRules.ts';

/** Below hub labels (10000 and up), highlighted projects (500 and up) and projects the article names (50 and up). */
const OBSTACLE_PRIORITY = 45;

export interface LabelInput {
  graph: Graph;
  /** Screen x at [2i], y at [2i + 1]. */
  screen: Float64Array;
  /** Screen radius of each node. */
  radii: Float64Array;
  /** The zoom factor (world to screen). */
  k: number;
  /** The area labels must stay inside. */
  width: number;
  height: number;
  shown: (i: number) => boolean;
  /** Null when nothing is highlighted. */
  emphasis: Uint8Array | null;
  selected: number;
  measure: MeasureText;
}

export interface MapLabel {
  index: number;
  lines: string[];
  /** Top-left corner and size of the label's box. */
  x: number;
  y: number;
  width: number;
}

/**
 * Unlike the canvas, where a label may cover a node until the reader zooms in, a picture stays as it is:
 * after the labels that tell the story (hubs, highlighted projects, projects the article names), each
 * shown node goes in as a label-shaped box over its shape (index -1 - i), so
 * project labels go around nodes. A box is the square inside the node's circle, so neighbouring boxes do
 * not collide; one under a hub label lands beside its node, which only leaves that spot empty.
 */
function nodeObstacles(input: LabelInput): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  for (const node of input.graph.nodes) {
    const i = node.index;
    if (!input.shown(i)) continue;
    const half = input.radii[i]! * Math.SQRT1_2;
    // placeLabels puts a `below` box at (x - width / 2, y + r + 3): aim it at the node.
    out.push({
      index: -1 - i,
      x: input.screen[2 * i]!,
      y: input.screen[2 * i + 1]! - half - 3,
      r: 0,
      width: 2 * half,
      height: 2 * half,
      priority: OBSTACLE_PRIORITY,
      anchor: 'below',
    });
  }
  return out;
}

export function layoutLabels(input: LabelInput): MapLabel[] {
  const { graph, screen, radii, emphasis, selected, measure } = input;
  const lit = (i: number) => !emphasis || emphasis[i] === 1;
  const showProjects = showsProjectLabels(input.k, countShownProjects(graph, input.shown));
  const lines = new Map<number, string[]>();
  const candidates: LabelCandidate[] = [];
  for (const node of graph.nodes) {
    const i = node.index;
    if (!input.shown(i) || node.kind === 'article') continue;
    const pinned = i === selected;
    if (node.kind === 'project' && !pinned && (!lit(i) || (!showProjects && !emphasis))) continue;
    const font = node.kind === 'problem' ? FONT_PROBLEM : FONT_PROJECT;
    const text = node.kind === 'problem' ? wrapLabel(node.label, font, measure) : [node.label];
    lines.set(i, text);
    candidates.push({
      index: i,
      x: screen[2 * i]!,
      y: screen[2 * i + 1]!,
      r: radii[i]!,
      width: Math.max(...text.map((line) => measure(line, font))) + 6,
      height: text.length * LINE_HEIGHT + 3,
      // Hubs before projects (article hubs first); lit and article-named projects before the rest.
      priority:
        node.kind === 'problem'
          ? 10000 + Number(node.fromArticle) * 100 + node.degree
          : (emphasis && lit(i) ? 500 : 0) + Number(node.fromArticle) * 50 + node.degree,
      required: pinned,
      anchor: node.kind === 'problem' ? 'below' : 'right',
    });
  }
  return placeLabels([...nodeObstacles(input), ...candidates], input)
    .filter((placed) => placed.index >= 0)
    .map((placed) => ({
      index: placed.index,
      lines: lines.get(placed.index)!,
      x: placed.x,
      y: placed.y,
      width: placed.width,
    }));
}
