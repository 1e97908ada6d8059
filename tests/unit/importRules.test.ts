/**
 * The importer's small rules, one table each: ids, text cleaning, keywords,
 * split rules, subcategory paths and matching curated projects.
 */
import { describe, expect, test } from 'vitest';
import { cleanText, cleanUrl, truncate } from '../../src/lib/import/cleanText.ts';
import { keywordsRegex } from '../../src/lib/import/compileRule.ts';
import { combineProblems, mapSubcategory, pathKey } from '../../src/lib/import/mapSubcategory.ts';
import { matchCurated, urlKey } from '../../src/lib/import/matchCurated.ts';
import { assignIds, slugify, type IdRequest } from '../../src/lib/import/slugIds.ts';
import type { Project } from '../../src/lib/catalog/types.ts';

describe('slugify', () => {
  test.each([
    ['Open Policy Agent (OPA)', 'open-policy-agent-opa'],
    ['CRI-O', 'cri-o'],
    ['C++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['Ænix (member)', 'aenix-member'],
    ['Crédit Agricole', 'credit-agricole'],
    ['Gødel  Scheduler', 'godel-scheduler'],
    ['  --Spaces & Symbols!--  ', 'spaces-symbols'],
    ['華為', ''],
    ['a'.repeat(100), 'a'.repeat(80)],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('assignIds', () => {
  const request = (name: string, where: string, extra: Partial<IdRequest> = {}): IdRequest => ({
    name,
    subcategory: where.split(' / ')[1] ?? where,
    homepage: `https://${slugify(name)}.example.org/${slugify(where)}`,
    member: false,
    tieBreak: where,
    ...extra,
  });

  test('unique names keep their slug; fixed ids are kept', () => {
    expect(
      assignIds([request('Jaeger', 'A / B', { fixed: 'jaeger-tracing' }), request('Vector', 'A / B')]),
    ).toEqual(['jaeger-tracing', 'vector']);
  });

  test('colliding names: first by tie-break keeps the slug, others get the subcategory, then a hash', () => {
    const ids = assignIds([
      request('Meshy', 'Orchestration / Service Mesh'),
      request('Meshy', 'Orchestration / API Gateway'),
      request('Meshy', 'Orchestration / Service Mesh', { homepage: 'https://other.example.org' }),
    ]);
    expect(ids[1]).toBe('meshy');
    expect(ids[0]).toBe('meshy-service-mesh');
    expect(ids[2]).toMatch(/^meshy-[0-9a-z]{1,7}$/);
    expect(new Set(ids).size).toBe(3);
  });

  test('the order of the requests does not change any id', () => {
    const requests = [
      request('Meshy', 'Orchestration / Service Mesh'),
      request('Meshy', 'Orchestration / API Gateway'),
      request('C', 'Wasm / Languages'),
      request('C++', 'Wasm / Languages'),
      request('Acme', 'Members / Silver', { member: true }),
      request('Acme', 'Platform / Hosted'),
    ];
    const forward = assignIds(requests);
    const backward = assignIds([...requests].reverse()).reverse();
    expect(backward).toEqual(forward);
    expect(forward.slice(4)).toEqual(['acme-silver', 'acme']);
  });

  test('a name with no Latin letter or digit gets a stable hash id', () => {
    const [id] = assignIds([request('華為', 'A / B')]);
    expect(id).toMatch(/^item-[0-9a-z]+$/);
    expect(assignIds([request('華為', 'A / B')])[0]).toBe(id);
  });

  test('a suffix never pushes an id past 80 characters', () => {
    const long = 'x'.repeat(90);
    const ids = assignIds([
      request(long, 'A / B'),
      request(long, 'A / B', { homepage: 'https://y.example' }),
    ]);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(80);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('cleanText', () => {
  test.each([
    ['  padded  ', 100, 'padded'],
    ['many\n\n  lines\tand   tabs', 100, 'many lines and tabs'],
    ['bidi\u202Eoverride\u2066isolate', 100, 'bidioverrideisolate'],
    ['zero\u200Bwidth\uFEFF', 100, 'zerowidth'],
    ['bell\u0007 and\u0000 null', 100, 'bell and null'],
    ['lone \uD800 surrogate', 100, 'lone surrogate'],
    [42, 100, '42'],
    [null, 100, ''],
    [{ not: 'text' }, 100, ''],
  ])('%j → %j', (input, max, output) => {
    expect(cleanText(input, max).text).toBe(output);
  });

  test.each([
    ['Ｋａｆｋａ', 'Kafka'],
    ['𝐊𝐚𝐟𝐤𝐚', 'Kafka'],
    ['Acme™ Cloud', 'AcmeTM Cloud'],
    ['Serverless Devs（开发者工具）', 'Serverless Devs(开发者工具)'],
    ['en\u2002space', 'en space'],
  ])('a name %j → %j (NFKC)', (input, output) => {
    expect(cleanText(input, 120, { name: true }).text).toBe(output);
  });

  test('names are cut with three dots, which NFKC leaves alone', () => {
    const { text } = cleanText('word '.repeat(40), 120, { name: true });
    expect(text.endsWith('...')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(120);
    expect(text.normalize('NFKC')).toBe(text);
  });

  test('counts what it removed and whether it cut', () => {
    expect(cleanText('a\u202Eb\u0007', 10)).toEqual({ text: 'ab', removed: 2, truncated: false });
    expect(cleanText('word '.repeat(50), 100).truncated).toBe(true);
  });

  test('truncate cuts at a word near the end and adds an ellipsis', () => {
    const text = 'A sentence that goes on and on, longer than any limit should allow.';
    const cut = truncate(text, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toBe('A sentence that goes on and on, longer…');
    expect(truncate('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(truncate('short', 10)).toBe('short');
  });

  test('never splits a surrogate pair', () => {
    const cut = truncate(`${'x'.repeat(8)}😀😀😀`, 10);
    expect(cut).toBe(`${'x'.repeat(8)}…`);
  });
});

describe('cleanUrl', () => {
  test.each([
    ['https://example.org/', 'https://example.org/'],
    ['  http://example.org  ', 'http://example.org'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['ftp://example.org/x.git', undefined],
    ['example.org', undefined],
    ['https://exa mple.org', undefined],
    ['https://example.org/\u202Eevil', undefined],
    [`https://example.org/${'x'.repeat(2100)}`, undefined],
    [42, undefined],
  ])('%j → %j', (input, output) => {
    expect(cleanUrl(input)).toBe(output);
  });
});

describe('split rules', () => {
  test.each([
    [['trac*'], 'Distributed tracing for everyone', true],
    [['trac*'], 'A Tracer', true],
    [['trac*'], 'AutoTracing', false],
    [['trace*'], 'tracing', false],
    [['log'], 'Logbook', false],
    [['log', 'logs'], 'ships logs.', true],
    [['time series'], 'a time-series store', true],
    [['multi-tenant'], 'multi tenant clusters', true],
    [['x.509'], 'X.509 certificates', true],
    [['x.509'], 'x2509', false],
    [['ci/cd'], 'runs CI/CD pipelines', true],
    [['c++'], 'written in C++.', true],
  ])('keywords %j in %j: %s', (keywords, text, matches) => {
    expect(keywordsRegex(keywords).test(text)).toBe(matches);
  });

  const observability = {
    path: 'Observability and Analysis / Observability',
    problems: ['metrics'],
    split: [
      { problems: ['tracing'], regexes: [keywordsRegex(['trace*', 'apm'])] },
      { problems: ['logging'], regexes: [keywordsRegex(['log', 'logs'])] },
      { problems: ['metrics'], regexes: [keywordsRegex(['metric*']), /prometheus/i] },
    ],
  };
  test.each([
    ['Spanless\nstores traces', ['tracing']],
    ['Nameless\n', ['metrics']],
    ['Allseer\nlogs, metrics and traces', ['logging', 'metrics', 'tracing']],
    ['Prometheus exporter\nturns logs into metrics', ['metrics', 'logging']],
    ['APM\nmetrics', ['tracing', 'metrics']],
  ])('%j → %j (earliest match first, default otherwise)', (text, problems) => {
    expect(mapSubcategory(observability, text)).toEqual(problems);
  });

  test.each([
    [
      [['service-mesh'], ['api-gateway', 'service-mesh']],
      ['service-mesh', 'api-gateway'],
    ],
    [[['other'], ['storage']], ['storage']],
    [[['other'], ['other']], ['other']],
    [
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f', 'g'],
      ],
      ['a', 'b', 'c', 'd', 'e'],
    ],
  ])('combining places %j → %j', (lists, problems) => {
    expect(combineProblems(lists)).toEqual(problems);
  });

  test.each([
    ['AI Native Infra / Governance, Policy & Security', 'ai native infra / governance, policy and security'],
    ['  Provisioning /Key   Management ', 'provisioning / key management'],
  ])('pathKey(%j) = %j', (path, key) => {
    expect(pathKey(path)).toBe(key);
  });
});

describe('matchCurated', () => {
  const curated = (name: string, homepage: string, extra: Partial<Project> = {}): Project => ({
    id: slugify(name),
    name,
    description: 'curated',
    homepage,
    maturity: 'none',
    problems: ['x'],
    category: 'c',
    ...extra,
  });
  const projects = [
    curated('Linkerd', 'https://linkerd.io/', { repo: 'https://github.com/linkerd/linkerd2' }),
    curated('linkerd2-proxy', 'https://linkerd.io/', { landscape_name: 'Linkerd' }),
    curated('Netflix Eureka', 'https://github.com/Netflix/eureka', {
      repo: 'https://github.com/Netflix/eureka',
    }),
    curated('Docker', 'https://www.docker.com/'),
  ];

  test('by name first, then landscape_name, repository, homepage; one item per project', () => {
    const result = matchCurated(
      [
        { name: 'LINKERD', homepage: 'https://linkerd.io' },
        { name: 'Eureka', homepage: 'https://eureka.example', repo: 'https://github.com/netflix/eureka.git' },
        { name: 'Docker (member)', homepage: 'https://docker.com', member: true },
        { name: 'Docker (Wasm)', homepage: 'http://docker.com/' },
        { name: 'Unrelated', homepage: 'https://unrelated.example' },
      ],
      projects,
    );
    expect(result).toEqual([0, 2, undefined, 3, undefined]);
  });

  test.each([
    ['https://www.Example.org/path/', 'example.org/path'],
    ['http://github.com/a/b.git', 'github.com/a/b'],
    ['https://example.org/?utm=1#top', 'example.org'],
  ])('urlKey(%j) = %j', (url, key) => {
    expect(urlKey(url)).toBe(key);
  });
});
