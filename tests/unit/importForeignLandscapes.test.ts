/**
 * The three real landscapes in ../shared/data (the CNCF's, the CD
 * Foundation's and the Academy Software Foundation's) imported with the
 * shipped mapping and curated catalog: each validates and round-trips, holds
 * no problem over a quarter of its projects, no organisation by default, no
 * CNCF label on another foundation's levels, and no description the landscape
 * does not contain. A file that is absent is skipped with a message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatError, parseCatalog } from '../../src/lib/catalog/index.ts';
import { maturityLabel, maturityLegend } from '../../src/lib/catalog/maturityLabel.ts';
import { serializeCatalog } from '../../src/lib/catalog/serializeCatalog.ts';
import { checkAccounting, importLandscape, loadMapping } from '../../src/lib/import/index.ts';
import { USE_CASE_CREDIT } from '../../src/lib/import/describeItem.ts';

const bundledResult = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
if (!bundledResult.ok) throw new Error(bundledResult.errors.map(formatError).join('\n'));
const bundled = bundledResult.catalog;
const mappingResult = loadMapping(readFileSync('data/landscape-problems.yaml', 'utf8'), bundled, 'mapping');
if (!mappingResult.ok) throw new Error(mappingResult.errors.map(formatError).join('\n'));
const mapping = mappingResult.mapping;
const curatedIds = new Set(bundled.projects.map((p) => p.id));

const CASES = [
  {
    file: '../shared/data/cdf-landscape.yml',
    short: 'CDF',
    levels: ['graduated', 'incubating'],
    organisations: [
      'CDF Members / Premier',
      'CDF Members / End User',
      'CDF Members / General',
      'CDF Members / Associate',
    ],
  },
  {
    file: '../shared/data/aswf-landscape.yml',
    short: 'ASWF',
    levels: ['graduated', 'incubating', 'sandbox', 'working-group', 'long-term-working-group'],
    organisations: [
      'ASWF Member Company / Premier',
      'ASWF Member Company / General',
      'ASWF Member Company / Associate',
      'Dev Days 2024 / Supporting Company',
    ],
  },
  {
    file: '../shared/data/cncf-landscape.yml',
    short: 'CNCF',
    levels: ['graduated', 'incubating', 'sandbox', 'archived'],
    organisations: ['CNCF Members / Silver', 'Special / Kubernetes Certified Service Provider'],
  },
];

for (const c of CASES.filter((c) => !existsSync(c.file))) {
  console.warn(`importForeignLandscapes.test.ts: ${c.file} not found; its import tests are skipped`);
}

describe.each(CASES.filter((c) => existsSync(c.file)))('importing $file', (c) => {
  const source = readFileSync(c.file, 'utf8');
  const run = (includeMembers: boolean) => {
    const result = importLandscape(source, { bundled, mapping, includeMembers, file: c.file });
    if (!result.ok) throw new Error(result.errors.slice(0, 5).map(formatError).join('\n'));
    return result;
  };
  const { catalog, summary } = run(false);
  const share = summary.largestProblem!;
  console.info(
    `${c.short}: read ${summary.read}, imported ${summary.imported}, skipped ${summary.skipped.length}; ` +
      `${catalog.problems.length} problems (${summary.ownProblems} of its own), largest ${share.id} ` +
      `${share.projects} (${Math.round(share.share * 1000) / 10}%); levels ` +
      summary.foundation.levels.map((l) => `${l.id} (${l.items})`).join(', '),
  );

  test('round trip: the serialized catalog validates and reads back the same', () => {
    expect(checkAccounting(summary)).toBeUndefined();
    const reparsed = parseCatalog(serializeCatalog(catalog), 'imported.yaml');
    expect(reparsed.ok ? [] : reparsed.errors.slice(0, 5).map(formatError)).toEqual([]);
    expect(reparsed.ok && reparsed.catalog).toEqual(catalog);
  });

  test('no problem holds more than a quarter of the projects', () => {
    const over = catalog.problems.filter(
      (problem) =>
        catalog.projects.filter((p) => p.problems.includes(problem.id)).length > catalog.projects.length / 4,
    );
    expect(over.map((p) => p.id)).toEqual([]);
    expect(summary.overCap).toEqual([]);
  });

  test('its own levels, and labels that name its foundation', () => {
    expect(summary.foundation.short_name).toBe(c.short);
    expect(summary.foundation.levels.map((l) => l.id)).toEqual(c.levels);
    const labels = [
      ...catalog.projects.map((p) => maturityLabel(catalog, p.maturity)),
      ...maturityLegend(catalog).map((e) => e.label),
    ];
    if (c.short === 'CNCF') expect(catalog.foundation).toBeUndefined();
    else expect(labels.filter((l) => l.includes('CNCF'))).toEqual([]);
    expect(labels.every((l) => l.includes(c.short))).toBe(true);
  });

  test('organisations are left out by default, counted, and come in as organisations when asked', () => {
    const places = summary.organisationPlaces.map((o) => o.place);
    for (const place of c.organisations) expect(places).toContain(place);
    expect(catalog.projects.filter((p) => p.kind !== undefined || / \(member\)$/.test(p.name))).toEqual([]);
    const skipped = summary.skipped.filter((s) => s.rule === 'organisations').length;
    const withMembers = run(true);
    // An organisation listed in two member tiers comes in once.
    const twice = (r: typeof summary) => r.skipped.filter((s) => s.rule === 'listed-twice').length;
    const organisations = skipped - (twice(withMembers.summary) - twice(summary));
    expect(withMembers.summary.imported - summary.imported).toBe(organisations);
    expect(withMembers.catalog.projects.filter((p) => p.kind === 'organisation')).toHaveLength(organisations);
    expect(withMembers.summary.overCap).toEqual([]);
  });

  test("no description is made up: each is the landscape's own, its credited use case, or curated", () => {
    const flat = source.replace(/\s+/g, ' ');
    const invented = catalog.projects.filter((p) => {
      if (p.description === undefined || curatedIds.has(p.id)) return false;
      const text = p.description.startsWith(USE_CASE_CREDIT)
        ? p.description.slice(USE_CASE_CREDIT.length)
        : p.description;
      return !flat.includes(text.replace(/…$/, ''));
    });
    expect(invented.map((p) => p.id)).toEqual([]);
  });

  if (c.short !== 'CNCF') {
    test("its problems are its own subcategories; curated projects take this landscape's level", () => {
      const own = new Set(catalog.problems.filter((p) => p.group !== undefined).map((p) => p.id));
      const elsewhere = catalog.projects.filter((p) => !curatedIds.has(p.id) && !own.has(p.problems[0]!));
      expect(elsewhere.map((p) => p.id)).toEqual([]);
      expect(catalog.problems.every((p) => p.group !== undefined || p.article !== undefined)).toBe(true);
      for (const project of catalog.projects.filter((p) => curatedIds.has(p.id))) {
        expect(c.levels.concat('none')).toContain(project.maturity);
      }
    });
  }
});
