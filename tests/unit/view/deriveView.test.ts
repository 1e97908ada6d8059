/**
 * What a view shows, decided once for the explorer, the embed and the static pictures (deriveView), on a
 * small catalog: filters, the selection, the tour, search matches, the highlight rule and the framing.
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { deriveView, visibleFor, withPointer, type ViewQuery } from '../../../src/lib/view/deriveView.ts';
import { indicesOf } from '../../../src/lib/view/nodeMasks.ts';
import { buildTour } from '../../../src/lib/view/tour.ts';
import { loadCatalog } from '../../helpers/catalogs.ts';

const catalog = loadCatalog('tests/fixtures/valid/view.yaml');
const graph = buildGraph(catalog);
const tour = buildTour(catalog);
const NO_QUERY: ViewQuery = { problems: [], maturities: [], article: false, select: null, tour: null };

const ids = (mask: Uint8Array | null) => (mask ? indicesOf(mask).map((i) => graph.nodes[i]!.id) : null);
const view = (
  query: Partial<ViewQuery>,
  hits: Array<{ kind: 'problem' | 'project'; id: string }> | null = null,
) => deriveView({ graph, tour, query: { ...NO_QUERY, ...query }, hits });
const node = (id: string) => graph.indexOf.get(id)!;

describe('filters', () => {
  test('nothing filtered: everything shown, nothing lit, the whole map framed', () => {
    const v = view({});
    expect(v.visible).toBeNull();
    expect(v.emphasis).toBeNull();
    expect(v.framing).toBe('all');
  });

  test('a problem shows its hub, its projects and the article; other hubs go', () => {
    expect(ids(view({ problems: ['tracing'] }).visible)).toEqual([
      'article',
      'problem:tracing',
      'project:jaeger',
      'project:zipkin',
      'project:kafka',
    ]);
  });

  test('unknown problem ids are dropped, as in the URL', () => {
    expect(view({ problems: ['nope'] }).visible).toBeNull();
  });

  test('maturity and article filters combine with AND; hubs stay only with a project showing', () => {
    expect(ids(view({ maturities: ['graduated'] }).visible)).toEqual([
      'article',
      'problem:service-mesh',
      'problem:tracing',
      'project:linkerd',
      'project:jaeger',
    ]);
    expect(ids(view({ maturities: ['none'], article: true }).visible)).toEqual(['article']);
  });

  test('a one-problem focus leaves the article out: its hub is the centre', () => {
    const v = deriveView({ graph, tour, query: NO_QUERY, hits: null, singleProblemFocus: true });
    expect(v.visible?.[node('article')]).toBe(0);
    expect(v.visible?.[node('problem:tracing')]).toBe(1);
  });
});

describe('the nodes shown, kept across keystrokes', () => {
  test('a view given the mask of its filters shows that very mask, and finds only among it', () => {
    const query = { ...NO_QUERY, problems: ['tracing'] };
    const visible = visibleFor({ graph, query });
    expect(ids(visible)).toEqual(ids(view({ problems: ['tracing'] }).visible));
    const hits = [
      { kind: 'project' as const, id: 'jaeger' },
      { kind: 'project' as const, id: 'nats' },
    ];
    // A keystroke: another search, the same filters. The mask is the same object, so whatever reads only
    // what is shown (the list view) has nothing to redo.
    const typed = deriveView({ graph, tour, query, hits, visible });
    expect(typed.visible).toBe(visible);
    expect(typed.hits?.map((hit) => hit.id)).toEqual(['jaeger']);
    expect(ids(typed.matches)).toEqual(['project:jaeger']);
  });
});

describe('the selection', () => {
  test('lights itself and its neighbours, and is drawn', () => {
    const v = view({ select: 'kafka' });
    expect(v.selected).toBe(node('project:kafka'));
    expect(v.marked).toBe(node('project:kafka'));
    expect(ids(v.emphasis)).toEqual(['problem:tracing', 'problem:messaging', 'project:kafka']);
  });

  test('problem and article selections take their node ids', () => {
    expect(view({ select: 'problem:tracing' }).selected).toBe(node('problem:tracing'));
    expect(view({ select: 'article' }).selected).toBe(node('article'));
    expect(view({ select: 'nothing-here' }).selected).toBe(-1);
  });

  test('hidden by the filters: its details stay open, but the map neither draws nor lights it', () => {
    const v = view({ select: 'nats', problems: ['tracing'] });
    expect(v.selected).toBe(node('project:nats'));
    expect(v.marked).toBe(-1);
    expect(v.emphasis).toBeNull();
  });

  test('lights only the neighbours that are shown', () => {
    const v = view({ select: 'kafka', problems: ['messaging'] });
    expect(ids(v.emphasis)).toEqual(['problem:messaging', 'project:kafka']);
  });
});

describe('the tour', () => {
  test('a step lights the article, its problems and the projects the article names there', () => {
    const v = view({ tour: 1 });
    expect(v.tourStep?.paragraph).toBe(6);
    expect(v.tourNodes?.map((i) => graph.nodes[i]!.id)).toEqual([
      'article',
      'problem:service-mesh',
      'project:linkerd',
    ]);
    expect(ids(v.emphasis)).toEqual(['article', 'problem:service-mesh', 'project:linkerd']);
  });

  test('the last step shows the problems beyond the article', () => {
    const v = view({ tour: 3 });
    expect(v.tourStep?.paragraph).toBeNull();
    expect(v.tourNodes?.map((i) => graph.nodes[i]!.id)).toEqual(['article', 'problem:messaging']);
  });

  test('frames its problems and projects, not the article in the middle', () => {
    const v = view({ tour: 2 });
    expect(v.framing).toEqual({ nodes: [node('problem:tracing'), node('project:jaeger')] });
    expect(v.framingKey).toBe('tour:2');
  });

  test('a step past the end is no step', () => {
    expect(view({ tour: 9 }).tourStep).toBeUndefined();
  });
});

describe('search', () => {
  const hits = [
    { kind: 'project' as const, id: 'zipkin' },
    { kind: 'project' as const, id: 'nats' },
  ];

  test('matches light up and are framed; hits the filters hide are dropped', () => {
    const v = view({ problems: ['tracing'] }, hits);
    expect(v.hits).toEqual([{ kind: 'project', id: 'zipkin' }]);
    expect(ids(v.matches)).toEqual(['project:zipkin']);
    expect(ids(v.emphasis)).toEqual(['project:zipkin']);
    expect(v.framing).toEqual({ nodes: [node('project:zipkin')] });
    expect(v.framingKey).toMatch(/^search:1:/);
  });

  test('the camera frames again when the matches change, not when a keystroke keeps them', () => {
    const key = (found: Array<{ kind: 'problem' | 'project'; id: string }>) => view({}, found).framingKey;
    const zipkin = [{ kind: 'project' as const, id: 'zipkin' }];
    const jaeger = [{ kind: 'project' as const, id: 'jaeger' }];
    const problem = [{ kind: 'problem' as const, id: 'tracing' }];
    expect(key(zipkin)).toBe(key([...zipkin]));
    expect(new Set([key(zipkin), key(jaeger), key(problem), key([...zipkin, ...jaeger])]).size).toBe(4);
    // The same matches in another order frame the same nodes, but they are another ranking: framed again.
    expect(key([...jaeger, ...zipkin])).not.toBe(key([...zipkin, ...jaeger]));
  });

  test('a hit the graph lacks lights nothing', () => {
    const v = view({}, [
      { kind: 'project', id: 'not-in-the-catalog' },
      { kind: 'problem', id: 'jaeger' },
    ]);
    expect(v.hits).toEqual([]);
    expect(v.framing).toBe('keep');
  });

  test('no match: nothing lit, and the camera stays where it is', () => {
    const v = view({}, []);
    expect(ids(v.emphasis)).toEqual([]);
    expect(v.framing).toBe('keep');
  });
});

describe('the highlight rule: tour, then search, then the selection; hover on top of all', () => {
  const hits = [{ kind: 'project' as const, id: 'zipkin' }];

  test('the tour beats a search', () => {
    expect(ids(view({ tour: 1 }, hits).emphasis)).toEqual([
      'article',
      'problem:service-mesh',
      'project:linkerd',
    ]);
  });

  test('a search beats the selection', () => {
    expect(ids(view({ select: 'kafka' }, hits).emphasis)).toEqual(['project:zipkin']);
  });

  test('hover lights a neighbourhood over whatever the view lights, and gives it back after', () => {
    const base = view({ tour: 1 }).emphasis;
    const shown = () => true;
    const hovered = withPointer(graph, base, node('project:nats'), shown);
    expect(ids(hovered)).toEqual(['problem:messaging', 'project:nats']);
    expect(withPointer(graph, base, -1, shown)).toBe(base);
  });
});
