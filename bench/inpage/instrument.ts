/**
 * Injected into every measured page before its own scripts run (bundled by esbuild, added with
 * page.addInitScript). It wraps requestAnimationFrame so that it sees every frame and can tell, after each
 * callback, whether the page painted something new; from that it times input events (keystrokes, pointer
 * moves) to the paint that shows their effect, and collects frame intervals and paint durations while the
 * benchmark pans and zooms. It adds a check after each animation frame callback only while an event waits
 * for its paint, and a frame loop only while the benchmark asks for one.
 */
import type { FrameWindow, InputTiming, LoadFigures, MapApi, PaintSource } from './types.ts';

interface Waiting {
  type: string;
  /** When our capture listener ran (performance.now()). */
  t0: number;
  /** The event's own timestamp. */
  tEvent: number;
  /** When the bubbling reached window: the page's handlers and their microtasks are done. */
  tSync: number;
  /** The paint count when the event came. */
  marker: number;
}

const TIMEOUT_MS = 3000;
const realRaf = window.requestAnimationFrame.bind(window);
/** Each frame seen: its rAF timestamp and when its first callback started. */
const frameLog: Array<{ ts: number; start: number }> = [];
let lastTs = -1;
let clockOn = false;
const waiting: Waiting[] = [];
const done: InputTiming[] = [];
let recording: { type: string; left: number } | null = null;
let lastCaptured: Waiting | null = null;
const listening = new Set<string>();
/** Per frame while the clock runs: its rAF timestamp and when the main thread finished that frame. */
const frameEnds: Array<{ ts: number; end: number }> = [];
const channel = new MessageChannel();
channel.port1.onmessage = (event: MessageEvent<number>) => {
  frameEnds.push({ ts: event.data, end: performance.now() });
  if (frameEnds.length > 20000) frameEnds.splice(0, 10000);
};
let windowStart = 0;
let windowTotal = 0;

// Installed before any page script, and buffered, so every long task and slow event of the load is seen.
const longTasks: Array<{ start: number; duration: number }> = [];
const slowEvents: Array<{ name: string; start: number; duration: number; interactionId: number }> = [];
function observe(type: string, options: Record<string, unknown>, keep: (entry: PerformanceEntry) => void) {
  try {
    new PerformanceObserver((list) => list.getEntries().forEach(keep)).observe({
      type,
      buffered: true,
      ...options,
    });
  } catch {
    // an entry type this browser does not support: its figures read n/a
  }
}
// When a Worker's settled layout reaches the page (parseWorker posts `{ type: 'settled' }`): the map is
// interactive at its start positions before that, and the import targets count the settled layout.
let layoutSettled = NaN;
const RealWorker = window.Worker;
window.Worker = class extends RealWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    this.addEventListener('message', (event: MessageEvent<{ type?: string } | null>) => {
      if (event.data?.type === 'settled' && Number.isNaN(layoutSettled)) layoutSettled = performance.now();
    });
  }
};

observe('longtask', {}, (e) => longTasks.push({ start: e.startTime, duration: e.duration }));
observe('event', { durationThreshold: 16 }, (e) => {
  const interactionId = (e as PerformanceEntry & { interactionId?: number }).interactionId ?? 0;
  if (interactionId > 0)
    slowEvents.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId });
});

function noteFrame(ts: number) {
  if (ts === lastTs) return;
  lastTs = ts;
  frameLog.push({ ts, start: performance.now() });
  if (frameLog.length > 20000) frameLog.splice(0, 10000);
}

/** A 60 Hz display: the frame interval Chromium's headless compositor runs at. */
const FRAME_MS = 1000 / 60;

/**
 * Display frames the update came late by: 0 when the paint that showed it ended within the first frame
 * after the event, that is before the vsync after next (the first vsync after the event plus one
 * frame). Vsyncs are placed from the paint frame's rAF timestamp, which is its vsync time; the paint's
 * end is our callback's end, so the browser's own compositing after it is not counted.
 */
function framesLate(eventTime: number, paintFrameTs: number, paintEnd: number): number {
  const firstVsync =
    paintFrameTs <= eventTime
      ? paintFrameTs
      : paintFrameTs - Math.floor((paintFrameTs - eventTime) / FRAME_MS) * FRAME_MS;
  return Math.max(0, Math.ceil((paintEnd - (firstVsync + FRAME_MS)) / FRAME_MS));
}

function failed(w: Waiting): InputTiming {
  return { type: w.type, latency: NaN, handler: w.tSync - w.t0, paint: NaN, framesLate: NaN, painted: false };
}

function settle(ts: number) {
  const paint = window.__benchPaint;
  const now = performance.now();
  const count = paint ? paint.count() : 0;
  for (let i = 0; i < waiting.length; ) {
    const w = waiting[i]!;
    if (paint && count > w.marker) {
      done.push({
        type: w.type,
        latency: now - w.tEvent,
        handler: w.tSync - w.t0,
        paint: paint.last(),
        framesLate: framesLate(w.tEvent, ts, now),
        painted: true,
      });
      waiting.splice(i, 1);
    } else if (now - w.t0 > TIMEOUT_MS) {
      done.push(failed(w));
      waiting.splice(i, 1);
    } else i++;
  }
}

window.requestAnimationFrame = (callback: FrameRequestCallback): number =>
  realRaf((ts) => {
    noteFrame(ts);
    callback(ts);
    if (waiting.length > 0) settle(ts);
  });

