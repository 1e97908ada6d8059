/**
 * How the search engine behaves, whatever the catalog: problems first, valid highlight ranges,
 * empty and hostile queries, limits, determinism, and a 2,400-project synthetic catalog.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { syntheticCatalog, syntheticCatalogYaml } from '../../bench/syntheticCatalog.ts';
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import type { Catalog, Project } from '../../src/lib/catalog/types.ts';
import { createSearchIndex, searchCatalog, type SearchResults } from '../../src/lib/search/index.ts';
import { stem } from '../../src/lib/search/stem.ts';
import { fold, originalPrefixLength, tokenise } from '../../src/lib/search/tokenise.ts';

const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
if (!parsed.ok) throw new Error('data/catalog.yaml does not validate; run npm run validate');
const bundled = parsed.catalog;
const index = createSearchIndex(bundled);

const projectIds = (r: SearchResults) => r.hits.filter((h) => h.kind === 'project').map((h) => h.id);
const highlighted = (r: SearchResults, id: string) => {
  const hit = r.hits.find((h) => h.id === id)!;
  return hit.ranges.map(([a, b]) => hit.text.slice(a, b));
};

/** A small catalog built on the bundled problems, for exact expectations. */
function tiny(projects: Array<Partial<Project> & Pick<Project, 'id' | 'name' | 'problems'>>): Catalog {
  return {
    article: bundled.article,
    problems: bundled.problems,
    projects: projects.map((p) => ({
      description: `${p.name} does things.`,
      homepage: 'https://example.org/',
      maturity: 'none',
      category: 'Other',
      ...p,
    })),
  };
}

describe('problems first', () => {
  test('a query that names a problem lists it before any project', () => {
    const r = searchCatalog(index, 'service mesh');
    expect(r.namedProblems).toEqual(['service-mesh']);
    expect(r.hits[0]).toMatchObject({
      kind: 'problem',
      id: 'service-mesh',
      field: 'name',
      text: 'Service mesh',
    });
    expect(r.hits[1]?.kind).toBe('project');
  });

  test('named problems come in namedProblems order, all before the projects', () => {
    const r = searchCatalog(index, 'o11y');
    const firstProject = r.hits.findIndex((h) => h.kind === 'project');
    expect(r.hits.slice(0, firstProject).map((h) => h.id)).toEqual(r.namedProblems);
    expect(r.namedProblems.length).toBe(3);
  });

  test('projects found through a named problem say which', () => {
    const r = searchCatalog(index, 'distributed tracing');
    const jaeger = r.hits.find((h) => h.id === 'jaeger')!;
    expect(jaeger).toMatchObject({ kind: 'project', viaProblem: 'tracing', field: 'problem' });
    expect(jaeger.text).toBe('Distributed tracing');
  });

  test('a query that names no problem lists projects first', () => {
    const r = searchCatalog(index, 'prometheus');
    expect(r.namedProblems).toEqual([]);
    expect(r.hits[0]).toMatchObject({ kind: 'project', id: 'prometheus', field: 'name' });
  });
});

