/**
 * The map's labels, in screen pixels over the shapes drawMap has painted: which ones (chooseLabels, the
 * same choice as the static pictures) and their text with a halo.
 */
import { chooseLabels, type MapLabel } from '../../lib/render/chooseLabels.ts';
import { FONT_ARTICLE, LINE_HEIGHT } from '../../lib/render/labelRules.ts';
import { DIM_LABEL_ALPHA } from '../../lib/render/scene.ts';
import type { MapFrame } from './drawMap.ts';
import { sameMask } from './sameMask.ts';
import { measure, measureLabelChars, measuringContext } from './labelWidths.ts';

/** Project labels offered to placement per frame, the most important first. */
const MAX_PROJECT_LABELS = 350;

/**
 * Each node's centre and radius in screen pixels, in plain loops into buffers kept from frame to frame
 * (chooseLabels reads them during the call only): TypedArray.map with a callback, and fresh arrays on
 * every frame, were a third of a keystroke's label work on a 2,400-project map.
 */
let screenBuffer = new Float64Array(0);
let radiiBuffer = new Float64Array(0);
function toScreen(f: MapFrame): { screen: Float64Array; radii: Float64Array } {
  const { positions: p, radii: r, transform: t } = f;
  if (screenBuffer.length !== p.length) screenBuffer = new Float64Array(p.length);
  if (radiiBuffer.length !== r.length) radiiBuffer = new Float64Array(r.length);
  const screen = screenBuffer;
  const radii = radiiBuffer;
  for (let i = 0; i < p.length; i += 2) {
    screen[i] = p[i]! * t.k + t.x;
    screen[i + 1] = p[i + 1]! * t.k + t.y;
  }
  for (let i = 0; i < r.length; i++) radii[i] = r[i]! * t.k;
  return { screen, radii };
}

/** What the label choice of a frame depends on. */
interface ChoiceKey {
  frame: MapFrame;
  pinned: number[];
}

const sameChoice = (a: ChoiceKey, b: ChoiceKey) =>
  a.frame.graph === b.frame.graph &&
  a.frame.positions === b.frame.positions &&
  a.frame.radii === b.frame.radii &&
  a.frame.transform.x === b.frame.transform.x &&
  a.frame.transform.y === b.frame.transform.y &&
  a.frame.transform.k === b.frame.transform.k &&
  a.frame.width === b.frame.width &&
  a.frame.height === b.frame.height &&
  sameMask(a.frame.visible, b.frame.visible) &&
  sameMask(a.frame.emphasis, b.frame.emphasis) &&
  sameMask(a.pinned, b.pinned) &&
  sameMask(
    a.frame.reserved?.flatMap((r) => [r.x, r.y, r.width, r.height]),
    b.frame.reserved?.flatMap((r) => [r.x, r.y, r.width, r.height]),
  );

/**
 * The last frame's choice of labels. Keystrokes that leave the same nodes lit (the rest of a name being
 * typed) and a hover that comes back to the same node choose the same labels: placing them again was
 * half of such a frame's work on a big map.
 */
let lastChoice: { key: ChoiceKey; placed: MapLabel[] } | null = null;

/** The labels a frame shows: the last choice when nothing it depends on changed, else a new one. */
function labelsFor(ctx: CanvasRenderingContext2D, f: MapFrame): MapLabel[] {
  const key = { frame: f, pinned: [f.selected, f.hovered, f.focused].filter((i) => i >= 0) };
  if (lastChoice && sameChoice(lastChoice.key, key)) return lastChoice.placed;
  const { screen, radii } = toScreen(f);
  const placed = chooseLabels({
    graph: f.graph,
    screen,
    radii,
    k: f.transform.k,
    width: f.width,
    height: f.height,
    shown: f.visible ? (i) => f.visible![i] === 1 : () => true,
    emphasis: f.emphasis,
    pinned: key.pinned,
    measure: (text, font) => measure(ctx, text, font),
    reserved: f.reserved,
    maxProjectLabels: MAX_PROJECT_LABELS,
  });
  lastChoice = { key, placed };
  return placed;
}

/**
 * Measures and chooses a frame's labels ahead of drawing them, in a task between a first frame's two
 * halves (paintLoop.ts): the labels' frame then only writes them. At 4× CPU the measuring and the
 * choice were most of the embed's labels frame, its longest task after first paint.
 */
export function prepareLabels(f: MapFrame): void {
  const ctx = measuringContext();
  if (!ctx) return;
  // Every character of the graph's labels, so that the labels frame finds them measured.
  measureLabelChars(
    f.graph.nodes.map((node) => node.label),
    ctx,
  );
  labelsFor(ctx, f);
}

export function drawLabels(
  ctx: CanvasRenderingContext2D,
  f: MapFrame,
  shown: (i: number) => boolean,
  lit: (i: number) => boolean,
) {
  const { palette: c } = f;
  const placed = labelsFor(ctx, f);
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const label of placed) {
    const node = f.graph.nodes[label.index]!;
    const dim = f.emphasis !== null && !lit(label.index) && node.kind === 'problem';
    ctx.globalAlpha = dim ? DIM_LABEL_ALPHA : 1;
    const font = label.font;
    ctx.font = font;
    ctx.lineWidth = 4;
    ctx.strokeStyle = c.halo;
    ctx.fillStyle = node.kind === 'problem' ? c.text : c.textMuted;
    if (label.index === f.selected || label.index === f.hovered) ctx.fillStyle = c.text;
    label.lines.forEach((line, n) => {
      // Centre each line of a hub label under the hub; project labels stay left-aligned.
      const width = measure(ctx, line, font);
      const tx = node.kind === 'problem' ? label.x + (label.width - width) / 2 : label.x + 3;
      const ty = label.y + 1.5 + LINE_HEIGHT * (n + 0.5);
      ctx.strokeText(line, tx, ty);
      ctx.fillText(line, tx, ty);
    });
  }
  ctx.globalAlpha = 1;
  // The article node carries its name inside.
  if (shown(0)) {
    const x = f.positions[0]! * f.transform.k + f.transform.x;
    const y = f.positions[1]! * f.transform.k + f.transform.y;
    const r = f.radii[0]! * f.transform.k;
    ctx.font = FONT_ARTICLE;
    const text = f.graph.nodes[0]!.label;
    const width = measure(ctx, text, FONT_ARTICLE);
    ctx.globalAlpha = f.emphasis && !lit(0) ? DIM_LABEL_ALPHA : 1;
    if (width < 2 * r - 6) {
      ctx.fillStyle = c.background;
      ctx.fillText(text, x - width / 2, y);
    } else {
      ctx.lineWidth = 4;
      ctx.strokeStyle = c.halo;
      ctx.strokeText(text, x - width / 2, y + r + 10);
      ctx.fillStyle = c.text;
      ctx.fillText(text, x - width / 2, y + r + 10);
    }
    ctx.globalAlpha = 1;
  }
}
