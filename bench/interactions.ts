/**
 * What the benchmark does with the mouse and keyboard, the same for our map and for force-graph:
 * pan and zoom for a few seconds, hover nodes, type queries. All input goes through the Chrome DevTools
 * Protocol (Playwright), so the page sees trusted events.
 * The page side is bench/inpage/instrument.ts; callbacks passed to page.evaluate stay one-liners
 * (tsx would wrap named inner functions in a helper the page does not have).
 */
import type { CDPSession, Page } from '@playwright/test';
import type { FrameWindow, InputTiming } from './inpage/types.ts';
import { intervals } from './stats.ts';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The hand's clock: 60 events a second. */
const TICK_MS = 1000 / 60;

type Point = { x: number; y: number };
/** Input.dispatchMouseEvent's parameters that the benchmark uses. */
type MouseParams = {
  type: 'mouseMoved' | 'mousePressed' | 'mouseReleased' | 'mouseWheel';
  x: number;
  y: number;
  button?: 'left';
  buttons?: number;
  clickCount?: number;
  deltaX?: number;
  deltaY?: number;
};
type Box = { x: number; y: number; width: number; height: number };

export async function canvasBox(page: Page): Promise<Box> {
  const box = await page.evaluate(() => window.__bench.canvasBox());
  if (!box) throw new Error('bench: no map canvas on the page');
  return box;
}

/** Waits until no event waits for its paint, or the timeout. */
async function settled(page: Page, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && (await page.evaluate(() => window.__bench.waiting())) > 0) await sleep(20);
}

/** A point of the canvas where the pointer is over no node (so a press pans instead of dragging a node). */
async function emptySpot(page: Page, box: Box): Promise<Point> {
  const fractions = [0.03, 0.97, 0.5, 0.15, 0.85, 0.3, 0.7];
  for (const fy of fractions) {
    for (const fx of fractions) {
      const point = { x: box.x + fx * box.width, y: box.y + fy * box.height };
      await page.mouse.move(point.x, point.y);
      await page.evaluate(() => window.__bench.frames(3));
      if (!(await page.evaluate(() => window.__bench.hovering()))) return point;
    }
  }
  throw new Error('bench: found no empty point on the map to start a pan from');
}

export interface PanZoomResult {
  /** Durations of the page's own paints (ms). */
  paintTimes: number[];
  /** Intervals between animation frames while the gestures ran (ms). */
  frameIntervals: number[];
  /** Per frame, its begin time (vsync) to the end of its main-thread work (ms). */
  frameWork: number[];
  paints: number;
  seconds: number;
}

async function gesture(page: Page, windows: FrameWindow[], run: () => Promise<void>): Promise<void> {
  await page.evaluate(() => window.__bench.beginWindow());
  await run();
  await page.evaluate(() => window.__bench.frames(2));
  windows.push(await page.evaluate(() => window.__bench.endWindow()));
}

/**
 * Mouse events sent as a hand sends them: on a fixed 60 Hz clock, without waiting for the page to
 * acknowledge each one (Playwright's page.mouse waits, which would let a slow page slow the hand down
 * and hide its dropped frames). Chromium coalesces what arrives within one frame, as it does for a real mouse.
 */
class Hand {
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Hand> {
    return new Hand(await page.context().newCDPSession(page));
  }

  private send(params: MouseParams): Promise<unknown> {
    return this.cdp.send('Input.dispatchMouseEvent', params).catch(() => undefined);
  }

  /** Sends one event per tick, `count` ticks, then waits until the browser has taken them all. */
  private async paced(count: number, event: (i: number) => MouseParams) {
    const start = performance.now();
    let last: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < count; i++) {
      last = this.send(event(i));
      const next = start + (i + 1) * TICK_MS;
      await sleep(Math.max(0, next - performance.now()));
    }
    await last;
  }

  async wheel(at: Point, deltaY: number, events: number): Promise<void> {
    await this.send({ type: 'mouseMoved', x: at.x, y: at.y });
    await this.paced(events, () => ({ type: 'mouseWheel', x: at.x, y: at.y, deltaX: 0, deltaY }));
  }

  /** A press on an empty point, a figure of eight around it, then release. */
  async drag(from: Point, moves: number): Promise<void> {
    const button = { button: 'left' as const, buttons: 1, clickCount: 1 };
    await this.send({ type: 'mouseMoved', x: from.x, y: from.y });
    await this.send({ type: 'mousePressed', x: from.x, y: from.y, ...button });
    await this.paced(moves, (i) => {
      const a = ((i + 1) / moves) * 2 * Math.PI;
      return {
        type: 'mouseMoved',
        x: from.x + 160 * Math.sin(a),
        y: from.y + 90 * Math.sin(2 * a),
        ...button,
      };
    });
    await this.send({ type: 'mouseReleased', x: from.x, y: from.y, ...button });
  }

  detach(): Promise<void> {
    return this.cdp.detach();
  }
}

