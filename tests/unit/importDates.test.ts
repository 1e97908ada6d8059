/**
 * `npm run import` carries each item's dates (`extra.accepted`, `incubating`,
 * `graduated`, `archived`) into the catalog, and never writes dates the
 * validator would refuse: a date at fault is dropped, and all of an item's
 * dates when what is left still breaks a rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatError, parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';
import { importLandscape, loadMapping } from '../../src/lib/import/index.ts';
import { itemDates } from '../../src/lib/import/itemDates.ts';
import type { LandscapeItem } from '../../src/lib/import/readLandscape.ts';

const dir = 'tests/fixtures/landscape';
const read = (name: string) => readFileSync(`${dir}/${name}`, 'utf8');

function loadBundled(): Catalog {
  const result = parseCatalog(read('bundled.yaml'), 'bundled.yaml');
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.catalog;
}

describe('importLandscape with dated items', () => {
  const bundled = loadBundled();
  const mapping = loadMapping(read('mapping.yaml'), bundled, 'mapping.yaml');
  if (!mapping.ok) throw new Error(mapping.errors.map(formatError).join('\n'));
  const result = importLandscape(read('dated.yml'), {
    bundled,
    mapping: mapping.mapping,
    includeMembers: false,
    file: 'dated.yml',
  });
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  const dates = Object.fromEntries(result.catalog.projects.map((p) => [p.name, p.dates]));

  test('clean dates are carried as they are, for curated and new projects alike', () => {
    expect(dates['Jaeger']).toEqual({
      accepted: '2017-09-13',
      incubating: '2017-09-13',
      graduated: '2019-10-31',
    });
    expect(dates['Spanwise']).toEqual({ accepted: '2021-06-22' });
  });

  test('dates that break a rule are dropped, and the import still validates', () => {
    // A future incubating day leaves an incubating project without one: no dates at all.
    expect(dates['Tracefuture']).toBeUndefined();
    // Incubating before accepted: dropping it leaves accepted and graduated, which is consistent.
    expect(dates['Backwards Trace']).toEqual({ accepted: '2020-01-15', graduated: '2022-02-02' });
    // A sandbox project cannot have graduated: the graduation day goes.
    expect(dates['Overclaim']).toEqual({ accepted: '2020-01-15' });
  });

  test('no dates outside the foundation, none invented for an undated project', () => {
    expect(dates['Strayday']).toBeUndefined();
    expect(dates['Plainview']).toBeUndefined();
  });
});

describe('itemDates', () => {
  const item = (extra: unknown): LandscapeItem => ({
    category: 'C',
    subcategory: 'S',
    line: 1,
    fields: { name: 'X', extra },
  });
  const now = new Date('2026-06-01T12:00:00Z');
  test.each([
    ['no extra', undefined, 'sandbox', undefined],
    ['extra without dates', { slack_url: 'https://example.org' }, 'sandbox', undefined],
    [
      'a date read by a YAML parser as a Date',
      { accepted: new Date('2020-03-16T00:00:00Z') },
      'sandbox',
      { accepted: '2020-03-16' },
    ],
    ['a date that is no real day', { accepted: '2020-02-30' }, 'sandbox', undefined],
    ['tomorrow is still today somewhere', { accepted: '2026-06-02' }, 'sandbox', { accepted: '2026-06-02' }],
    [
      'an archived project',
      { accepted: '2016-10-11', incubating: '2016-10-11', archived: '2021-08-20' },
      'archived',
      { accepted: '2016-10-11', incubating: '2016-10-11', archived: '2021-08-20' },
    ],
    ['an archived project without its archive day', { accepted: '2016-10-11' }, 'archived', undefined],
    ['outside the foundation', { accepted: '2020-03-16' }, 'none', undefined],
  ])('%s', (_, extra, maturity, expected) => {
    expect(itemDates(item(extra), maturity, now)).toEqual(expected);
  });
});
