/**
 * The map keeps its last choice of labels for a frame that lights the same nodes at the same zoom (a
 * keystroke that leaves the hits as they were), and chooses again on any change a label depends on: the
 * highlight, zoom, pan, size, filters, layout, pinned nodes and the controls' corner.
 */
import { expect, test, vi } from 'vitest';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../src/lib/graph/nodeSize.ts';
import { palette } from '../../src/lib/graph/palette.ts';
import type { MapFrame } from '../../src/components/map/drawMap.ts';
import { drawLabels } from '../../src/components/map/drawLabels.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const graph = buildGraph(bundledCatalog());
const layout = computeLayout(graph);
const n = graph.nodes.length;
const hub = graph.nodes.find((node) => node.kind === 'problem')!.index;
const other = graph.nodes.filter((node) => node.kind === 'problem').at(-1)!.index;
const lightUp = (centre: number) => {
  const lit = new Uint8Array(n);
  lit[centre] = 1;
  for (const i of graph.neighbours[centre]!) lit[i] = 1;
  return lit;
};
const base: MapFrame = {
  graph,
  positions: layout.positions,
  radii: Float64Array.from(graph.nodes, (node) => nodeRadius(node)),
  palette: palette('light'),
  transform: { x: 450, y: 300, k: 0.6 },
  width: 900,
  height: 600,
  dpr: 1,
  visible: null,
  emphasis: lightUp(hub),
  selected: -1,
  focused: -1,
  hovered: -1,
  showFocus: false,
  reserved: [{ x: 800, y: 0, width: 100, height: 40 }],
};

/** The text a frame's labels write, with where: a canvas that records and measures 7 px a character. */
function labelsOf(frame: MapFrame): string[] {
  const written: string[] = [];
  const context = {
    measureText: (text: string) => ({ width: 7 * text.length }),
    strokeText() {},
    fillText: (text: string, x: number, y: number) => written.push(`${text}@${x.toFixed(1)},${y.toFixed(1)}`),
  } as unknown as CanvasRenderingContext2D;
  const shown = frame.visible ? (i: number) => frame.visible![i] === 1 : () => true;
  const lit = frame.emphasis ? (i: number) => frame.emphasis![i] === 1 : () => true;
  drawLabels(context, frame, shown, lit);
  return written;
}

test('the same highlight, derived afresh, writes the same labels', () => {
  const first = labelsOf(base);
  expect(first.length).toBeGreaterThan(3);
  expect(labelsOf({ ...base, emphasis: lightUp(hub), reserved: [{ ...base.reserved![0]! }] })).toEqual(first);
});

test('a change a label depends on chooses again, as a frame painted from scratch would', () => {
  // Projects outside the highlight have no label unless pinned.
  const unlit = graph.nodes
    .filter((node) => node.kind === 'project' && !base.emphasis![node.index])
    .map((node) => node.index);
  const changes: Array<[string, Partial<MapFrame>]> = [
    ['another highlight', { emphasis: lightUp(other) }],
    ['nothing lit', { emphasis: null }],
    ['zoomed', { transform: { ...base.transform, k: 0.9 } }],
    ['panned sideways', { transform: { ...base.transform, x: 380 } }],
    ['panned down', { transform: { ...base.transform, y: 250 } }],
    ['narrower', { width: 500 }],
    ['shorter', { height: 300 }],
    ['filtered', { visible: Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 0 : 1)) }],
    ['moved', { positions: layout.positions.map((v) => v * 1.3) }],
    ['bigger nodes', { radii: base.radii.map((r) => r * 2) }],
    ['selected', { selected: unlit[0]! }],
    ['hovered', { hovered: unlit[1]! }],
    ['focused', { focused: unlit[2]! }],
    ['controls corner', { reserved: [{ x: 300, y: 0, width: 600, height: 200 }] }],
  ];
  const before = labelsOf(base);
  for (const [what, change] of changes) {
    const frame = { ...base, ...change };
    labelsOf(base);
    const afterBase = labelsOf(frame);
    // From scratch: after a frame that shares nothing with it.
    labelsOf({ ...base, transform: { x: 0, y: 0, k: 0.1 } });
    const fresh = labelsOf(frame);
    expect(afterBase, what).toEqual(fresh);
    expect(afterBase, `${what} changes the labels`).not.toEqual(before);
  }
});

test('labels measured and chosen between a first frame’s halves: the labels frame only writes them, the same', async () => {
  vi.resetModules();
  let choices = 0;
  vi.doMock('../../src/lib/render/chooseLabels.ts', async (original) => {
    const actual = await original<typeof import('../../src/lib/render/chooseLabels.ts')>();
    return {
      ...actual,
      chooseLabels: (...args: Parameters<typeof actual.chooseLabels>) => (
        choices++,
        actual.chooseLabels(...args)
      ),
    };
  });
  const fresh = await import('../../src/components/map/drawLabels.ts');
  vi.doUnmock('../../src/lib/render/chooseLabels.ts');
  const warmed: string[] = [];
  const measuring = {
    measureText: (text: string) => (warmed.push(text), { width: 7 * text.length }),
  };
  vi.stubGlobal('document', { createElement: () => ({ getContext: () => measuring }) });
  try {
    fresh.prepareLabels(base);
  } finally {
    vi.unstubAllGlobals();
  }
  expect(warmed.length).toBeGreaterThan(20);
  expect(choices).toBe(1);
  let measured = 0;
  const written: string[] = [];
  const context = {
    measureText: (text: string) => (measured++, { width: 7 * text.length }),
    strokeText() {},
    fillText: (text: string, x: number, y: number) => written.push(`${text}@${x.toFixed(1)},${y.toFixed(1)}`),
  } as unknown as CanvasRenderingContext2D;
  // The labels' half is the same frame with only its layer set.
  fresh.drawLabels(
    context,
    { ...base, layers: 'labels', clear: false },
    () => true,
    (i) => base.emphasis![i] === 1,
  );
  expect([measured, choices]).toEqual([0, 1]);
  expect(written).toEqual(labelsOf(base));
});
