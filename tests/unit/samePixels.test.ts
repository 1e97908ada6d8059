/**
 * A frame that would paint exactly the pixels already on the canvas is skipped: the logo sprite arriving
 * while the map is zoomed out too far for any logo to show. Any other change, or a zoom at which a logo
 * shows, is painted.
 */
import { expect, test } from 'vitest';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../src/lib/graph/nodeSize.ts';
import { palette } from '../../src/lib/graph/palette.ts';
import type { MapFrame } from '../../src/components/map/drawMap.ts';
import type { MapLogos } from '../../src/components/logos/logoSprite.svelte.ts';
import { samePixels } from '../../src/components/map/samePixels.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const graph = buildGraph(bundledCatalog());
const layout = computeLayout(graph);
const radii = Float64Array.from(graph.nodes, (n) => nodeRadius(n));
const logos = { fromRadius: 14 } as MapLogos;
const base: MapFrame = {
  graph,
  positions: layout.positions,
  radii,
  palette: palette('light'),
  transform: { x: 0, y: 0, k: 0.5 },
  width: 900,
  height: 600,
  dpr: 1,
  visible: null,
  emphasis: null,
  selected: -1,
  focused: -1,
  hovered: -1,
  showFocus: false,
  reserved: [{ x: 800, y: 0, width: 100, height: 40 }],
  logos: null,
};

test('the logo sprite arriving on a map zoomed out past any logo paints nothing new', () => {
  expect(graph.nodes.some((n) => n.logo)).toBe(true);
  expect(samePixels(base, { ...base, logos, reserved: [{ x: 800, y: 0, width: 100, height: 40 }] })).toBe(
    true,
  );
});

test('zoomed in far enough for a logo, the sprite is painted', () => {
  const close = { ...base, transform: { x: 0, y: 0, k: 8 } };
  expect(samePixels(close, { ...close, logos })).toBe(false);
});

test('any other change is painted, and so is the first frame', () => {
  expect(samePixels(undefined, base)).toBe(false);
  expect(samePixels(base, { ...base, hovered: 3 })).toBe(false);
  expect(samePixels(base, { ...base, transform: { x: 1, y: 0, k: 0.5 } })).toBe(false);
  expect(samePixels(base, { ...base, reserved: [] })).toBe(false);
  expect(samePixels(base, { ...base, palette: palette('dark') })).toBe(false);
});
