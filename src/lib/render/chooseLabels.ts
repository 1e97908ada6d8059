/**
 * The one label chooser, for the canvas painter and the static renderer alike: which nodes get a name,
 * in which order of importance, around which obstacles, placed by `placeLabels` in screen pixels. The
 * surfaces differ only in how they measure text (the canvas measures, a picture without a browser
 * estimates) and in how many project labels a frame may offer.
 *
 * Priorities, highest first: the pinned nodes (selection, hover, keyboard focus) always; problem hubs
 * (the article's first); lit projects while something is highlighted; projects the article names; the
 * rest by degree. Nodes big enough to read are obstacles just above ordinary projects, so project names go
 * around them rather than over them.
 */
import type { Graph } from '../graph/buildGraph.ts';
import { placeLabels, type LabelCandidate, type Rect } from '../graph/placeLabels.ts';
import type { MeasureText } from './estimateTextWidth.ts';
import {
  countShownProjects,
  FONT_PROBLEM,
  FONT_PROJECT,
  LINE_HEIGHT,
  showsProjectLabels,
  wrapLabel,
} from './labelRules.ts';

export const LABEL_PRIORITY = {
  pinnedProject: 2_000_000,
  hub: 1_000_000,
  articleHub: 100,
  lit: 500,
  named: 50,
  obstacle: 45,
} as const;

/** Nodes smaller than this on screen (px radius) are no obstacle: a name may cover a dot. */
const OBSTACLE_MIN_RADIUS = 4;

export interface LabelScene {
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
  /** Nodes whose names are always placed: the selection, the hovered and the focused node. */
  pinned: readonly number[];
  measure: MeasureText;
  /** Screen areas covered by controls over the map: labels keep out of them. */
  reserved?: readonly Rect[];
  /** At most this many project labels are measured and offered (the canvas caps its per-frame work). */
  maxProjectLabels?: number;
}

export interface MapLabel {
  index: number;
  lines: string[];
  font: string;
  /** Top-left corner and size of the label's box. */
  x: number;
  y: number;
  width: number;
  height: number;
}

const onScreen = (s: LabelScene, i: number) => {
  const x = s.screen[2 * i]!;
  const y = s.screen[2 * i + 1]!;
  return x > -200 && y > -50 && x < s.width + 200 && y < s.height + 50;
};

/**
 * Each shown node big enough to read goes in as a label-shaped box over its shape (index -1 - i): the
 * square inside the node's circle, so neighbouring boxes do not collide.
 */
function nodeObstacles(s: LabelScene): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  for (const node of s.graph.nodes) {
    const i = node.index;
    const r = s.radii[i]!;
    if (r < OBSTACLE_MIN_RADIUS || !s.shown(i) || !onScreen(s, i)) continue;
    const half = r * Math.SQRT1_2;
    // placeLabels puts a `below` box at (x - width / 2, y + r + 3): aim it at the node.
    out.push({
      index: -1 - i,
      x: s.screen[2 * i]!,
      y: s.screen[2 * i + 1]! - half - 3,
      r: 0,
      width: 2 * half,
      height: 2 * half,
      priority: LABEL_PRIORITY.obstacle,
      anchor: 'below',
    });
  }
  return out;
}

function widest(lines: string[], font: string, measure: MeasureText): number {
  let width = 0;
  for (const line of lines) width = Math.max(width, measure(line, font));
  return width;
}

export function chooseLabels(s: LabelScene): MapLabel[] {
  const { graph, emphasis, measure } = s;
  const lit = (i: number) => !emphasis || emphasis[i] === 1;
  const pinned = new Set(s.pinned);
  const showProjects = showsProjectLabels(s.k, countShownProjects(graph, s.shown));
  const projects: Array<{ index: number; priority: number }> = [];
  const hubs: number[] = [];
  for (const node of graph.nodes) {
    const i = node.index;
    if (!s.shown(i) || node.kind === 'article' || !onScreen(s, i)) continue;
    if (node.kind === 'problem') {
      hubs.push(i);
      continue;
    }
    if (!pinned.has(i) && (emphasis ? !lit(i) : !showProjects)) continue;
    const priority =
      (pinned.has(i) ? LABEL_PRIORITY.pinnedProject : 0) +
      (emphasis && lit(i) ? LABEL_PRIORITY.lit : 0) +
      Number(node.fromArticle) * LABEL_PRIORITY.named +
      node.degree;
    projects.push({ index: i, priority });
  }
  // A screen holds at most a hundred or so readable project names: measure only the most important.
  const cap = s.maxProjectLabels ?? Infinity;
  if (projects.length > cap) {
    projects.sort((a, b) => b.priority - a.priority || a.index - b.index);
    projects.length = cap;
  }

  const fonts = new Map<number, { lines: string[]; font: string }>();
  const candidate = (i: number, priority: number): LabelCandidate => {
    const node = graph.nodes[i]!;
    const font = node.kind === 'problem' ? FONT_PROBLEM : FONT_PROJECT;
    const lines = node.kind === 'problem' ? wrapLabel(node.label, font, measure) : [node.label];
    fonts.set(i, { lines, font });
    return {
      index: i,
      x: s.screen[2 * i]!,
      y: s.screen[2 * i + 1]!,
      r: s.radii[i]!,
      width: widest(lines, font, measure) + 6,
      height: lines.length * LINE_HEIGHT + 3,
      priority,
      required: pinned.has(i),
      anchor: node.kind === 'problem' ? 'below' : 'right',
      persist: node.kind === 'problem',
    };
  };
  const candidates = [
    ...hubs.map((i) =>
      candidate(
        i,
        LABEL_PRIORITY.hub +
          Number(graph.nodes[i]!.fromArticle) * LABEL_PRIORITY.articleHub +
          graph.nodes[i]!.degree,
      ),
    ),
    ...projects.map(({ index, priority }) => candidate(index, priority)),
    ...nodeObstacles(s),
  ];
  return placeLabels(candidates, s, s.reserved)
    .filter((placed) => placed.index >= 0)
    .map((placed) => ({ ...placed, ...fonts.get(placed.index)! }));
}
