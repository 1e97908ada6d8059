/**
 * Which frames may share the dimmed layer (dimLayer.ts): those that differ only in what they light, the
 * rings and the labels. A view derives fresh filter and day masks on every keystroke, so masks count by
 * content; anything drawn under the highlight (zoom, size, positions, theme, filters, day, logos) does not.
 */
import { expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../src/lib/graph/nodeSize.ts';
import { palette } from '../../src/lib/graph/palette.ts';
import type { MapFrame } from '../../src/components/map/drawMap.ts';
import type { MapLogos } from '../../src/components/logos/logoSprite.svelte.ts';
import { sameBase } from '../../src/components/map/dimLayer.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const graph = buildGraph(bundledCatalog());
const layout = computeLayout(graph);
const n = graph.nodes.length;
const base: MapFrame = {
  graph,
  positions: layout.positions,
  radii: Float64Array.from(graph.nodes, (node) => nodeRadius(node)),
  palette: palette('light'),
  transform: { x: 10, y: 20, k: 0.5 },
  width: 900,
  height: 600,
  dpr: 1,
  visible: Uint8Array.from({ length: n }, (_, i) => i % 2),
  maturity: null,
  emphasis: null,
  selected: -1,
  focused: -1,
  hovered: -1,
  showFocus: false,
};

test('a new highlight, hover, selection or focus keeps the layer', () => {
  const lit = new Uint8Array(n).fill(1, 0, 20);
  expect(
    sameBase(base, { ...base, emphasis: lit, hovered: 3, selected: 4, focused: 5, showFocus: true }),
  ).toBe(true);
  // The same filters and zoom, derived afresh.
  expect(sameBase(base, { ...base, visible: base.visible!.slice(), transform: { ...base.transform } })).toBe(
    true,
  );
});

test('anything drawn under the highlight needs a new layer', () => {
  const other = base.visible!.slice();
  other[0] = 1 - other[0]!;
  const changes: Array<Partial<MapFrame>> = [
    { palette: palette('dark') },
    { transform: { ...base.transform, k: 0.6 } },
    { transform: { ...base.transform, x: 11 } },
    { transform: { ...base.transform, y: 21 } },
    { width: 901 },
    { height: 601 },
    { dpr: 2 },
    { positions: layout.positions.slice() },
    { radii: base.radii.slice() },
    { visible: other },
    { visible: null },
    { maturity: graph.nodes.map(() => 'graduated' as const) },
    { graph: buildGraph(bundledCatalog()) },
  ];
  for (const change of changes)
    expect(sameBase(base, { ...base, ...change }), Object.keys(change)[0]).toBe(false);
});

test('the logo sprite needs a new layer only where a node is big enough to show its logo', () => {
  const logos = { fromRadius: 13, draw: () => {} } as unknown as MapLogos;
  const projectRadii = graph.nodes
    .filter((node) => node.kind === 'project' && node.logo)
    .map((node) => base.radii[node.index]!);
  expect(projectRadii.length).toBeGreaterThan(0);
  // Zoomed in so far that the biggest project with a logo shows it, then out so far that none does.
  const near = { ...base, transform: { ...base.transform, k: 13 / Math.min(...projectRadii) } };
  const far = { ...base, transform: { ...base.transform, k: (13 / Math.max(...projectRadii)) * 0.9 } };
  expect(sameBase(near, { ...near, logos })).toBe(false);
  // The sprite arriving under the fitted view of a big map: the same pixels, the same layer (it was
  // dropped, and the first keystroke after the sprite drew every dimmed node itself).
  expect(sameBase(far, { ...far, logos })).toBe(true);
  // A new sprite's handle on every frame, the same sprite.
  expect(sameBase({ ...near, logos }, { ...near, logos: { ...logos } })).toBe(true);
});
