/**
 * A view of the map as one self-contained SVG string: the static fallback for
 * RSS readers, no-JavaScript visitors and "Download SVG". Pure: no DOM, the
 * same in Node and the browser, and the same input always gives the same
 * bytes. Catalog text is escaped wherever it lands, and the picture refers to
 * nothing outside itself (no fonts, images, links or scripts).
 */
import type { Catalog, Maturity } from '../catalog/types.ts';
import { buildGraph, type Graph } from '../graph/buildGraph.ts';
import { computeLayout, type Layout } from '../graph/layout.ts';
import { nodeRadius } from '../graph/nodeSize.ts';
import { orientLayout } from '../graph/screenShape.ts';
import { palette } from '../graph/palette.ts';
import { createSearchIndex, searchCatalog } from '../search/index.ts';
import { arrangeView } from '../view/arrangeView.ts';
import { frameView, NO_INSETS } from '../view/camera.ts';
import { deriveView, shownBy } from '../view/deriveView.ts';
import { reformLayout } from '../view/reformLayout.ts';
import { screenAspect } from '../view/screenAspect.ts';
import { timeMaskOf } from '../view/timeMask.ts';
import { buildTour } from '../view/tour.ts';
import { chooseLabels } from './chooseLabels.ts';
import { describeView } from './describeView.ts';
import { escapeXml } from './escapeXml.ts';
import { estimateTextWidth, type MeasureText } from './estimateTextWidth.ts';
import { planFooter } from './footerMarkup.ts';
import { labelsMarkup } from './labelsMarkup.ts';
import { linksMarkup, nodesMarkup } from './nodesMarkup.ts';
import { paint } from './paintAttributes.ts';
import type { Scene } from './scene.ts';

/** A view as the static renderer takes it: the URL's parameters, all optional but the theme. */
export interface StaticView {
  /** Problem ids: only these problems and their projects. */
  problems?: string[];
  maturities?: Maturity[];
  /** Only the projects the article names. */
  article?: boolean;
  /** Search text: its matches are highlighted. */
  q?: string;
  /** As in the URL: a project id, `problem:<id>` or `article`. */
  select?: string | null;
  /** Step of the article tour, from 1. */
  tour?: number | null;
  /** The landscape as it was on this day (YYYY-MM-DD). */
  at?: string | null;
  theme: 'light' | 'dark';
}

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
  const arranged = arrangeView(catalog, view.problems ?? [], options.arrange ?? 'focus');
  const graph = arranged.focused ? buildGraph(arranged.shown) : (options.graph ?? buildGraph(catalog));
  const time = timeMaskOf(arranged.shown, graph, view.at);
  // The picture's shape decides the layout's, as the screen's does in the app (screenShape.ts).
  const footer = planFooter(catalog, width, height, measure, options.legend ?? true, time?.undated);
  const aspect = screenAspect(width, height - footer.height);
  const whole = arranged.focused
    ? computeLayout(graph, undefined, aspect)
    : orientLayout(options.layout ?? computeLayout(graph), aspect);
  // A filtered view, or a day with fewer projects, re-forms as a map of its own, as in the app
  // (reformLayout.ts).
  const filters = {
    problems: arranged.problems,
    maturities: view.maturities ?? [],
    article: view.article ?? false,
  };
  const visible = shownBy(graph, { ...filters, time }, arranged.singleProblemFocus);
  const layout = reformLayout(graph, whole, visible, aspect) ?? whole;
  // Search and tour read the whole catalog, so a picture finds what the app finds.
  const query = (view.q ?? '').trim();
  const derived = deriveView({
    graph,
    tour: buildTour(catalog),
    query: {
      problems: arranged.problems,
      maturities: view.maturities ?? [],
      article: view.article ?? false,
      select: view.select ?? null,
      tour: view.tour ?? null,
      at: view.at ?? null,
    },
    hits: query ? searchCatalog(createSearchIndex(catalog), query).hits : null,
    singleProblemFocus: arranged.singleProblemFocus,
    time,
  });
  const shown = (i: number) => !derived.visible || derived.visible[i] === 1;
  // Fit the whole view above the footer, as the app fits the map on load.
  const world = Float64Array.from(graph.nodes, (node) => nodeRadius(node));
  const t = frameView(
    'all',
    layout.positions,
    world,
    shown,
    { width, height },
    {
      ...NO_INSETS,
      bottom: footer.height,
    },
  ) ?? { x: width / 2, y: height / 2, k: 1 };
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
    filtered: derived.visible !== null,
    emphasis: derived.emphasis,
    maturity: derived.maturity,
    selected: derived.marked,
  };
  const labels = chooseLabels({
    ...scene,
    width,
    height: height - footer.height,
    pinned: derived.marked >= 0 ? [derived.marked] : [],
    measure,
  });
  const words = describeView(catalog, graph, view, derived);
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
