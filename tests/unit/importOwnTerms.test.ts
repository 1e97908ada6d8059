/**
 * Another foundation's landscape imported on its own terms, on an invented
 * one (tests/fixtures/landscape/foundation.yml, the "OGF"): its levels, its
 * subcategories as problems, its organisations left out, no text made up.
 * One test per rule of issue #16.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatError, parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';
import { maturityLabel } from '../../src/lib/catalog/maturityLabel.ts';
import { serializeCatalog } from '../../src/lib/catalog/serializeCatalog.ts';
import { checkAccounting, importLandscape, loadMapping, skippedByRule } from '../../src/lib/import/index.ts';
import { nameFoundation, shortNameOf } from '../../src/lib/import/nameFoundation.ts';
import { organisationPlaces } from '../../src/lib/import/organisations.ts';
import { readLevels } from '../../src/lib/import/readLevels.ts';

const dir = 'tests/fixtures/landscape';
const read = (name: string) => readFileSync(`${dir}/${name}`, 'utf8');
const bundledResult = parseCatalog(read('bundled.yaml'), 'bundled.yaml');
if (!bundledResult.ok) throw new Error(bundledResult.errors.map(formatError).join('\n'));
const bundled = bundledResult.catalog;
const mappingResult = loadMapping(read('mapping.yaml'), bundled, 'mapping.yaml');
if (!mappingResult.ok) throw new Error(mappingResult.errors.map(formatError).join('\n'));
const mapping = mappingResult.mapping;

function run(options: { includeMembers?: boolean; foundation?: string; text?: string } = {}) {
  const result = importLandscape(options.text ?? read('foundation.yml'), {
    bundled,
    mapping,
    includeMembers: options.includeMembers ?? false,
    file: 'foundation.yml',
    ...(options.foundation ? { foundation: options.foundation } : {}),
  });
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result;
}
const byName = (catalog: Catalog, name: string) => catalog.projects.find((p) => p.name === name);

describe('an invented foundation landscape', () => {
  const { catalog, summary } = run();

  test('the output validates and round-trips through the catalog format', () => {
    const text = serializeCatalog(catalog);
    expect(text.split('\n')).toContain('foundation:');
    expect(text.indexOf('foundation:')).toBeLessThan(text.indexOf('article:'));
    const reparsed = parseCatalog(text, 'foundation.yaml');
    expect(reparsed.ok ? [] : reparsed.errors.map(formatError)).toEqual([]);
    expect(reparsed.ok && reparsed.catalog).toEqual(catalog);
    expect(checkAccounting(summary)).toBeUndefined();
  });

  test('levels come from the file: incubation is incubating, a near miss is reported, an unknown one kept', () => {
    expect(catalog.foundation).toEqual({
      name: 'OGF',
      short_name: 'OGF',
      levels: [
        { id: 'graduated', label: 'Graduated' },
        { id: 'incubating', label: 'Incubating' },
        { id: 'emeritus', label: 'Emeritus' },
      ],
    });
    expect(byName(catalog, 'Fluxer')?.maturity).toBe('incubating');
    expect(byName(catalog, 'Tinner')?.maturity).toBe('graduated');
    expect(byName(catalog, 'Rigger')?.maturity).toBe('emeritus');
    expect(summary.levelsRecognised).toEqual([
      { value: 'incubation', level: 'incubating' },
      { value: 'gradated', level: 'graduated' },
    ]);
    expect(summary.levelsUnknown).toEqual(['emeritus']);
  });

  test('labels name this foundation, never the CNCF', () => {
    expect(maturityLabel(catalog, 'graduated')).toBe('OGF graduated');
    expect(maturityLabel(catalog, 'none')).toBe('Outside the OGF');
    const labels = catalog.projects.map((p) => maturityLabel(catalog, p.maturity));
    expect(labels.filter((l) => l.includes('CNCF'))).toEqual([]);
  });

  test('--foundation names it, with its short name in brackets', () => {
    const named = run({ foundation: 'Open Gadget Foundation (OGF)' }).catalog;
    expect(named.foundation?.name).toBe('Open Gadget Foundation');
    expect(named.foundation?.short_name).toBe('OGF');
    expect(maturityLabel(named, 'incubating')).toBe('OGF incubating');
  });

  test('subcategories the mapping does not place are problems of their own, grouped by category, with no why', () => {
    const soldering = catalog.problems.find((p) => p.id === 'soldering');
    expect(soldering).toEqual({
      id: 'soldering',
      name: 'Soldering',
      group: 'Gadget Building',
      question: 'Which projects does the OGF landscape list under Gadget Building / Soldering?',
      aliases: [],
      article: null,
    });
    // Two "Service Mesh" problems would read the same: the landscape's own takes its category.
    expect(catalog.problems.find((p) => p.id === 'gadget-operations-service-mesh')?.name).toBe(
      'Service Mesh (Gadget Operations)',
    );
    expect(catalog.problems.filter((p) => p.id === 'other')).toEqual([]);
  });

  test('no problem holds more than a quarter of the projects: a big subcategory is split by a stated rule', () => {
    const total = catalog.projects.length;
    for (const problem of catalog.problems) {
      const count = catalog.projects.filter((p) => p.problems.includes(problem.id)).length;
      expect(count / total, problem.id).toBeLessThanOrEqual(0.25);
    }
    expect(summary.splitProblems.map((s) => s.id)).toEqual(['assembly-lines']);
    expect(catalog.problems.filter((p) => p.group === 'Gadget Building').map((p) => p.name)).toEqual([
      'Assembly Lines (with a repository, part 1 of 2)',
      'Assembly Lines (with a repository, part 2 of 2)',
      'Assembly Lines (no repository listed, part 1 of 2)',
      'Assembly Lines (no repository listed, part 2 of 2)',
      'Soldering',
    ]);
    expect(byName(catalog, 'Widget 2')?.problems).toEqual(['assembly-lines-with-repository-1']);
  });

  test('a list of projects by level is no problem: its projects are placed by their other listing', () => {
    expect(summary.levelLists).toEqual(['OGF Projects / Graduated', 'OGF Projects / Incubating']);
    expect(byName(catalog, 'Shaker')?.problems).toEqual(['testing-rigs']);
    // Listed only by level: its category stands for it.
    expect(byName(catalog, 'Charter Working Group')?.problems).toEqual(['ogf-projects']);
  });

  test('organisations are skipped by category name and by item shape, and counted', () => {
    expect(summary.organisationPlaces).toEqual([
      { place: 'Gadget Operations / Rig Makers', by: 'shape' },
      { place: 'OGF Members / Premier', by: 'name' },
      { place: 'Hosting Companies / Cloud', by: 'name' },
    ]);
    expect(skippedByRule(summary)).toContainEqual({ rule: 'organisations', count: 5 });
    for (const name of ['Gadgetcorp', 'Skyhost', 'Rigs R Us', 'Bolt Brothers', 'Upbeat Corp (member)']) {
      expect(byName(catalog, name), name).toBeUndefined();
    }
    expect(summary.read).toBe(summary.imported + summary.skipped.length);
  });

  test('--include members brings them in as organisations', () => {
    const withMembers = run({ includeMembers: true });
    const organisations = withMembers.catalog.projects.filter((p) => p.kind === 'organisation');
    expect(organisations.map((p) => p.name).sort()).toEqual([
      'Bolt Brothers',
      'Gadgetcorp',
      'Rigs R Us',
      'Skyhost',
      'Upbeat Corp (member)',
    ]);
    expect(catalog.projects.filter((p) => p.kind !== undefined)).toEqual([]);
    expect(checkAccounting(withMembers.summary)).toBeUndefined();
  });

  test('no description is made up; a use-case summary is used and credited', () => {
    expect(byName(catalog, 'Widget 1')?.description).toBeUndefined();
    expect(byName(catalog, 'Fluxer')?.description).toBe(
      'Use case, as the landscape summarises it: Keeps solder joints at the right temperature.',
    );
    expect(catalog.projects.filter((p) => /no description/i.test(p.description ?? ''))).toEqual([]);
    expect(summary.fixes.withoutDescription).toBe(13);
  });

  test("a curated project keeps its description and tags but takes this landscape's level", () => {
    const linkerd = byName(catalog, 'Linkerd');
    expect(linkerd?.description).toBe('A curated description of a service mesh.');
    expect(linkerd?.problems).toEqual(['gadget-operations-service-mesh', 'service-mesh']);
    expect(linkerd?.maturity).toBe('none'); // graduated in the CNCF, not a project of this foundation
  });

  test('a namesake is not the curated project: another Jaeger with its own repository and site', () => {
    const jaeger = byName(catalog, 'Jaeger');
    expect(jaeger?.description).toMatch(/soldering iron/);
    expect(jaeger?.problems).toEqual(['soldering']);
    expect(summary.curatedMissing).toContain('jaeger');
  });
});

describe('nameFoundation', () => {
  test.each([
    [undefined, ['Tools', 'CDF Members'], 'cdf-landscape.yml', 'CDF', 'CDF'],
    [undefined, ['Imaging', 'ASWF Member Company', 'ASWF Projects'], 'x.yml', 'ASWF', 'ASWF'],
    [undefined, ['Provisioning', 'CNCF Members'], 'x.yml', 'Cloud Native Computing Foundation', 'CNCF'],
    [undefined, ['Tools'], 'lfenergy-landscape.yml', 'LFENERGY', 'LFENERGY'],
    ['Continuous Delivery Foundation', [], 'x.yml', 'Continuous Delivery Foundation', 'CDF'],
    ['Open Gadget Foundation (OGF)', [], 'x.yml', 'Open Gadget Foundation', 'OGF'],
  ])('%s / %j / %s → %s (%s)', (option, categories, file, name, short) => {
    expect(nameFoundation(option, categories, file)).toEqual({ name, short_name: short });
  });

  test('short names', () => {
    expect(shortNameOf('Academy Software Foundation')).toBe('ASF');
    expect(shortNameOf('Hyperledger')).toBe('Hyperledger');
  });
});

describe('recognising organisations and levels by their names', () => {
  const item = (category: string, subcategory: string, fields: Record<string, unknown> = {}) => ({
    category,
    subcategory,
    fields: {
      name: 'X',
      homepage_url: 'https://x.example.org/',
      repo_url: 'https://github.com/x/x',
      ...fields,
    },
    line: 1,
  });

  test.each([
    ['Hosting Companies / Cloud', 'name'],
    ['Special / Certified Things', 'name'],
    ['Foundation / End Users', 'name'],
    ['Events / Supporting Company', 'name'],
    ['Visual Effects / Special Effects', undefined],
    ['Web / Hosted Platforms', undefined],
    ['Training / Distributed Training', undefined],
  ])('%s → %s', (place, by) => {
    const [category, subcategory] = place.split(' / ') as [string, string];
    const found = organisationPlaces([item(category, subcategory)], [place], []);
    expect(found.reasons[0]?.by).toBe(by);
  });

  test('levels are read through the words around them', () => {
    const levels = readLevels(
      [
        item('Tools', 'Build', { project: 'Incubating Project' }),
        item('Tools', 'Build', { project: 'graduated-stage' }),
        item('Tools', 'Build', { project: 'Incubation' }),
      ],
      ['Tools / Build', 'OGF / Incubating Projects'],
    );
    expect(levels.levels.map((l) => l.id)).toEqual(['graduated', 'incubating']);
    expect(levels.counts.get('incubating')).toBe(2);
    expect([...levels.levelLists]).toEqual(['OGF / Incubating Projects']);
    expect(levels.unknown).toEqual([]);
  });
});