describe('highlight ranges', () => {
  const queries = [
    'prometheus',
    'prom',
    'prometeus',
    'service mesh',
    'how do i trace requests across services',
    'Kubernetes',
    'mtls',
    'cert manager',
    'kafka alternative',
    'o11y',
    'gateway',
  ];

  test.each(queries)('are sorted, disjoint and inside the text: %s', (query) => {
    for (const hit of searchCatalog(index, query).hits) {
      let last = 0;
      for (const [start, end] of hit.ranges) {
        expect(start).toBeGreaterThanOrEqual(last);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(hit.text.length);
        // Ranges start at a word boundary.
        expect(/[\p{L}\p{N}]/u.test(hit.text[start - 1] ?? ' ')).toBe(false);
        last = end;
      }
    }
  });

  test('point at the whole matched word', () => {
    expect(highlighted(searchCatalog(index, 'prometheus'), 'prometheus')).toEqual(['Prometheus']);
    expect(highlighted(searchCatalog(index, 'service mesh'), 'service-mesh')).toEqual(['Service', 'mesh']);
    expect(highlighted(searchCatalog(index, 'mtls'), 'identity')).toEqual(['mTLS']);
  });

  test('point at the typed part of a word being typed', () => {
    expect(highlighted(searchCatalog(index, 'prom'), 'prometheus')).toEqual(['Prom']);
    expect(highlighted(searchCatalog(index, 'certman'), 'cert-manager')).toEqual(['cert-man']);
  });

  test('point at the corrected word for a typo', () => {
    expect(highlighted(searchCatalog(index, 'prometeus'), 'prometheus')).toEqual(['Prometheus']);
  });

  test('cover every word of a description that matched', () => {
    const r = searchCatalog(index, 'prometheus');
    const thanos = r.hits.find((h) => h.id === 'thanos')!;
    expect(thanos.field).toBe('description');
    const words = thanos.ranges.map(([a, b]) => fold(thanos.text.slice(a, b)));
    expect(words.length).toBeGreaterThan(0);
    expect(new Set(words)).toEqual(new Set(['prometheus']));
  });

  test('point at the original characters of accented and decomposed text', () => {
    const idx = createSearchIndex(
      tiny([
        { id: 'unicode-mesh', name: 'Ünïcödé Mesh', problems: ['service-mesh'] },
        { id: 'cafe', name: 'Cafe\u0301 Proxy', problems: ['service-proxy'] },
      ]),
    );
    const r = searchCatalog(idx, 'unicode');
    expect(r.hits[0]).toMatchObject({ id: 'unicode-mesh', ranges: [[0, 7]] });
    const cafe = searchCatalog(idx, 'café');
    expect(cafe.hits[0]).toMatchObject({ id: 'cafe', ranges: [[0, 5]] });
    expect(searchCatalog(idx, 'caf').hits[0]).toMatchObject({ id: 'cafe', ranges: [[0, 3]] });
  });
});

describe('queries that must not break anything', () => {
  test.each(['', ' ', '\t\n  ', '   \u00a0 '])('empty or blank %j: no hits', (query) => {
    expect(searchCatalog(index, query)).toEqual({ query, namedProblems: [], hits: [] });
  });

  test('only stop words: no hits', () => {
    expect(searchCatalog(index, 'how do I ').hits).toEqual([]);
  });

  test('punctuation only: no hits', () => {
    expect(searchCatalog(index, '?!/-*').hits).toEqual([]);
  });

  test('a 200-character question still finds its problem', () => {
    const query = (
      'distributed tracing for a large fleet of services written in many languages, ' +
      'with sampling, storage in object stores, dashboards for latency and errors, ' +
      'and alerts when anything goes wrong anywhere at all'
    ).slice(0, 200);
    expect(query.length).toBe(200);
    const r = searchCatalog(index, query);
    expect(r.namedProblems).toContain('tracing');
    expect(projectIds(r).slice(0, 5)).toContain('jaeger');
  });

  test('a 200-character word (past fuse.js 32-character limit) is handled', () => {
    const word = 'prometheus'.repeat(20);
    expect(() => searchCatalog(index, word)).not.toThrow();
    expect(() => searchCatalog(index, 'x'.repeat(200))).not.toThrow();
  });

  test.each([
    ['full-width letters', 'ＰＲＯＭＥＴＨＥＵＳ', 'prometheus'],
    ['accents', 'Prométhéus', 'prometheus'],
    ['upper case', 'PROMETHEUS', 'prometheus'],
    ['surrounding punctuation', '"prometheus"?', 'prometheus'],
    ['emoji around a word', '🔥 prometheus 🚀', 'prometheus'],
  ])('unicode: %s', (_, query, first) => {
    expect(projectIds(searchCatalog(index, query))[0]).toBe(first);
  });

  test.each(['日本語', 'Ελληνικά', 'русский', '🔥🚀', '\u202e\u200b', 'ﷺ'])(
    'unicode without matches: %s',
    (query) => {
      expect(() => searchCatalog(index, query)).not.toThrow();
    },
  );
});

