/**
 * Former names (`formerly`): the validator refuses one that is no former name at all (the project's own
 * name, another project's name today, a repeat) and a day in the future or out of order, each at its
 * line:column; search finds a project by a name it went by before; and the tour's step on what changed
 * since the article says a project the article names was renamed, from the catalog alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';
import { checkFormerly } from '../../src/lib/catalog/checkFormerly.ts';
import { formerlyLabel } from '../../src/lib/catalog/formerlyLabel.ts';
import { createSearchIndex, searchCatalog } from '../../src/lib/search/index.ts';
import { changesSince } from '../../src/lib/time/changesSince.ts';
import { changesStep } from '../../src/lib/view/changesStep.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const minimal = readFileSync('tests/fixtures/valid/minimal.yaml', 'utf8');

/** The minimal fixture with `formerly` lines added to its Jaeger entry (under `name: Jaeger`). */
function withFormerly(lines: string[]): string {
  const at = minimal.indexOf('    name: Jaeger\n') + '    name: Jaeger\n'.length;
  return `${minimal.slice(0, at)}    formerly:\n${lines.map((l) => `      ${l}\n`).join('')}${minimal.slice(at)}`;
}

function errorsOf(text: string): string[] {
  const result = parseCatalog(text, 'catalog.yaml');
  return result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`);
}

describe('formerly: validation', () => {
  test('a list of former names, with or without the day of the rename, is accepted', () => {
    const result = parseCatalog(
      withFormerly(['- name: Jaeger Tracing', "  until: '2017-03-01'", '- name: Uber Jaeger']),
    );
    expect(result.ok && result.catalog.projects[0]!.formerly).toEqual([
      { name: 'Jaeger Tracing', until: '2017-03-01' },
      { name: 'Uber Jaeger' },
    ]);
  });

  test.each([
    [
      ['- name: jaeger'],
      '31:15 projects[0].formerly[0].name: "jaeger" is the project\'s name today; list only names it no longer goes by',
    ],
    [
      ['- name: Apache Kafka'],
      '31:15 projects[0].formerly[0].name: "Apache Kafka" is the name of projects[1] today; search would find the wrong project under it (remove it, or rename one of them)',
    ],
    [['- name: Old', '- name: OLD'], '32:15 projects[0].formerly[1].name: "OLD" is listed twice'],
    [
      ['- name: Old', "  until: '2019-02-30'"],
      '32:16 projects[0].formerly[0].until: expected a date as YYYY-MM-DD, got "2019-02-30"',
    ],
    [
      ['- name: Old', "  until: '2999-01-01'"],
      '32:16 projects[0].formerly[0].until: 2999-01-01 is in the future; record a day that has passed',
    ],
    [
      ['- name: Older', "  until: '2020-01-01'", '- name: Old', "  until: '2019-01-01'"],
      '34:16 projects[0].formerly[1].until: 2019-01-01 comes before 2020-01-01, the day of the name listed above it; list former names oldest first',
    ],
    [['- Old'], '31:9 projects[0].formerly[0]: expected a mapping (A former name), got "Old"'],
    [
      ['- name: Old', '  since: 2019'],
      '32:9 projects[0].formerly[0].since: unknown field; expected one of name, until',
    ],
  ])('%j is refused where it is', (lines, expected) => {
    expect(errorsOf(withFormerly(lines))).toEqual([expected]);
  });

  test('checkFormerly reads a broken value without throwing', () => {
    expect(
      checkFormerly({ projects: [{ formerly: 'x' }, { formerly: [null, 3, { name: 5 }] }, null] }),
    ).toEqual([]);
  });
});

const catalogOf = (text: string): Catalog => {
  const result = parseCatalog(text, 'catalog.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.catalog;
};

test('details say "formerly" with every former name, latest last', () => {
  expect(formerlyLabel({ formerly: [{ name: 'Maesh' }] })).toBe('formerly Maesh');
  expect(formerlyLabel({ formerly: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] })).toBe(
    'formerly A, B and C',
  );
  expect(formerlyLabel({})).toBeUndefined();
});

describe('search by a former name', () => {
  test('finds the project under the name it went by before, and says so', () => {
    const catalog = catalogOf(withFormerly(['- name: Quokka Tracer']));
    const results = searchCatalog(createSearchIndex(catalog), 'quokka');
    expect(results.hits[0]).toMatchObject({ kind: 'project', id: 'jaeger' });
    expect(results.hits[0]!.text).toContain('Quokka Tracer');
  });

  test('"Maesh" finds Traefik Mesh in the bundled catalog', () => {
    const results = searchCatalog(createSearchIndex(bundledCatalog()), 'Maesh');
    expect(results.hits[0]).toMatchObject({ kind: 'project', id: 'traefik-mesh' });
  });
});

describe('renamed, among the fates of the article’s projects', () => {
  const TODAY = '2026-11-29';
  const base = bundledCatalog();
  const fates = (catalog: Catalog) =>
    new Map(changesStep(catalog, TODAY)!.changes!.fates.map((f) => [f.id, f.text]));
  const editing = (id: string, edit: Partial<Catalog['projects'][number]>): Catalog => ({
    ...base,
    projects: base.projects.map((p) => (p.id === id ? { ...p, ...edit } : p)),
  });

  test('Traefik Mesh, the article’s Maesh, was renamed; it is outside the CNCF', () => {
    expect(fates(base).get('traefik-mesh')).toBe('Traefik Mesh: renamed from Maesh; outside the CNCF.');
    const change = changesSince(base, base.article.published, TODAY)!.articleProjects.find(
      (p) => p.id === 'traefik-mesh',
    );
    expect(change?.renamed).toEqual([{ name: 'Maesh' }]);
  });

  test('a rename with its day takes its place among the steps', () => {
    const catalog = editing('istio', { formerly: [{ name: 'Istio Mesh', until: '2023-01-05' }] });
    expect(fates(catalog).get('istio')).toBe(
      'Istio: joined the CNCF at incubating on 30 September 2022, renamed from Istio Mesh on 5 January 2023 and graduated on 12 July 2023.',
    );
  });

  test('a rename before the article is no change since it; one with no other change says so', () => {
    const before = editing('kubernetes', { formerly: [{ name: 'Seven', until: '2015-01-01' }] });
    expect(fates(before).get('kubernetes')).toBe('Kubernetes: unchanged (graduated).');
    const after = editing('kubernetes', { formerly: [{ name: 'Seven', until: '2022-01-01' }] });
    expect(fates(after).get('kubernetes')).toBe(
      'Kubernetes: renamed from Seven on 1 January 2022; otherwise unchanged (graduated).',
    );
  });

  test('without any former name, no project is said to be renamed', () => {
    const catalog = editing('traefik-mesh', { formerly: undefined });
    expect([...fates(catalog).values()].some((text) => text.includes('renamed'))).toBe(false);
  });
});
