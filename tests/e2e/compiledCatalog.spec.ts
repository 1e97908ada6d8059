/**
 * A catalog's compiled form (x.json beside x.yaml, as `npm run import -- --compiled` writes it) is used
 * while it was compiled from exactly the YAML served, and ignored once the YAML was edited. The compiled
 * form here names a project differently from the YAML, so the page shows which of the two it used.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../src/lib/catalog/parseCatalog.ts';
import { compileCatalog } from '../../src/lib/load/compileCatalog.ts';
import { mapReady } from './helpers.ts';

const yaml = readFileSync('tests/fixtures/valid/minimal.yaml');
const edited = Buffer.from(
  yaml.toString('utf8').replace('name: Apache Kafka', 'name: Apache Kafka (edited)'),
);

/** The compiled form of `yaml`, with Jaeger renamed so the page tells it from the YAML. */
function compiledMarked(): string {
  const parsed = parseCatalog(yaml, 'gadgets.yaml');
  if (!parsed.ok) throw new Error('fixture invalid');
  const compiled = compileCatalog(yaml, 'gadgets.yaml', parsed.catalog);
  compiled.catalog.projects[0]!.name = 'Jaeger (compiled)';
  return JSON.stringify(compiled);
}

const list = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation', { name: 'Problems and projects' });

for (const [what, served, shows, hides] of [
  [
    'is used while the YAML is the one it was compiled from',
    yaml,
    'Jaeger (compiled)',
    'Apache Kafka (edited)',
  ],
  [
    'is ignored once the YAML was edited: the YAML is parsed',
    edited,
    'Apache Kafka (edited)',
    'Jaeger (compiled)',
  ],
] as const) {
  test(`a compiled catalog ${what}`, async ({ page }) => {
    await page.route('**/gadgets.yaml', (route) =>
      route.fulfill({ body: served, headers: { 'content-type': 'text/yaml' } }),
    );
    await page.route('**/gadgets.json', (route) =>
      route.fulfill({ body: compiledMarked(), headers: { 'content-type': 'application/json' } }),
    );
    await page.goto('./?catalog=gadgets.yaml');
    await mapReady(page);
    await expect(list(page).getByRole('button', { name: shows }).first()).toBeVisible();
    await expect(list(page).getByRole('button', { name: hides })).toHaveCount(0);
  });
}
