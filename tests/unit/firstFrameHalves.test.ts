/**
 * A graph's first map frame comes in two halves: the shapes, then the labels over them, each drawn in a
 * task of its own and shown by the animation frame after it (the frame rasterises what the task drew). On
 * a slow phone one whole first frame, drawn and rasterised in one animation frame, was the longest task of
 * a load. The halves together draw exactly what one whole frame draws, the map counts as painted only once
 * both are, and every later frame of the same graph is whole and drawn in its animation frame (hover, pan
 * and zoom never see a frame without labels).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../src/lib/graph/nodeSize.ts';
import { palette } from '../../src/lib/graph/palette.ts';
import { estimateTextWidth } from '../../src/lib/render/estimateTextWidth.ts';
import { frameView } from '../../src/lib/view/camera.ts';
import type { MapFrame } from '../../src/components/map/drawMap.ts';
import { loadCatalog } from '../helpers/catalogs.ts';

vi.mock('../../src/components/logos/logoSprite.svelte.ts', () => ({ mapLogos: () => null }));
const { drawMap } = await import('../../src/components/map/drawMap.ts');
const { createPaintLoop } = await import('../../src/components/map/paintLoop.ts');

const catalog = loadCatalog('tests/fixtures/valid/view.yaml');
const graph = buildGraph(catalog);
const layout = computeLayout(graph);
const radii = Float64Array.from(graph.nodes, (n) => nodeRadius(n));
const SIZE = { width: 900, height: 600 };
const transform = frameView('all', layout.positions, radii, () => true, SIZE)!;

function frameOf(overrides: Partial<MapFrame> = {}): MapFrame {
  return {
    graph,
    positions: layout.positions,
    radii,
    palette: palette('light'),
    transform,
    ...SIZE,
    dpr: 1,
    visible: null,
    emphasis: null,
    selected: graph.indexOf.get('project:kafka')!,
    focused: -1,
    hovered: -1,
    showFocus: false,
    ...overrides,
  };
}

beforeAll(() => {
  // Node has no canvas: paths and contexts that record what they are asked to draw.
  (globalThis as { Path2D?: unknown }).Path2D ??= class {
    calls: string[] = [];
    constructor() {
      return new Proxy(this, {
        get: (target, key) =>
          key === 'calls'
            ? target.calls
            : (...args: unknown[]) => target.calls.push(`${String(key)}(${args.join()})`),
      });
    }
  };
});

/** A context recording every call and property set, in order (paths by what they hold). */
function recording() {
  const calls: string[] = [];
  const show = (v: unknown) =>
    v && typeof v === 'object' && 'calls' in v
      ? `path[${(v as { calls: string[] }).calls.join(' ')}]`
      : String(v);
  const context = new Proxy(
    {},
    {
      get: (_target, key) =>
        key === 'measureText'
          ? (text: string) => ({ width: estimateTextWidth(text, '12px system-ui') })
          : (...args: unknown[]) => calls.push(`${String(key)}(${args.map(show).join()})`),
      set: (_target, key, value) => (calls.push(`${String(key)}=${show(value)}`), true),
    },
  ) as unknown as CanvasRenderingContext2D;
  return { context, calls };
}

describe('the halves of a frame', () => {
  test('the shapes and then the labels draw what one whole frame draws, in the same order', () => {
    drawMap(recording().context, frameOf()); // label widths are measured once: measure them before comparing
    const whole = recording();
    drawMap(whole.context, frameOf());
    const halves = recording();
    drawMap(halves.context, frameOf({ layers: 'shapes' }));
    const shapes = halves.calls.length;
    drawMap(halves.context, frameOf({ layers: 'labels', clear: false }));
    expect(halves.calls).toEqual(whole.calls);
    // The shapes' half has no text, the labels' half clears nothing.
    expect(halves.calls.slice(0, shapes).some((c) => c.startsWith('fillText'))).toBe(false);
    expect(halves.calls.slice(shapes).some((c) => c.startsWith('clearRect'))).toBe(false);
    expect(halves.calls.slice(shapes).some((c) => c.startsWith('fillText(Apache Kafka'))).toBe(true);
  });
});

