/**
 * Projects without dates stay on a map of a past day, drawn as they are today: the canvas and the static
 * pictures ring each of them with a dashed ring, and the pictures' legend says what the ring means and
 * how many there are. Today's map has no such ring.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { drawMap } from '../../src/components/map/drawMap.ts';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../src/lib/graph/nodeSize.ts';
import { palette } from '../../src/lib/graph/palette.ts';
import { renderMapSvg } from '../../src/lib/render/index.ts';
import { timeMaskOf } from '../../src/lib/view/timeMask.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const catalog = bundledCatalog();
const undated = catalog.projects.filter((p) => !p.dates?.accepted);
const RING = 'stroke-dasharray="2.5 2"';

describe('static pictures', () => {
  const svgAt = (at: string | null) =>
    renderMapSvg({ catalog, view: { theme: 'light', at }, width: 1600, height: 1000 });

  test('a picture of a past day rings every undated project and its legend counts them', () => {
    const svg = svgAt('2020-12-10');
    // One ring per undated project, and one in the legend.
    expect(svg.split(RING).length - 1).toBe(undated.length + 1);
    expect(svg).toContain(`${undated.length} undated, shown on every day`);
  });

  test('today’s picture has no undated ring and no such legend entry', () => {
    const svg = svgAt(null);
    expect(svg).not.toContain(RING);
    expect(svg).not.toContain('undated');
  });
});

describe('the canvas', () => {
  const graph = buildGraph(catalog);
  const layout = computeLayout(graph);
  const rings: number[] = [];
  beforeAll(() => {
    (globalThis as { Path2D?: unknown }).Path2D = class {
      arcs = 0;
      moveTo() {}
      lineTo() {}
      arc() {
        this.arcs++;
      }
      closePath() {}
      rect() {}
    };
  });
  /** Records how many arcs each dashed stroke drew. */
  const context = () => {
    let dashed = false;
    return new Proxy(
      {},
      {
        get: (_target, key) =>
          key === 'measureText'
            ? () => ({ width: 10 })
            : key === 'setLineDash'
              ? (dash: number[]) => (dashed = dash.length > 0)
              : key === 'stroke'
                ? (path?: { arcs: number }) => dashed && path && rings.push(path.arcs)
                : () => {},
        set: () => true,
      },
    ) as unknown as CanvasRenderingContext2D;
  };
  const paint = (at: string | null) => {
    rings.length = 0;
    const time = timeMaskOf(catalog, graph, at);
    drawMap(context(), {
      graph,
      positions: layout.positions,
      radii: Float64Array.from(graph.nodes, (node) => nodeRadius(node)),
      palette: palette('light'),
      transform: { x: 0, y: 0, k: 0.0001 },
      width: 1e9,
      height: 1e9,
      dpr: 1,
      visible: time?.present ?? null,
      maturity: time?.maturity ?? null,
      emphasis: null,
      selected: -1,
      focused: -1,
      hovered: -1,
      showFocus: false,
    });
    return [...rings];
  };

  test('a past day rings the undated projects, in one dashed stroke', () => {
    expect(paint('2020-12-10')).toContain(undated.length);
  });

  test('today, no project is ringed as undated', () => {
    expect(paint(null)).not.toContain(undated.length);
  });
});
