/**
 * In-page side of dimLayer.spec.ts: the map's real paint loop and painter on a canvas of their own, with
 * the bundled catalog, and a reference canvas painted whole (drawMap, no layer) for each frame, so the
 * spec can compare what the layer shows with what a full redraw shows.
 */
import { parseCatalog } from '../../../src/lib/catalog/index.ts';
import type { Maturity } from '../../../src/lib/catalog/types.ts';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../../src/lib/graph/nodeSize.ts';
import { palette, type Palette, type Theme } from '../../../src/lib/graph/palette.ts';
import { drawMap, type MapFrame } from '../../../src/components/map/drawMap.ts';
import { createPaintLoop } from '../../../src/components/map/paintLoop.ts';

export interface FrameSpec {
  theme: Theme;
  transform: { x: number; y: number; k: number };
  width: number;
  height: number;
  dpr: number;
  /** What is lit: the neighbourhood of the `lit`-th biggest hub; -1 for nothing. */
  lit: number;
  /** Every node moved this far (a new layout); 0 for the layout as computed. */
  shift: number;
  /** Every other node filtered out. */
  filtered: boolean;
  /** Every project drawn as graduated (a day of the time control). */
  day: boolean;
  hovered: boolean;
  selected: boolean;
  focused: boolean;
}

export interface Painted {
  /** drawImage calls on the map's canvas for this frame: 1 when the layer was drawn. */
  layerDraws: number;
  /** Pixels whose colour (weighed by opacity) differs from the full redraw's by more than 2 levels. */
  differing: number;
  /** The largest difference of any channel of any pixel (0-255, colours weighed by opacity). */
  largest: number;
  pixels: number;
  /** Where the largest difference is, and the two colours there (RGBA): for a failing test's message. */
  worst: { x: number; y: number; layered: number[]; whole: number[] };
}

function setup(yaml: string) {
  const result = parseCatalog(yaml);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  const graph = buildGraph(result.catalog);
  const layout = computeLayout(graph);
  const radii = Float64Array.from(graph.nodes, (n) => nodeRadius(n));
  const hubs = graph.nodes.filter((n) => n.kind === 'problem').sort((a, b) => b.degree - a.degree);
  const canvas = document.createElement('canvas');
  const reference = document.createElement('canvas');
  document.body.append(canvas, reference);
  const context = canvas.getContext('2d')!;
  let drawImages = 0;
  const drawImage = context.drawImage.bind(context) as (...args: unknown[]) => void;
  context.drawImage = ((...args: unknown[]) => {
    drawImages++;
    drawImage(...args);
  }) as typeof context.drawImage;
  // The layer from any size of map, so this small one uses it.
  const loop = createPaintLoop({ dimLayerFrom: 0 });
  const palettes = new Map<Theme, Palette>();
  const moved = new Map<number, Float64Array>();
  const positionsFor = (shift: number) => {
    if (shift === 0) return layout.positions;
    if (!moved.has(shift))
      moved.set(
        shift,
        layout.positions.map((v) => v + shift),
      );
    return moved.get(shift)!;
  };

  function frameOf(spec: FrameSpec): MapFrame {
    if (!palettes.has(spec.theme)) palettes.set(spec.theme, palette(spec.theme));
    const hub = spec.lit >= 0 ? hubs[spec.lit]!.index : -1;
    let emphasis: Uint8Array | null = null;
    if (hub >= 0) {
      emphasis = new Uint8Array(graph.nodes.length);
      emphasis[hub] = 1;
      for (const n of graph.neighbours[hub] ?? []) emphasis[n] = 1;
    }
    const lit = emphasis ? graph.nodes.findIndex((n, i) => n.kind === 'project' && emphasis[i] === 1) : 0;
    // Fresh masks on every frame, as a view derives them: the layer must compare them by content.
    const visible = spec.filtered ? Uint8Array.from(graph.nodes, (_, i) => (i % 2 === 0 ? 1 : 0)) : null;
    const maturity: Array<Maturity | null> | null = spec.day
      ? graph.nodes.map((n) => (n.kind === 'project' ? 'graduated' : null))
      : null;
    return {
      graph,
      positions: positionsFor(spec.shift),
      radii,
      palette: palettes.get(spec.theme)!,
      transform: spec.transform,
      width: spec.width,
      height: spec.height,
      dpr: spec.dpr,
      visible,
      maturity,
      emphasis,
      selected: spec.selected ? hub : -1,
      hovered: spec.hovered ? lit : -1,
      focused: spec.focused ? lit : -1,
      showFocus: spec.focused,
      reserved: [],
    };
  }

  function compare(frame: MapFrame): Omit<Painted, 'layerDraws'> {
    reference.width = canvas.width;
    reference.height = canvas.height;
    drawMap(reference.getContext('2d')!, frame);
    const a = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const b = reference.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let differing = 0;
    let largest = 0;
    let at = 0;
    for (let i = 0; i < a.length; i += 4) {
      let most = 0;
      // Colours weighed by their opacity, as they show over the page: a nearly transparent pixel's
      // colour channels say little (1 level of opacity rounds them by a hundred).
      const alphaA = a[i + 3]! / 255;
      const alphaB = b[i + 3]! / 255;
      for (let c = 0; c < 3; c++) most = Math.max(most, Math.abs(a[i + c]! * alphaA - b[i + c]! * alphaB));
      most = Math.max(most, Math.abs(a[i + 3]! - b[i + 3]!));
      if (most > 2) differing++;
      if (most > largest) [largest, at] = [most, i];
    }
    const worst = {
      x: (at / 4) % canvas.width,
      y: Math.floor(at / 4 / canvas.width),
      layered: [...a.slice(at, at + 4)],
      whole: [...b.slice(at, at + 4)],
    };
    return { differing, largest, pixels: a.length / 4, worst };
  }

  return {
    /** The zoom that fits the whole map in `width` x `height`. */
    fitted(width: number, height: number) {
      const xs = graph.nodes.map((_, i) => layout.positions[2 * i]!);
      const ys = graph.nodes.map((_, i) => layout.positions[2 * i + 1]!);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const k = 0.9 * Math.min(width / (x1 - x0), height / (y1 - y0));
      return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
    },
    /** Paints `spec` through the paint loop, as the map would, and compares it with a full redraw. */
    paint(spec: FrameSpec): Promise<Painted> {
      const frame = frameOf(spec);
      const width = Math.round(spec.width * spec.dpr);
      const height = Math.round(spec.height * spec.dpr);
      // A new size clears the canvas, as MapView's width and height attributes do.
      if (canvas.width !== width || canvas.height !== height) [canvas.width, canvas.height] = [width, height];
      const before = drawImages;
      return new Promise((resolve) =>
        loop.request(context, frame, () => resolve({ layerDraws: drawImages - before, ...compare(frame) })),
      );
    },
  };
}

declare global {
  interface Window {
    dimLayerPage: { setup: typeof setup };
  }
}
window.dimLayerPage = { setup };