describe('the paint loop', () => {
  let queue: Array<() => void> = [];
  /** The page's tasks, then an animation frame: the callbacks booked before it. */
  const turn = () => {
    vi.runAllTimers();
    const now = queue;
    queue = [];
    now.forEach((run) => run());
  };
  const painted = vi.fn();
  beforeEach(() => {
    queue = [];
    painted.mockClear();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => queue.push(run));
    vi.stubGlobal('cancelAnimationFrame', () => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test("a graph's first frame is drawn in tasks, not in animation frame callbacks; later frames in them", () => {
    const loop = createPaintLoop();
    const { context, calls } = recording();
    const texts = () => calls.filter((c) => c.startsWith('fillText')).length;
    loop.request(context, frameOf(), painted);
    expect(queue).toHaveLength(0); // nothing booked on an animation frame: the shapes come in a task
    vi.runAllTimers();
    expect(calls.some((c) => c.startsWith('clearRect'))).toBe(true);
    expect(texts()).toBe(0);
    // The labels wait for the frame that shows the shapes, then come in tasks too.
    vi.runAllTimers();
    expect(texts()).toBe(0);
    const frameCallbacks = queue.splice(0);
    frameCallbacks.forEach((run) => run());
    expect(texts()).toBe(0);
    vi.runAllTimers();
    expect(texts()).toBeGreaterThan(0);
    expect(painted).toHaveBeenCalledTimes(1);
    // A later frame of the same graph is drawn in its animation frame.
    turn();
    const before = calls.length;
    loop.request(context, frameOf({ hovered: 1 }), painted);
    vi.runAllTimers();
    expect(calls.length).toBe(before);
    turn();
    expect(calls.length).toBeGreaterThan(before);
    expect(painted).toHaveBeenCalledTimes(2);
  });

  test("a graph's first frame is painted in two halves, and counts as painted after the second", () => {
    const loop = createPaintLoop();
    const { context, calls } = recording();
    const clears = () => calls.filter((c) => c.startsWith('clearRect')).length;
    const texts = () => calls.filter((c) => c.startsWith('fillText')).length;
    loop.request(context, frameOf(), painted);
    turn();
    expect(painted).not.toHaveBeenCalled();
    expect([clears(), texts()]).toEqual([1, 0]); // the shapes
    turn();
    expect(painted).toHaveBeenCalledTimes(1);
    expect(clears()).toBe(1); // the labels, over the shapes
    expect(texts()).toBeGreaterThan(0);
    // The same graph again (a hover, a pan): one whole frame, painted at once.
    const before = texts();
    loop.request(context, frameOf({ hovered: 1 }), painted);
    turn();
    expect(painted).toHaveBeenCalledTimes(2);
    expect(clears()).toBe(2);
    expect(texts()).toBeGreaterThan(before);
  });

  test('a newer frame asked for between the halves replaces the labels half with a whole frame', () => {
    const loop = createPaintLoop();
    const { context: ctx, calls } = recording();
    loop.request(ctx, frameOf(), painted);
    turn(); // the shapes
    loop.cancel();
    loop.request(ctx, frameOf({ hovered: 2 }), painted); // only a graph's first frame is split
    turn();
    expect(painted).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.startsWith('clearRect'))).toHaveLength(2);
    loop.request(ctx, frameOf({ hovered: 3 }), painted);
    turn();
    expect(painted).toHaveBeenCalledTimes(2);
  });

  // The embed's camera fits the view as it loads: a new frame every animation frame for half a second.
  // When each of them was split again, the map counted as painted only once the motion stopped.
  test('a map that moves from its first frame on counts as painted after two frames', () => {
    const loop = createPaintLoop();
    const { context: ctx } = recording();
    for (let n = 0; n < 3; n++) {
      loop.request(ctx, frameOf({ hovered: n }), painted);
      turn();
    }
    expect(painted).toHaveBeenCalled();
  });
});