describe('limit', () => {
  test('caps the hits to the first ones', () => {
    const all = searchCatalog(index, 'kubernetes');
    const three = searchCatalog(index, 'kubernetes', { limit: 3 });
    expect(all.hits.length).toBeGreaterThan(3);
    expect(three.hits).toEqual(all.hits.slice(0, 3));
    expect(three.namedProblems).toEqual(all.namedProblems);
  });

  test('zero gives no hits, a large limit all of them', () => {
    expect(searchCatalog(index, 'tracing', { limit: 0 }).hits).toEqual([]);
    const all = searchCatalog(index, 'tracing');
    expect(searchCatalog(index, 'tracing', { limit: 10_000 }).hits).toEqual(all.hits);
  });
});

describe('results', () => {
  test('are deterministic: same catalog, same query, same results', () => {
    const other = createSearchIndex(bundled);
    for (const query of ['service mesh', 'prom', 'kafka alternative', 'how do services find each other']) {
      expect(searchCatalog(other, query)).toEqual(searchCatalog(index, query));
    }
  });

  test('do not depend on what was searched before', () => {
    const fresh = createSearchIndex(bundled);
    const before = searchCatalog(fresh, 'tracing');
    for (const query of ['t', 'tr', 'tra', 'trac', 'tracin', 'servce', 'o11y', 'x'.repeat(40)])
      searchCatalog(fresh, query);
    expect(searchCatalog(fresh, 'tracing')).toEqual(before);
    expect(searchCatalog(createSearchIndex(bundled), 'tracing')).toEqual(before);
  });

  test('are not changed by a caller changing an earlier answer', () => {
    const first = searchCatalog(index, 'gitops');
    const count = first.hits.length;
    first.hits.length = 0;
    first.namedProblems.push('nonsense');
    const again = searchCatalog(index, 'gitops');
    expect(again.hits.length).toBe(count);
    expect(again.namedProblems).toEqual(['delivery']);
  });

  test('list each problem and project once, with scores that only go down', () => {
    for (const query of [
      'o11y',
      'service',
      'k',
      'kafka alternative',
      'how do i trace requests across services',
    ]) {
      const r = searchCatalog(index, query);
      const keys = r.hits.map((h) => `${h.kind}:${h.id}`);
      expect(new Set(keys).size).toBe(keys.length);
      r.hits.forEach((h, i) => i > 0 && expect(h.score).toBeLessThan(r.hits[i - 1]!.score));
    }
  });

  test('carry catalog labels', () => {
    const r = searchCatalog(index, 'kafka');
    const kafka = r.hits.find((h) => h.id === 'kafka')!;
    expect(kafka.label).toBe(bundled.projects.find((p) => p.id === 'kafka')!.name);
  });
});

