/**
 * The static fallback: renderMapSvg's SVG is well-formed (checked by a small strict XML reader below,
 * no dependency), deterministic, shows what the view shows and nothing else, refers to nothing
 * outside itself, and turns a hostile catalog into harmless escaped text.
 */
import { describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/lib/catalog/index.ts';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { palette } from '../../src/lib/graph/palette.ts';
import { escapeXml, estimateTextWidth, renderMapSvg, type StaticView } from '../../src/lib/render/index.ts';
import { applyFilters } from '../../src/lib/view/filters.ts';
import { bundledCatalog, loadCatalog } from '../helpers/catalogs.ts';

interface Element {
  name: string;
  attributes: Map<string, string>;
  children: Array<Element | string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!);

/** Strict enough for what we emit: elements, attributes in double quotes, five entities, text. Throws otherwise. */
function parseXml(xml: string): Element {
  const root: Element = { name: '#root', attributes: new Map(), children: [] };
  const stack = [root];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const entity = /&(?!(?:amp|lt|gt|quot|#39);)/;
  let match: RegExpExecArray | null;
  while (token.lastIndex < xml.length && (match = token.exec(xml))) {
    const [, closing, name, attributeText, selfClosing, text] = match;
    const parent = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (entity.test(text) || text.includes('>')) throw new Error(`bad text ${JSON.stringify(text)}`);
      parent.children.push(decode(text));
    } else if (closing) {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      stack.pop();
    } else {
      const attributes = new Map<string, string>();
      for (const [, key, value] of attributeText!.matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if (attributes.has(key!)) throw new Error(`duplicate attribute ${key}`);
        if (entity.test(value!) || value!.includes('>')) throw new Error(`bad attribute ${key}=${value}`);
        attributes.set(key!, decode(value!));
      }
      const element: Element = { name: name!, attributes, children: [] };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (token.lastIndex !== xml.length || stack.length !== 1)
    throw new Error(`malformed at ${token.lastIndex}`);
  const [svg, ...rest] = root.children;
  if (typeof svg === 'string' || !svg || rest.some((r) => typeof r !== 'string' || r.trim())) {
    throw new Error('not one root element');
  }
  return svg;
}

const elements = (e: Element): Element[] => [
  e,
  ...e.children.flatMap((c) => (typeof c === 'string' ? [] : elements(c))),
];
const textOf = (e: Element): string =>
  e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
/** Each <text> as it reads, decoded: the lines of a two-line hub label joined by a space. */
const drawnText = (svg: Element) =>
  elements(svg)
    .filter((e) => e.name === 'text')
    .map((e) =>
      e.children.every((c) => typeof c !== 'string' && c.name === 'tspan')
        ? e.children.map((c) => textOf(c as Element)).join(' ')
        : textOf(e),
    );

const catalog = bundledCatalog();
const hostile = loadCatalog('tests/fixtures/hostile/catalog.yaml');
const render = (view: Partial<StaticView> = {}, c: Catalog = catalog) =>
  renderMapSvg({ catalog: c, view: { theme: 'light', ...view }, width: 1200, height: 800 });

const VIEWS: Array<Partial<StaticView>> = [
  {},
  { theme: 'dark' },
  { problems: ['tracing', 'logging', 'metrics'] },
  { problems: ['tracing'] },
  { q: 'trace requests', select: 'jaeger' },
  { tour: 3 },
  { select: 'problem:service-mesh', maturities: ['graduated'] },
  { article: true },
];

describe('renderMapSvg', () => {
  test.each([
    '<svg><g></svg>',
    '<svg a="1" a="2"/>',
    '<svg>a & b</svg>',
    '<svg a="<"/>',
    '<svg/><svg/>',
    '<svg x=1/>',
    '<svg><!-- c --></svg>',
    '<svg><![CDATA[x]]></svg>',
  ])('the XML check rejects %j', (xml) => expect(() => parseXml(xml)).toThrow());

  test.each(VIEWS)(
    '%j: well-formed, one <svg> with role="img", labelled by its <title> and <desc>',
    (view) => {
      const svg = parseXml(render(view));
      expect(svg.name).toBe('svg');
      expect(svg.attributes.get('role')).toBe('img');
      const [title, desc] = svg.children as Element[];
      expect([title?.name, desc?.name]).toEqual(['title', 'desc']);
      const ids = [title!.attributes.get('id'), desc!.attributes.get('id')].join(' ');
      expect(svg.attributes.get('aria-labelledby')).toBe(ids);
      const names = new Set(elements(svg).map((e) => e.name));
      expect(
        [...names].every((n) =>
          ['svg', 'title', 'desc', 'rect', 'g', 'path', 'circle', 'text', 'tspan'].includes(n),
        ),
      ).toBe(true);
    },
  );

  test('is deterministic, with numbers rounded to at most two decimals', () => {
    for (const view of VIEWS) expect(render(view)).toBe(render(view));
    expect(render({}).match(/\d\.\d{3,}/)).toBeNull();
  });

  test('shows the credit and names every visible problem', () => {
    const svg = parseXml(render());
    expect(drawnText(svg)).toContain('After Making Sense Out Of Cloud Native Buzz by Ivan Velichko');
    const desc = textOf(svg.children[1] as Element);
    for (const problem of catalog.problems) expect(desc).toContain(problem.name);
  });

  test('a problem view draws those problems and their projects, and nothing else', () => {
    const chosen = ['tracing', 'logging', 'metrics'];
    const drawn = new Set(drawnText(parseXml(render({ problems: chosen }))));
    const keep = catalog.projects.filter((p) => p.problems.some((id) => chosen.includes(id)));
    const others = catalog.projects.filter((p) => !keep.includes(p));
    for (const p of catalog.problems.filter((p) => chosen.includes(p.id))) expect(drawn).toContain(p.name);
    for (const p of others) expect(drawn.has(p.name), p.name).toBe(false);
    expect(drawn.has('Kubernetes')).toBe(false);
    // The article ties several problems together; one problem alone is the centre of its picture.
    expect(drawn.has('Microservices')).toBe(true);
    expect(drawnText(parseXml(render({ problems: ['tracing'] })))).not.toContain('Microservices');
    expect([...drawn].some((t) => ['Jaeger', 'Prometheus', 'Fluentd'].includes(t))).toBe(true);
  });

  test('filters hide nodes as the app does: drawn labels only name visible nodes', () => {
    const view = { maturities: ['graduated' as const] };
    const graph = buildGraph(catalog);
    const visible = applyFilters(graph, { problems: [], maturities: ['graduated'], article: false })!;
    const hidden = new Set(graph.nodes.filter((n) => visible[n.index] === 0).map((n) => n.label));
    const drawn = drawnText(parseXml(render(view)));
    expect(drawn.filter((t) => hidden.has(t))).toEqual([]);
  });

  test('when the filters leave a handful of projects, they are named, even zoomed out on a phone', () => {
    const graph = buildGraph(catalog);
    const visible = applyFilters(graph, { problems: [], maturities: ['graduated'], article: true })!;
    const shown = graph.nodes
      .filter((n) => n.kind === 'project' && visible[n.index] === 1)
      .map((n) => n.label);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(20);
    const svg = renderMapSvg({
      catalog,
      view: { theme: 'light', maturities: ['graduated'], article: true },
      width: 360,
      height: 640,
    });
    const drawn = new Set(drawnText(parseXml(svg)));
    // At this zoom the whole map names no project; a few dots are worth naming. Not all of them: on a
    // phone-sized picture a name still gives way to a hub's label, another name or a node.
    expect(shown.filter((label) => drawn.has(label)).length).toBeGreaterThanOrEqual(3);
  });

  test('highlights dim the rest: search, tour and selection', () => {
    expect(render()).not.toContain('opacity="0.16"');
    for (const view of [{ q: 'jaeger' }, { tour: 2 }, { select: 'istio' }]) {
      expect(render(view)).toContain('<g opacity="0.16">');
    }
    expect(drawnText(parseXml(render({ q: 'jaeger' })))).toContain('Jaeger');
  });

  test.each(['light', 'dark'] as const)('uses the %s palette', (theme) => {
    const c = palette(theme);
    const svg = render({ theme });
    expect(svg).toContain(`<rect width="1200" height="800" fill="${c.background}"/>`);
    expect(svg).toContain(`fill="${c.problem}"`);
    expect(svg).toContain(`fill="${c.maturity('graduated')}"`);
    const other = palette(theme === 'light' ? 'dark' : 'light');
    expect(svg).not.toContain(`fill="${other.background}"`);
  });

  test('refers to nothing outside itself', () => {
    for (const svg of [...VIEWS.map((v) => render(v)), render({}, hostile)]) {
      const rest = svg.replace('xmlns="http://www.w3.org/2000/svg"', '');
      expect(rest).not.toMatch(
        /https?:|href|url\(|@import|javascript:|data:|<image|<use|<script|<style|<foreignObject/i,
      );
    }
  });

  test.each([{}, { problems: ['tracing'] }, { q: 'script' }, { select: 'jaeger' }, { tour: 1 }])(
    'a hostile catalog (%j) lands as escaped text only',
    (view) => {
      const xml = render(view, hostile);
      const svg = parseXml(xml);
      expect(xml).not.toMatch(/<script|<img|<a[\s>]|<iframe|]]>|<!\[CDATA|"onload/i);
      for (const e of elements(svg)) {
        expect([...e.attributes.keys()].filter((k) => /^on|href/i.test(k))).toEqual([]);
      }
      const all = drawnText(svg).join('\n') + textOf(svg);
      expect(all).toContain('<script>alert("project")</script>');
      expect(xml).toContain('&lt;script&gt;alert(&quot;project&quot;)&lt;/script&gt;');
      expect(all).toContain('<script>alert("tracing")</script> tracing & logs');
      expect(xml).toContain('&lt;script&gt;alert(&quot;tracing&quot;)&lt;/script&gt; tracing &amp; logs');
      expect(all).toContain('Buzz <script>alert("title")</script> & ]]> "onload=alert(1)');
      expect(xml).toContain(
        'Buzz &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; ]]&gt; &quot;onload=alert(1)',
      );
    },
  );

  test('rejects a size, theme or id prefix it cannot draw, naming the value', () => {
    const base = { catalog, view: { theme: 'light' as const }, width: 400, height: 300 };
    expect(() => renderMapSvg({ ...base, width: 0 })).toThrow(
      'width must be a number of pixels from 120 to 10000, got 0',
    );
    expect(() => renderMapSvg({ ...base, height: NaN })).toThrow('got NaN');
    expect(() => renderMapSvg({ ...base, view: { theme: 'auto' as 'light' } })).toThrow('got "auto"');
    expect(() => renderMapSvg({ ...base, idPrefix: '"x' })).toThrow('idPrefix');
  });

  test('uses the caller’s text measure, and a title of its own', () => {
    const svg = renderMapSvg({
      catalog,
      view: { theme: 'light' },
      width: 600,
      height: 400,
      measureText: () => 500,
      title: 'My <map>',
    });
    expect(svg).toContain('<title id="cnm-title">My &lt;map&gt;</title>');
    expect(drawnText(parseXml(svg)).filter((t) => catalog.projects.some((p) => p.name === t))).toEqual([]);
  });
});

describe('escapeXml', () => {
  test.each([
    ['a & b', 'a &amp; b'],
    ['<x y="1" z=\'2\'>', '&lt;x y=&quot;1&quot; z=&#39;2&#39;&gt;'],
    [']]>', ']]&gt;'],
    ['&amp;', '&amp;amp;'],
    ['bell\u0007 nul\u0000 tab\t', 'bell nul tab\t'],
    ['lone \uD800 surrogate \uDC00', 'lone  surrogate '],
    ['emoji 🚀 kept', 'emoji 🚀 kept'],
  ])('%j → %j', (input, output) => expect(escapeXml(input)).toBe(output));
});

describe('estimateTextWidth', () => {
  test.each([
    ['iiii', 'MMMM', '12px sans-serif'],
    ['Kafka', 'Kafka Streams', '12px sans-serif'],
  ])('%j is narrower than %j', (a, b, font) =>
    expect(estimateTextWidth(a, font)).toBeLessThan(estimateTextWidth(b, font)),
  );

  test('grows with the font size and the weight, and leans wide for system-ui', () => {
    const w = estimateTextWidth('Prometheus', '12px system-ui');
    expect(estimateTextWidth('Prometheus', '24px system-ui')).toBeCloseTo(2 * w);
    expect(estimateTextWidth('Prometheus', '600 12px system-ui')).toBeGreaterThan(w);
    // Helvetica measures "Prometheus" at 5.39 em; 12 px with 11% to spare.
    expect(w).toBeCloseTo(5.391 * 12 * 1.11, 1);
  });
});
