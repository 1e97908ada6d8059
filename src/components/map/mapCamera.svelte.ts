/**
 * The map's camera as a rune class: the zoom transform d3-zoom reports, and every move the map makes on
 * its own — framing the view when its reason changes, centring a node, keeping the middle in the middle
 * on resize. What to frame and where comes from src/lib/view/camera.ts; this only carries it out.
 */
import { untrack } from 'svelte';
import type { Graph } from '../../lib/graph/buildGraph.ts';
import type { Rect } from '../../lib/graph/placeLabels.ts';
import type { ZoomTransform } from '../../lib/graph/viewport.ts';
import { centreOn, frameView, insetsFromCovers, keepCentre } from '../../lib/view/camera.ts';
import type { Framing } from '../../lib/view/deriveView.ts';
import type { ZoomController } from './zoomAndDrag.ts';

export interface CameraSources {
  graph: () => Graph;
  positions: () => Float64Array;
  radii: () => Float64Array;
  shown: (i: number) => boolean;
  size: () => { width: number; height: number };
  framing: () => Framing;
  framingKey: () => string;
  selected: () => number;
  reducedMotion: () => boolean;
  /** The map's own element, and the elements over it: the camera frames what they leave free. */
  element: () => Element | undefined;
  covers: () => Array<Element | null | undefined>;
}

/** The shortest time between two framings that follow new layouts. */
const FOLLOW_MS = 400;

/** Search framing waits for typing to pause; the other reasons frame at once. */
const delayFor = (key: string) => (key.startsWith('search:') ? 250 : 0);

export class MapCamera {
  transform = $state.raw<ZoomTransform>({ x: 0, y: 0, k: 1 });
  controller = $state.raw<ZoomController | undefined>(undefined);
  /** The graph last framed: the map is ready to paint once its graph is. */
  fittedGraph = $state.raw<Graph | undefined>(undefined);
  readonly #s: CameraSources;
  #framedKey = '';
  /** The reader moved the map since it was last framed: a resize then keeps their view. */
  #moved = false;
  #lastSize = { width: 0, height: 0 };
  #lastPositions: Float64Array | undefined;
  #lastFollow = -Infinity;

  constructor(sources: CameraSources) {
    this.#s = sources;
    $effect(() => this.#keepCentreOnResize());
    $effect(() => this.#frameNewGraph());
    $effect(() => this.#followFraming());
    $effect(() => this.#followNewLayout());
  }

  #duration(ms: number, animate: boolean) {
    return animate && !this.#s.reducedMotion() ? ms : 0;
  }

  /** The part of the map the covering elements leave free, measured now. */
  #insets() {
    const own = this.#s.element()?.getBoundingClientRect();
    if (!own) return undefined;
    const rects: Rect[] = this.#s
      .covers()
      .filter((cover): cover is Element => !!cover)
      .map((cover) => {
        const r = cover.getBoundingClientRect();
        return { x: r.left - own.left, y: r.top - own.top, width: r.width, height: r.height };
      });
    return insetsFromCovers(this.#s.size(), rects);
  }

  /** What d3-zoom reports; a move the reader made is remembered. */
  zoomed(transform: ZoomTransform, byUser: boolean) {
    this.transform = transform;
    if (byUser) this.#moved = true;
  }

  fit(target: Framing = 'all', animate = true) {
    const s = this.#s;
    this.#moved = false;
    const next = frameView(target, s.positions(), s.radii(), s.shown, s.size(), this.#insets());
    if (next) this.controller?.to(next, this.#duration(500, animate));
  }

  centreOn(index: number, animate = true) {
    if (index < 0) return;
    const next = centreOn(this.#s.positions(), index, this.transform.k, this.#s.size(), this.#insets());
    this.controller?.to(next, this.#duration(450, animate));
  }

  zoomBy(factor: number) {
    this.controller?.scaleBy(factor, this.#duration(250, true));
  }

  // When the canvas changes size (a panel opens, the window turns), keep what was in the middle in the middle.
  #keepCentreOnResize() {
    const size = { ...this.#s.size() };
    const before = this.#lastSize;
    this.#lastSize = size;
    const controller = this.controller;
    if (!controller || before.width === 0 || (before.width === size.width && before.height === size.height))
      return;
    // Untouched since it was framed (the window turned, a control appeared): frame the view again.
    if (!this.#moved) {
      untrack(() => this.fit(this.#s.framing(), false));
      return;
    }
    // A resize mid-animation corrects the animation's course rather than where it happens to be.
    const heading = controller.heading();
    if (heading) controller.to(keepCentre(heading.transform, before, size), heading.remaining);
    else
      controller.to(
        keepCentre(
          untrack(() => this.transform),
          before,
          size,
        ),
        0,
      );
  }

  // The map re-formed under a view the reader has not moved (a window turned, so the map stood up; a big
  // filtered part came back from its Worker): frame the new form as it ends.
  // A playing time control re-forms the map every few frames: it is framed at most every FOLLOW_MS (each
  // framing measures the panels over the map, which makes the browser lay out the page), and once after
  // the last change.
  #followNewLayout() {
    const positions = this.#s.positions();
    const before = this.#lastPositions;
    this.#lastPositions = positions;
    if (!before || before === positions || this.#moved) return;
    const follow = () => {
      if (this.#moved) return;
      this.#lastFollow = performance.now();
      untrack(() => this.fit(this.#s.framing()));
    };
    const wait = this.#lastFollow + FOLLOW_MS - performance.now();
    if (wait <= 0) return follow();
    const timer = setTimeout(follow, wait);
    return () => clearTimeout(timer);
  }

  // Frame once per graph, as soon as the canvas has a size (a settled layout of the same graph keeps the view).
  #frameNewGraph() {
    const graph = this.#s.graph();
    const { width, height } = this.#s.size();
    if (width === 0 || height === 0 || !this.controller || untrack(() => this.fittedGraph) === graph) return;
    untrack(() => {
      this.#framedKey = this.#s.framingKey();
      this.fit(this.#s.framing(), false);
      // A shared link to a selection opens on it.
      if (this.#s.selected() >= 0) this.centreOn(this.#s.selected(), false);
      this.fittedGraph = graph;
    });
  }

  // Frame again whenever the view's reason to frame changes: a tour step, a search, leaving either.
  #followFraming() {
    const key = this.#s.framingKey();
    const target = this.#s.framing();
    if (key === this.#framedKey || this.fittedGraph !== this.#s.graph()) return;
    const timer = setTimeout(() => {
      this.#framedKey = key;
      this.fit(target);
    }, delayFor(key));
    return () => clearTimeout(timer);
  }
}