describe('on a 2,400-project synthetic catalog', () => {
  const synthetic = syntheticCatalog(2400);
  const big = createSearchIndex(synthetic);

  test('is a valid catalog, the same for the same seed', () => {
    expect(synthetic.projects).toHaveLength(2400);
    const result = parseCatalog(syntheticCatalogYaml(2400));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(parseCatalog(syntheticCatalogYaml(5)).ok).toBe(true); // the smallest that can use 22 problems
    expect(syntheticCatalog(50, 7)).toEqual(syntheticCatalog(50, 7));
    expect(syntheticCatalog(50, 7)).not.toEqual(syntheticCatalog(50, 8));
  });

  test('looks like the landscape: mostly outside the CNCF, mostly one problem, 15-40 words', () => {
    const share = (f: (p: Project) => boolean) => synthetic.projects.filter(f).length / 2400;
    expect(share((p) => p.maturity === 'none')).toBeGreaterThan(0.85);
    expect(share((p) => p.maturity === 'graduated')).toBeGreaterThan(0.005);
    expect(share((p) => p.problems.length === 1)).toBeGreaterThan(0.5);
    expect(share((p) => p.problems.length >= 3)).toBeGreaterThan(0.05);
    const words = synthetic.projects.map((p) => (p.description ?? '').split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...words)).toBeLessThanOrEqual(40);
    expect(new Set(synthetic.projects.flatMap((p) => p.problems))).toEqual(
      new Set(bundled.problems.map((p) => p.id)),
    );
  });

  test('a problem query ranks the projects that list it first before the others', () => {
    const r = searchCatalog(big, 'service mesh');
    expect(r.namedProblems).toEqual(['service-mesh']);
    const first = synthetic.projects.filter((p) => p.problems[0] === 'service-mesh').length;
    const ids = projectIds(r);
    const positions = ids.slice(0, first).map((id) => synthetic.projects.find((p) => p.id === id)!.problems);
    // The first projects all list service mesh first, unless the query spells their name.
    const spelled = positions.filter((problems) => problems[0] !== 'service-mesh').length;
    expect(spelled).toBeLessThanOrEqual(2);
  });

  test('a name, typed exactly, with a typo, or half typed, comes first', () => {
    const project = synthetic.projects.find((p) => /^[A-Z][a-z]{8,}$/.test(p.name))!;
    const name = project.name.toLowerCase();
    expect(projectIds(searchCatalog(big, name))[0]).toBe(project.id);
    const typo = name.slice(0, 3) + name.slice(4); // one letter dropped
    expect(projectIds(searchCatalog(big, typo)).slice(0, 3)).toContain(project.id);
    expect(projectIds(searchCatalog(big, name.slice(0, name.length - 2)))).toContain(project.id);
  });

  // How fast each keystroke is answered is measured by `npm run bench:search`, not asserted here.
  test('typing a question character by character ends on its problem', () => {
    const query = 'how do i trace requests across services';
    for (let i = 1; i <= query.length; i++) expect(() => searchCatalog(big, query.slice(0, i))).not.toThrow();
    const r = searchCatalog(big, query);
    expect(r.namedProblems).toEqual(['tracing']);
  });
});

describe('text normalisation', () => {
  test.each([
    ['gRPC', 'grpc'],
    ['Ürün', 'urun'],
    ['Cafe\u0301', 'cafe'],
    ['ＫＵＢＥ', 'kube'],
    ['Straße', 'strasse'],
    ['ﬁlter', 'filter'],
  ])('fold(%j) is %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  test('tokenise keeps offsets in the original text', () => {
    expect(tokenise('Open Policy Agent (OPA), k8s & o11y!')).toEqual([
      { term: 'open', start: 0, end: 4 },
      { term: 'policy', start: 5, end: 11 },
      { term: 'agent', start: 12, end: 17 },
      { term: 'opa', start: 19, end: 22 },
      { term: 'k8s', start: 25, end: 28 },
      { term: 'o11y', start: 31, end: 35 },
    ]);
    expect(tokenise('Cafe\u0301 ci/cd')).toEqual([
      { term: 'cafe', start: 0, end: 5 },
      { term: 'ci', start: 6, end: 8 },
      { term: 'cd', start: 9, end: 11 },
    ]);
  });

  test.each([
    ['trace', 'traces', 'tracing', 'traced'],
    ['log', 'logs', 'logging'],
    ['monitor', 'monitors', 'monitoring'],
    ['policy', 'policies'],
    ['service', 'services'],
    ['scheduler', 'scheduling', 'schedule'],
  ])('one stem for %s and its forms', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  test.each([
    ['prometheus', 'prometheus'],
    ['ingress', 'ingress'],
    ['k8s', 'k8s'],
  ])('%s keeps its stem', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  test('the typed part of a word, in original characters', () => {
    expect(originalPrefixLength('Prométhée', 5)).toBe(5);
    expect(originalPrefixLength('Cafe\u0301', 4)).toBe(5);
    expect(originalPrefixLength('cert-manager', 7)).toBe(8);
  });
});
