import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { catalogSpec } from '../../src/lib/catalog/catalogSpec.ts';
import { toJsonSchema } from '../../src/lib/catalog/toJsonSchema.ts';

test('data/catalog.schema.json is the schema generated from the catalog spec (run npm run schema)', () => {
  const committed = JSON.parse(readFileSync('data/catalog.schema.json', 'utf8'));
  expect(committed).toEqual(toJsonSchema());
});

test('the bundled catalog points editors at the schema on its first line', () => {
  const firstLine = readFileSync('data/catalog.yaml', 'utf8').split('\n')[0];
  expect(firstLine).toBe('# yaml-language-server: $schema=./catalog.schema.json');
});

test('the spec names every field of a project, and marks the optional ones', () => {
  const projects = catalogSpec.fields.projects!.spec;
  if (projects.kind !== 'array' || projects.items.kind !== 'object') throw new Error('unexpected spec');
  const fields = projects.items.fields;
  expect(Object.keys(fields)).toEqual([
    'id',
    'name',
    'description',
    'homepage',
    'repo',
    'maturity',
    'dates',
    'problems',
    'category',
    'named_in_article',
    'landscape_name',
    'formerly',
    'keywords',
    'kind',
    'logo',
  ]);
  expect(
    Object.entries(fields)
      .filter(([, f]) => !f.required)
      .map(([k]) => k),
  ).toEqual([
    'description',
    'repo',
    'dates',
    'named_in_article',
    'landscape_name',
    'formerly',
    'keywords',
    'kind',
    'logo',
  ]);
});
