/**
 * Opening a landscape.yml in the app (issue #16, point 7): the loader tells the landscape format from a
 * catalog by its top-level `landscape:` key, converts it with the code of `npm run import` (same mapping,
 * same curated catalog, same catalog out) and reports the same accounting; a catalog is parsed as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCatalog } from '../../src/lib/catalog/parseCatalog.ts';
import { serializeCatalog } from '../../src/lib/catalog/serializeCatalog.ts';
import { importLandscape, loadMapping } from '../../src/lib/import/index.ts';
import { isLandscapeFormat } from '../../src/lib/load/landscapeFormat.ts';
import { readCatalogOrLandscape } from '../../src/lib/load/readCatalogOrLandscape.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

const bytes = (path: string) => new Uint8Array(readFileSync(path));

describe('telling the formats apart', () => {
  test.each([
    ['landscape:\n  - category:\n', true],
    ['# a comment\n\nlandscape: # the tree\n  - category:\n', true],
    ['landscape:\r\n  - category:\r\n', true],
    ['article:\n  title: landscape: no\n', false],
    ['problems:\n  - id: landscape\n    landscape: nested\n', false],
    ['landscapes:\n', false],
  ])('%j is a landscape: %s', (text, expected) => {
    expect(isLandscapeFormat(text)).toBe(expected);
  });

  test('the bundled catalog and the fixtures are catalogs, the reference landscapes are not', () => {
    expect(isLandscapeFormat(readFileSync('data/catalog.yaml', 'utf8'))).toBe(false);
    expect(isLandscapeFormat(readFileSync('tests/fixtures/landscape/own-terms.yml', 'utf8'))).toBe(true);
  });
});

describe('a landscape file opened in the app', () => {
  const bundled = bundledCatalog();
  const mapping = loadMapping(readFileSync('data/landscape-problems.yaml', 'utf8'), bundled, 'mapping');
  if (!mapping.ok) throw new Error('the shipped mapping does not load');

  const cases = [
    'tests/fixtures/landscape/own-terms.yml',
    'tests/fixtures/landscape/small.yml',
    '../shared/data/cdf-landscape.yml',
    '../shared/data/aswf-landscape.yml',
  ];
  for (const file of cases) {
    const present = existsSync(file);
    if (!present) console.warn(`skipped: ${file} is absent`);
    test.skipIf(!present)(`${file}: the same catalog and accounting as npm run import`, async () => {
      const result = await readCatalogOrLandscape(bytes(file), 'dropped.yml', parseCatalog);
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
      const cli = importLandscape(readFileSync(file, 'utf8'), {
        bundled,
        mapping: mapping.mapping,
        includeMembers: false,
        file: 'dropped.yml',
      });
      if (!cli.ok) throw new Error('the CLI path fails');
      expect(result.catalog).toEqual(cli.catalog);
      const report = result.report!;
      expect(report.read).toBe(cli.summary.read);
      expect(report.imported).toBe(result.catalog.projects.length);
      expect(report.read).toBe(report.imported + report.skipped.reduce((n, s) => n + s.count, 0));
      expect(report.lines[0]).toMatch(/^items read: \d+ = imported \d+ \+ skipped \d+ \(checked\)$/);
      // The download is a catalog the app accepts, equal to what it shows.
      const reread = parseCatalog(report.yaml, 'download.yaml');
      if (!reread.ok) throw new Error(reread.errors.map((e) => e.message).join('\n'));
      expect(serializeCatalog(reread.catalog)).toBe(serializeCatalog(result.catalog));
    });
  }

  test('the invented landscape: its members are skipped as organisations, by rule', async () => {
    const result = await readCatalogOrLandscape(
      bytes('tests/fixtures/landscape/own-terms.yml'),
      'own-terms.yml',
      parseCatalog,
    );
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.report).toMatchObject({ read: 5, imported: 3 });
    expect(result.report!.skipped).toHaveLength(1);
    expect(result.report!.skipped[0]!.count).toBe(2);
    expect(result.catalog.foundation?.short_name).toBe('EMF');
    expect(result.catalog.projects.map((p) => p.name).sort()).toEqual(['HueBridge', 'PixelForge', 'RayLoom']);
  });

  test('a catalog goes to the parser untouched, with no report', async () => {
    const result = await readCatalogOrLandscape(
      bytes('tests/fixtures/valid/minimal.yaml'),
      'm.yaml',
      parseCatalog,
    );
    expect(result.ok && result.report).toBe(undefined);
    expect(result.ok && result.catalog.projects.length).toBe(2);
  });

  test('a landscape that is not UTF-8 is refused with a reason', async () => {
    const broken = new Uint8Array([
      ...new TextEncoder().encode('landscape:\n  - category:\n    name: '),
      0xff,
    ]);
    const result = await readCatalogOrLandscape(broken, 'bad.yml', parseCatalog);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toContain('UTF-8');
  });
});