/**
 * Zoom in around the centre (30 wheel steps, x8 in all), pan a figure of eight, zoom back out, pan again,
 * all at 60 events a second: about five seconds of frames. Only the gestures count, not the pauses between them.
 */
export async function panAndZoom(page: Page): Promise<PanZoomResult> {
  const box = await canvasBox(page);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const windows: FrameWindow[] = [];
  const hand = await Hand.on(page);
  await page.evaluate(() => window.__bench.startClock());
  await gesture(page, windows, () => hand.wheel(centre, -50, 30));
  await sleep(900);
  const spot = await emptySpot(page, box);
  await gesture(page, windows, () => hand.drag(spot, 120));
  await gesture(page, windows, () => hand.wheel(centre, 50, 30));
  await sleep(900);
  const again = await emptySpot(page, box);
  await gesture(page, windows, () => hand.drag(again, 120));
  await page.evaluate(() => window.__bench.stopClock());
  await hand.detach();
  return {
    paintTimes: windows.flatMap((w) => w.paintTimes),
    frameIntervals: windows.flatMap((w) => intervals(w.frames)),
    frameWork: windows.flatMap((w) => w.frameWork),
    paints: windows.reduce((a, w) => a + w.paintTimes.length, 0),
    seconds: windows.reduce((a, w) => a + w.seconds, 0),
  };
}

export interface HoverResult {
  timings: InputTiming[];
  /** Targets where the pointer landed on no node (tiny nodes in a fitted view). */
  misses: number;
}

/** For each target: the pointer on an empty point, then one move onto the node; timed to the highlight. */
export async function hoverNodes(page: Page, targets: Array<string | number>): Promise<HoverResult> {
  const box = await canvasBox(page);
  const timings: InputTiming[] = [];
  let misses = 0;
  await page.evaluate(() => window.__bench.startClock());
  // force-graph finds the hovered node on a hidden canvas it repaints at most every 800 ms.
  await sleep(900);
  const spot = await emptySpot(page, box);
  for (const target of targets) {
    const at = await page.evaluate((node) => window.__bench.position(node), target);
    const inside =
      at &&
      at.x > box.x + 4 &&
      at.y > box.y + 4 &&
      at.x < box.x + box.width - 4 &&
      at.y < box.y + box.height - 4;
    if (!at || !inside) {
      misses++;
      continue;
    }
    await page.mouse.move(spot.x, spot.y);
    await page.evaluate(() => window.__bench.frames(4));
    await sleep(100);
    await page.evaluate(() => window.__bench.record('pointermove', 1));
    await page.mouse.move(at.x, at.y);
    await settled(page, 1000);
    const hit = await page.evaluate(() => window.__bench.hovering());
    await page.evaluate(() => window.__bench.stop());
    if (hit) timings.push(...(await page.evaluate(() => window.__bench.take())));
    else {
      misses++;
      await page.evaluate(() => window.__bench.discard());
      await page.evaluate(() => window.__bench.take());
    }
  }
  await page.mouse.move(spot.x, spot.y);
  await page.evaluate(() => window.__bench.stopClock());
  return { timings, misses };
}

export const QUERIES = [
  'prometheus',
  'service mesh',
  'kubernets',
  'how do i trace requests across services',
  'mtls',
  'kafka alternative',
  'secrets management',
];

export interface SearchResult {
  timings: InputTiming[];
  /** The very first keystroke of the page, which also builds the search index. */
  first: InputTiming | undefined;
}

/** Types each query a character at a time (80 ms apart), timing each input event to its paint. */
export async function typeQueries(page: Page, queries: string[]): Promise<SearchResult> {
  const box = page.getByRole('combobox', { name: 'Search projects and problems' });
  const timings: InputTiming[] = [];
  let first: InputTiming | undefined;
  await page.evaluate(() => window.__bench.startClock());
  for (const query of queries) {
    await box.fill('');
    // The view fits the whole map again 250 ms after the query changes, animated for 500 ms.
    await sleep(900);
    await page.evaluate((n) => window.__bench.record('input', n), query.length);
    await page.keyboard.type(query, { delay: 80 });
    await settled(page, 3000);
    await page.evaluate(() => window.__bench.stop());
    const taken = await page.evaluate(() => window.__bench.take());
    if (first === undefined) [first] = taken;
    timings.push(...taken);
  }
  await box.fill('');
  await page.evaluate(() => window.__bench.stopClock());
  return { timings, first };
}
