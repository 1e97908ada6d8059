/**
 * Names sorted as people expect (the order of a problem's projects, of clusters in the layout, of the
 * static pages' index), without the browser's collation data: its first use cost 100 ms of a phone's start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import { compareNames } from '../../src/lib/catalog/compareNames.ts';
import { parseCatalog } from '../../src/lib/catalog/parseCatalog.ts';

const byLocale = (a: string, b: string) => a.localeCompare(b, 'en');

function landscapeNames(file: string): string[] {
  const names: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if ('item' in record && typeof record.name === 'string') names.push(record.name);
      Object.values(record).forEach(walk);
    }
  };
  walk(load(readFileSync(file, 'utf8')));
  return [...new Set(names)];
}

test('the bundled catalog’s names come out in the order localeCompare("en") gives', () => {
  const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'catalog.yaml');
  if (!parsed.ok) throw new Error('invalid catalog');
  const names = parsed.catalog.projects.map((p) => p.name);
  expect([...names].sort(compareNames)).toEqual([...names].sort(byLocale));
});

test('case and accents aside first, then lower case first; ligatures read as their letters', () => {
  expect(['Zeta', 'etcd', 'Envoy', 'Édition', 'Ed'].sort(compareNames)).toEqual([
    'Ed',
    'Édition',
    'Envoy',
    'etcd',
    'Zeta',
  ]);
  expect(['Apache', 'apache'].sort(compareNames)).toEqual(['apache', 'Apache']);
  expect(['Aeraki', 'Ænix', 'Adder'].sort(compareNames)).toEqual(['Adder', 'Ænix', 'Aeraki']);
  expect(compareNames('same', 'same')).toBe(0);
});

// Where the two may differ: the order of punctuation marks (`BESSYSTEM - …` and `BESSYSTEM (…`).
function decidedByPunctuation(a: string, b: string): boolean {
  const [fa, fb] = [a, b].map((n) =>
    n
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  );
  let i = 0;
  while (i < fa!.length && fa![i] === fb![i]) i++;
  return /[^\p{L}\p{N}]/u.test(fa![i] ?? '') || /[^\p{L}\p{N}]/u.test(fb![i] ?? '');
}

for (const name of ['cncf', 'cdf', 'aswf']) {
  const file = `../shared/data/${name}-landscape.yml`;
  test.skipIf(!existsSync(file))(
    `the ${name} landscape: in localeCompare's order but for punctuation`,
    () => {
      const sorted = landscapeNames(file).sort(byLocale);
      expect(sorted.length).toBeGreaterThan(50);
      const disagreements = sorted
        .slice(1)
        .map((b, i) => [sorted[i]!, b] as const)
        .filter(([a, b]) => compareNames(a, b) > 0 && !decidedByPunctuation(a, b));
      expect(disagreements).toEqual([]);
    },
  );
}
