/**
 * A view of the map as one self-contained SVG string: the static fallback for
 * RSS readers, no-JavaScript visitors and "Download SVG". Pure: no DOM, the
 * same in Node and the browser, and the same input always gives the same
 * bytes. Catalog text is escaped wherever it lands, and the picture refers to
 * nothing outside itself (no fonts, images, links or scripts).
 */
import type { Catalog } from '../catalog/types.ts';
import { buildGraph, type Graph } from '../graph/buildGraph.ts';
import { computeLayout, type Layout } from '../graph/layout.ts';
import { nodeRadius } from '../graph/nodeSize.ts';
import { palette } from '../graph/palette.ts';
import { boxOf, fitTransform } from '../graph/viewport.ts';
import { describeView } from './describeView.ts';
import { escapeXml } from './escapeXml.ts';
import { focusCatalog } from './focusCatalog.ts';
import { estimateTextWidth, type MeasureText } from './estimateTextWidth.ts';
import { planFooter } from './footerMarkup.ts';
import { labelsMarkup } from './labelsMarkup.ts';
import { layoutLabels } from './layoutLabels.ts';
import { linksMarkup, nodesMarkup } from './nodesMarkup.ts';
import { paint } from './paintAttributes.ts';
import { resolveView, type StaticView } from './resolveView.ts';
import type { Scene } from './scene.ts';

export interface RenderMapOptions {
  catalog: Catalog;
  view: StaticView;
  /** Size of the picture in CSS pixels. */
  width: number;
  height: number;
  /** Width in pixels of `text` in a CSS `font`; estimated from the characters when omitted. */
  measureText?: MeasureText;
  /** The accessible title; by default it names the view. */
  title?: string;
  /**
   * With problems chosen: `focus` (default) lays out just those problems and their projects, a small map
   * of its own; `map` keeps every node where the whole map has it, as the app shows a filtered view.
   */
  arrange?: 'focus' | 'map';
  /** The whole catalog's graph and layout when the caller has them already (the app, a build). */
  graph?: Graph;
  layout?: Layout;
  /** Prefix of the ids of <title> and <desc>, for pages that inline several pictures. */
  idPrefix?: string;
  /** The legend strip beside the credit (default true; left out when the picture is too narrow). */
  legend?: boolean;
}

export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const MIN_SIZE = 120;
const MAX_SIZE = 10000;

function checkSize(name: string, value: number): void {
  if (!Number.isFinite(value) || value < MIN_SIZE || value > MAX_SIZE) {
    throw new RangeError(`${name} must be a number of pixels from ${MIN_SIZE} to ${MAX_SIZE}, got ${value}`);
  }
}

export function renderMapSvg(options: RenderMapOptions): string {
  const { catalog, view, width, height } = options;
  checkSize('width', width);
  checkSize('height', height);
  if (view.theme !== 'light' && view.theme !== 'dark') {
    throw new RangeError(`theme must be "light" or "dark", got ${JSON.stringify(view.theme)}`);
  }
  const prefix = options.idPrefix ?? 'cnm';
  if (!/^[A-Za-z][\w-]{0,40}$/.test(prefix)) {
    throw new RangeError(
      `idPrefix must be a letter then letters, digits, - or _, got ${JSON.stringify(prefix)}`,
    );
  }
  const measure = options.measureText ?? estimateTextWidth;
  const problems = (view.problems ?? []).filter((id) => catalog.problems.some((p) => p.id === id));
  const focus = problems.length > 0 && (options.arrange ?? 'focus') === 'focus';
  const graph = focus ? buildGraph(focusCatalog(catalog, problems)) : (options.graph ?? buildGraph(catalog));
  const layout = focus || !options.layout ? computeLayout(graph) : options.layout;
  // Search and tour read the whole catalog, so a view finds what the app finds.
  const resolved = resolveView(catalog, graph, view);
  // One problem on its own is the centre of its picture; with several, the article ties them together.
  if (focus && problems.length === 1 && resolved.visible) resolved.visible[0] = 0;
  const shown = (i: number) => !resolved.visible || resolved.visible[i] === 1;
  const footer = planFooter(catalog, width, height, measure, options.legend ?? true);

  // Fit what is shown above the footer, as the app fits the map on load.
  const world = Float64Array.from(graph.nodes, (node) => nodeRadius(node));
  const indices = graph.nodes.map((node) => node.index).filter(shown);
  const box = boxOf(layout.positions, world, indices) ?? { x0: -1, y0: -1, x1: 1, y1: 1 };
  const padding = Math.round(Math.min(48, Math.max(16, Math.min(width, height) * 0.06)));
  const maxK = indices.length <= 3 ? 1.6 : 1.4;
  const t = fitTransform(box, width, height, padding, maxK, {
    top: 0,
    right: 0,
    bottom: footer.height,
    left: 0,
  });
  const screen = layout.positions.map((value, i) => value * t.k + (i % 2 === 0 ? t.x : t.y));
  const radii = world.map((r) => r * t.k);

  const colours = palette(view.theme);
  const scene: Scene = {
    graph,
    screen,
    radii,
    k: t.k,
    palette: colours,
    shown,
    emphasis: resolved.emphasis,
    selected: resolved.selected,
  };
  const labels = layoutLabels({
    ...scene,
    width,
    height: height - footer.height,
    measure,
  });
  const words = describeView(catalog, graph, view, resolved);
  const title = options.title ?? words.title;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="${prefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(words.desc)}</desc>`,
    `<rect width="${width}" height="${height}" ${paint('fill', colours.background)}/>`,
    linksMarkup(scene),
    nodesMarkup(scene),
    labelsMarkup(scene, labels, measure),
    footer.markup(colours),
    '</svg>\n',
  ].join('');
}
