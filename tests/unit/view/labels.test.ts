/**
 * The one label chooser (chooseLabels), and the canvas painter and the SVG renderer that both use it:
 * every hub is named, pinned nodes always are, lit projects come before the rest, and a picture of one
 * problem names all of its projects when there is room.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../../src/lib/graph/nodeSize.ts';
import { palette } from '../../../src/lib/graph/palette.ts';
import { chooseLabels, type LabelScene } from '../../../src/lib/render/chooseLabels.ts';
import { estimateTextWidth } from '../../../src/lib/render/estimateTextWidth.ts';
import { renderMapSvg } from '../../../src/lib/render/index.ts';
import { frameView } from '../../../src/lib/view/camera.ts';
import { maskOf } from '../../../src/lib/view/nodeMasks.ts';
import { drawMap } from '../../../src/components/map/drawMap.ts';
import { bundledCatalog, loadCatalog } from '../../helpers/catalogs.ts';

const catalog = loadCatalog('tests/fixtures/valid/view.yaml');
const graph = buildGraph(catalog);
const layout = computeLayout(graph);
const radii = Float64Array.from(graph.nodes, (n) => nodeRadius(n));
const SIZE = { width: 900, height: 600 };

/** The scene at the zoom that fits the map (or `k` when given), as the painter would see it. */
function scene(overrides: Partial<LabelScene> = {}, k?: number): LabelScene {
  const fitted = frameView('all', layout.positions, radii, () => true, SIZE)!;
  const t = k === undefined ? fitted : { ...fitted, k };
  return {
    graph,
    screen: layout.positions.map((v, i) => v * t.k + (i % 2 === 0 ? t.x : t.y)),
    radii: radii.map((r) => r * t.k),
    k: t.k,
    ...SIZE,
    shown: () => true,
    emphasis: null,
    pinned: [],
    measure: estimateTextWidth,
    ...overrides,
  };
}
const named = (labels: Array<{ index: number }>) => labels.map((l) => graph.nodes[l.index]!.id).sort();
const id = (nodeId: string) => graph.indexOf.get(nodeId)!;

describe('chooseLabels', () => {
  test('names every shown hub, and never the article (it carries its name inside)', () => {
    const hubs = named(chooseLabels(scene())).filter((n) => n.startsWith('problem:'));
    expect(hubs).toEqual(['problem:messaging', 'problem:service-mesh', 'problem:tracing']);
    expect(named(chooseLabels(scene()))).not.toContain('article');
  });

  test('a big map fitted to a small screen names its hubs, and projects only when pinned', () => {
    const big = buildGraph(bundledCatalog());
    const bigLayout = computeLayout(big);
    const bigRadii = Float64Array.from(big.nodes, (n) => nodeRadius(n));
    const small = { width: 390, height: 300 };
    const t = frameView('all', bigLayout.positions, bigRadii, () => true, small)!;
    expect(t.k).toBeLessThan(0.4); // far enough out that projects are dots
    const pinned = big.indexOf.get('project:jaeger')!;
    const labels = chooseLabels({
      ...scene(),
      graph: big,
      screen: bigLayout.positions.map((v, i) => v * t.k + (i % 2 === 0 ? t.x : t.y)),
      radii: bigRadii.map((r) => r * t.k),
      k: t.k,
      ...small,
      pinned: [pinned],
    });
    const kinds = labels.map((l) => big.nodes[l.index]!);
    expect(kinds.filter((n) => n.kind === 'project').map((n) => n.id)).toEqual(['project:jaeger']);
    // Hubs come first: on a screen this small only some fit, but those that do are hubs.
    expect(kinds.filter((n) => n.kind === 'problem').length).toBeGreaterThan(5);
  });

  test('while something is lit, only lit projects are named', () => {
    const emphasis = maskOf(graph.nodes.length, [id('problem:tracing'), id('project:jaeger')]);
    const projects = named(chooseLabels(scene({ emphasis }))).filter((n) => n.startsWith('project:'));
    expect(projects).toEqual(['project:jaeger']);
  });

  test('hidden nodes get no name', () => {
    const shown = (i: number) => i !== id('project:nats') && i !== id('problem:messaging');
    const labels = named(chooseLabels(scene({ shown })));
    expect(labels).not.toContain('project:nats');
    expect(labels).not.toContain('problem:messaging');
  });

  test('labels keep out of reserved corners and each other', () => {
    const reserved = [{ x: 0, y: 0, width: SIZE.width, height: SIZE.height / 2 }];
    const labels = chooseLabels(scene({ reserved }));
    for (const l of labels) expect(l.y).toBeGreaterThanOrEqual(SIZE.height / 2);
    for (const a of labels)
      for (const b of labels)
        if (a !== b)
          expect(
            a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
          ).toBe(false);
  });
});

describe('the canvas painter draws what the chooser chose', () => {
  const drawn: string[] = [];
  beforeAll(() => {
    // Node has no canvas: a context that records the text it is asked to draw.
    (globalThis as { Path2D?: unknown }).Path2D ??= class {
      moveTo() {}
      lineTo() {}
      arc() {}
      closePath() {}
      rect() {}
    };
  });
  const context = () =>
    new Proxy(
      {},
      {
        get: (_target, key) =>
          key === 'measureText'
            ? (text: string) => ({ width: estimateTextWidth(text, '12px system-ui') })
            : key === 'fillText'
              ? (text: string) => drawn.push(text)
              : () => {},
        set: () => true,
      },
    ) as unknown as CanvasRenderingContext2D;

  test('every hub name, the article inside its node, and the pinned project', () => {
    const s = scene();
    const t = {
      x: s.screen[0]! - layout.positions[0]! * s.k,
      y: s.screen[1]! - layout.positions[1]! * s.k,
      k: s.k,
    };
    drawn.length = 0;
    drawMap(context(), {
      graph,
      positions: layout.positions,
      radii,
      palette: palette('light'),
      transform: t,
      ...SIZE,
      dpr: 1,
      visible: null,
      emphasis: null,
      selected: id('project:kafka'),
      focused: -1,
      hovered: -1,
      showFocus: false,
    });
    const hubLines = ['Service mesh', 'Distributed tracing', 'Asynchronous messaging'];
    for (const line of hubLines) expect(drawn.join(' ')).toContain(line);
    expect(drawn).toContain('Microservices');
    expect(drawn).toContain('Apache Kafka');
  });
});

describe('static pictures', () => {
  test('a picture of one problem names every one of its projects when there is room', () => {
    const bundled = bundledCatalog();
    for (const problem of ['tracing', 'service-mesh', 'logging']) {
      const svg = renderMapSvg({
        catalog: bundled,
        view: { problems: [problem], theme: 'light' },
        width: 800,
        height: 560,
      });
      const unnamed = bundled.projects
        .filter((p) => p.problems.includes(problem))
        .filter((p) => !svg.includes(`>${p.name.replace(/&/g, '&amp;')}</text>`));
      expect(
        unnamed.map((p) => p.name),
        problem,
      ).toEqual([]);
    }
  });

  test('the selection is named and ringed in the picture as on the canvas', () => {
    const svg = renderMapSvg({ catalog, view: { select: 'zipkin', theme: 'dark' }, width: 600, height: 400 });
    expect(svg).toContain('>Zipkin</text>');
  });
});