function onCapture(event: Event) {
  if (!event.isTrusted || !recording || recording.type !== event.type || recording.left <= 0) return;
  recording.left--;
  const w: Waiting = {
    type: event.type,
    t0: performance.now(),
    tEvent: event.timeStamp,
    tSync: NaN,
    marker: window.__benchPaint?.count() ?? 0,
  };
  waiting.push(w);
  lastCaptured = w;
}

function onBubble(event: Event) {
  if (lastCaptured && lastCaptured.type === event.type && Number.isNaN(lastCaptured.tSync)) {
    lastCaptured.tSync = performance.now();
  }
}

const mapElement = () =>
  document.querySelector('[aria-roledescription="map"]') as (HTMLElement & { mapApi?: MapApi }) | null;

function loadFigures(): LoadFigures {
  const marks: Record<string, number> = {};
  for (const mark of performance.getEntriesByType('mark')) marks[mark.name] ??= mark.startTime;
  if (Number.isFinite(layoutSettled)) marks['bench:layout-settled'] = layoutSettled;
  const measures: Record<string, number> = {};
  for (const measure of performance.getEntriesByType('measure')) measures[measure.name] ??= measure.duration;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    marks,
    measures,
    domContentLoaded: navigation?.domContentLoadedEventEnd ?? NaN,
    loadEvent: navigation?.loadEventEnd ?? NaN,
    resources: performance
      .getEntriesByType('resource')
      .map((r) => ({ name: r.name, start: r.startTime, end: (r as PerformanceResourceTiming).responseEnd })),
  };
}

function position(node: string | number): { x: number; y: number } | null {
  if (typeof node === 'number') {
    const canvas = document.querySelector('#graph canvas');
    const at = window.__forceGraph?.screenPosition(node);
    if (!canvas || !at) return null;
    const box = canvas.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }
  const element = mapElement();
  const at = element?.mapApi?.screenPosition(node);
  if (!element || !at) return null;
  const box = element.getBoundingClientRect();
  return { x: box.left + at.x, y: box.top + at.y };
}

function canvasBox() {
  const canvas = window.__forceGraph ? document.querySelector('#graph canvas') : mapElement();
  if (!canvas) return null;
  const { left, top, width, height } = canvas.getBoundingClientRect();
  return { x: left, y: top, width, height };
}

function mapPaints(api: MapApi): PaintSource {
  return {
    count: () => api.stats().draws,
    last: () => api.stats().drawTimes.at(-1) ?? NaN,
    total: () => api.stats().draws,
    times: () => api.stats().drawTimes,
  };
}

window.__bench = {
  useMapApi() {
    const element = mapElement();
    if (!element?.mapApi) return false;
    window.__benchPaint = mapPaints(element.mapApi);
    return true;
  },
  record(type, count) {
    if (!listening.has(type)) {
      listening.add(type);
      window.addEventListener(type, onCapture, { capture: true });
      window.addEventListener(type, onBubble);
    }
    recording = { type, left: count };
  },
  stop() {
    recording = null;
  },
  waiting: () => waiting.length,
  take() {
    const now = performance.now();
    for (let i = 0; i < waiting.length; ) {
      if (now - waiting[i]!.t0 > TIMEOUT_MS) done.push(failed(waiting.splice(i, 1)[0]!));
      else i++;
    }
    return done.splice(0, done.length);
  },
  startClock() {
    if (clockOn) return;
    clockOn = true;
    // A message posted from a frame's callback runs as the next task, once the frame's main-thread work
    // (input, animation callbacks, style, layout, paint, canvas flush, commit) is done.
    const tick = (ts: number) => {
      if (!clockOn) return;
      channel.port2.postMessage(ts);
      window.requestAnimationFrame(tick);
    };
    window.requestAnimationFrame(tick);
  },
  stopClock() {
    clockOn = false;
  },
  beginWindow() {
    windowStart = performance.now();
    windowTotal = window.__benchPaint?.total() ?? 0;
  },
  endWindow(): FrameWindow {
    const paint = window.__benchPaint;
    const paints = paint ? paint.total() - windowTotal : 0;
    const times = paint ? paint.times() : [];
    return {
      frames: frameLog.filter((f) => f.start >= windowStart).map((f) => f.ts),
      frameWork: frameEnds.filter((f) => f.ts >= windowStart).map((f) => f.end - f.ts),
      paintTimes: paints > 0 ? times.slice(-Math.min(paints, times.length)) : [],
      seconds: (performance.now() - windowStart) / 1000,
    };
  },
  discard() {
    waiting.splice(0, waiting.length);
    lastCaptured = null;
  },
  frames(n) {
    return new Promise<void>((resolve) => {
      let left = n;
      const step = () => (--left <= 0 ? resolve() : window.requestAnimationFrame(step));
      window.requestAnimationFrame(step);
    });
  },
  loadFigures,
  position,
  hovering() {
    if (window.__forceGraph) return window.__forceGraph.hovered() >= 0;
    return (mapElement()?.dataset.hovered ?? '') !== '';
  },
  canvasBox,
  blocking() {
    const paints = performance.getEntriesByType('paint');
    const fcp = paints.find((p) => p.name === 'first-contentful-paint') ?? paints[0];
    return { fcp: fcp?.startTime ?? NaN, now: performance.now(), tasks: [...longTasks] };
  },
  slowEvents: () => slowEvents.splice(0, slowEvents.length),
};
