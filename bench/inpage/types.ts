/**
 * The contract between the benchmark (Node, through Playwright) and the instrument it injects into
 * every page it measures (bench/inpage/instrument.ts), for our app and the force-graph page alike.
 */

/** What a page tells the instrument about its paints: our map through its handle, force-graph from its page. */
export interface PaintSource {
  /** Grows with every paint that shows something new (a hover, a search result). */
  count(): number;
  /** How long the last paint took (ms). */
  last(): number;
  /** Every paint so far, of any kind. */
  total(): number;
  /** The durations of the recent paints (ms), oldest first. */
  times(): number[];
}

/** One input event, from the event to the paint that showed its effect. */
export interface InputTiming {
  type: string;
  /** event.timeStamp to the end of that paint (ms): what the user waits. */
  latency: number;
  /** The page's own handlers for the event, with the microtasks they queued (ms). */
  handler: number;
  /** That paint's own duration (ms). */
  paint: number;
  /** Frames the paint came late by: 0 when it ended within the first frame after the event. */
  framesLate: number;
  /** False when no paint came within the timeout (then the other figures are NaN). */
  painted: boolean;
}

/** Frames and paints while the benchmark pans and zooms. */
export interface FrameWindow {
  /** requestAnimationFrame timestamps of every frame in the window. */
  frames: number[];
  /** Per frame: from its begin time (vsync) to the end of its main-thread work (ms). */
  frameWork: number[];
  /** Durations of the paints in the window (ms). */
  paintTimes: number[];
  seconds: number;
}

export interface BenchApi {
  /** Reads paints from our map's read-only handle; false while the map is not there yet. */
  useMapApi(): boolean;
  /** Times the next `count` trusted events of this type, each to the paint that follows it. */
  record(type: string, count: number): void;
  /** Stops recording; events still waiting for a paint keep waiting. */
  stop(): void;
  /** Events still waiting for their paint. */
  waiting(): number;
  /** The timings collected since the last call. */
  take(): InputTiming[];
  /** A requestAnimationFrame loop that logs every frame, so frame intervals and missed frames show. */
  startClock(): void;
  stopClock(): void;
  beginWindow(): void;
  endWindow(): FrameWindow;
  /** Drops the events still waiting for a paint (a pointer move that hovered nothing). */
  discard(): void;
  /** Resolves after n animation frames. */
  frames(n: number): Promise<void>;
  /** Marks, measures and resource timings of the load (ms from navigation start). */
  loadFigures(): LoadFigures;
  /** Where a node is on the page (CSS pixels), in our map (by id) or in force-graph (by index). */
  position(node: string | number): { x: number; y: number } | null;
  /** Whether the page shows a hovered node now. */
  hovering(): boolean;
  /** The drawing surface's box on the page. */
  canvasBox(): { x: number; y: number; width: number; height: number } | null;
  /** First contentful paint, the page's clock now, and every long task so far (ms from navigation start). */
  blocking(): { fcp: number; now: number; tasks: Array<{ start: number; duration: number }> };
  /** Event Timing entries of interactions that took 16 ms or more, since the last call. */
  slowEvents(): SlowEvent[];
}

/** An Event Timing entry: from the event to the next paint after its handlers (rounded to 8 ms by the browser). */
export interface SlowEvent {
  name: string;
  start: number;
  duration: number;
  interactionId: number;
}

export interface LoadFigures {
  marks: Record<string, number>;
  /** Durations of the performance.measure entries, by name. */
  measures: Record<string, number>;
  domContentLoaded: number;
  loadEvent: number;
  resources: Array<{ name: string; start: number; end: number }>;
}

/** Our map's read-only handle (src/components/map/MapView.svelte). */
export interface MapApi {
  screenPosition(id: string): { x: number; y: number } | null;
  transform(): { x: number; y: number; k: number };
  stats(): { draws: number; drawTimes: number[] };
}

/** What the force-graph page exposes for the benchmark (bench/pages/forceGraphPage.ts). */
export interface ForceGraphApi {
  /** Screen position of node `index` (same numbering as buildGraph), relative to the graph's canvas. */
  screenPosition(index: number): { x: number; y: number } | null;
  /** Index of the hovered node, or -1. */
  hovered(): number;
  ready: boolean;
  error: string;
  nodes: number;
  links: number;
}

declare global {
  interface Window {
    __bench: BenchApi;
    __benchPaint?: PaintSource;
    __forceGraph?: ForceGraphApi;
  }
}
