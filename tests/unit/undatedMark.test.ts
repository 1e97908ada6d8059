/**
 * Projects without dates stay on a map of a past day, drawn as they are today: the canvas and the static
 * pictures draw each of them with a hole in the middle (in the background colour), and the pictures'
 * legend says what the mark means and how many there are. Today's map has no such mark.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { drawMap } from '../../src/components/map/drawMap.ts';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../src/lib/graph/nodeSize.ts';
import { palette } from '../../src/lib/graph/palette.ts';
import { renderMapSvg } from '../../src/lib/render/index.ts';
import { paint } from '../../src/lib/render/paintAttributes.ts';
import { timeMaskOf } from '../../src/lib/view/timeMask.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const catalog = bundledCatalog();
const undated = catalog.projects.filter((p) => !p.dates?.accepted);

describe('static pictures', () => {
  const svgAt = (at: string | null) =>
    renderMapSvg({ catalog, view: { theme: 'light', at }, width: 1600, height: 1000 });

  /** Circles filled with the background: the holes, and the few hollow hubs of problems beyond the article. */
  const holes = (svg: string) =>
    svg.match(new RegExp(`<circle [^>]*${paint('fill', palette('light').background)}/>`, 'g'))?.length ?? 0;

  test('a picture of a past day hollows every undated project and its legend counts them', () => {
    const svg = svgAt('2020-12-10');
    expect(holes(svg)).toBeGreaterThanOrEqual(undated.length + 1);
    expect(svg).toContain(`${undated.length} undated, shown on every day`);
  });

  test('today’s picture has no undated mark and no such legend entry', () => {
    const svg = svgAt(null);
    expect(holes(svg)).toBeLessThan(undated.length);
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
  /** Records how many arcs each fill of a path in the background colour drew. */
  const context = () => {
    const state: Record<string | symbol, unknown> = {};
    const background = palette('light').background;
    return new Proxy(state, {
      get: (target, key) =>
        key === 'measureText'
          ? () => ({ width: 10 })
          : key === 'fill'
            ? (path?: { arcs: number }) => target.fillStyle === background && path && rings.push(path.arcs)
            : key === 'fillStyle'
              ? target.fillStyle
              : () => {},
      set: (target, key, value) => {
        target[key] = value;
        return true;
      },
    }) as unknown as CanvasRenderingContext2D;
  };
  const paint = (at: string | null) => {
    rings.length = 0;
    const time = timeMaskOf(catalog, graph, at);
    drawMap(context(), {
      graph,
      positions: layout.positions,
      radii: Float64Array.from(graph.nodes, (node) => nodeRadius(node)),
      palette: palette('light'),
      // At full size, with every node on the canvas.
      transform: { x: 5e5, y: 5e5, k: 1 },
      width: 1e7,
      height: 1e7,
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

  test('a past day hollows the undated projects, in one fill', () => {
    expect(paint('2020-12-10')).toContain(undated.length);
  });

  test('today, no project is hollowed as undated', () => {
    expect(paint(null)).not.toContain(undated.length);
  });
});
