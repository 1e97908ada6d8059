/**
 * Every broken or hostile catalog in tests/fixtures/bad must produce exactly
 * the errors written next to it, with every position inside the file.
 * tests/fixtures/bad/README.md explains how to add one. How quickly each is
 * answered is measured by `npm run bench:parse` (bench/parseBudgets.ts), not here:
 * no test asserts a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatError, formatWarning, parseCatalog, type CatalogResult } from '../../src/lib/catalog/index.ts';
import { isInside } from '../../src/lib/catalog/positions.ts';
import { generatedCases } from '../fixtures/bad/generate.ts';

const dir = new URL('../fixtures/bad/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .sort();

const run = (input: string | Uint8Array, file: string): { result: CatalogResult } => ({
  result: parseCatalog(input, file),
});

/** Errors, then warnings (which do not make a catalog invalid), as `npm run validate` prints them. */
const formatted = (result: CatalogResult) => [
  ...(result.ok ? [] : result.errors.map(formatError)),
  ...(result.warnings ?? []).map(formatWarning),
];

/** Errors whose line or column does not exist in the file (a BOM is not a column). */
function positionsOutside(input: string | Uint8Array, result: CatalogResult): string[] {
  if (result.ok && !result.warnings) return [];
  let text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return [...(result.ok ? [] : result.errors), ...(result.warnings ?? [])]
    .filter((error) => !isInside(text, error))
    .map(formatError);
}

test('the corpus holds at least 40 committed fixtures, each with its .expected file', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(40);
  const expectedFiles = new Set(readdirSync(dir).filter((file) => file.endsWith('.expected')));
  const missing = fixtures.filter((file) => !expectedFiles.has(file.replace(/\.yaml$/, '.expected')));
  expect(missing).toEqual([]);
});

describe('committed fixtures', () => {
  test.each(fixtures)('%s', (file) => {
    const bytes = readFileSync(new URL(file, dir));
    const expected = readFileSync(new URL(file.replace(/\.yaml$/, '.expected'), dir), 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    const { result } = run(bytes, file);
    expect(formatted(result)).toEqual(expected);
    expect(positionsOutside(bytes, result)).toEqual([]);
  });
});

describe('generated inputs (too big to commit)', () => {
  test.each(generatedCases.map((c) => [c.name, c] as const))('%s', (_name, generated) => {
    const input = generated.build();
    const { result } = run(input, `${generated.name}.yaml`);
    expect(formatted(result), generated.why).toEqual(generated.expected);
    expect(positionsOutside(input, result)).toEqual([]);
  });
});

describe('hostile input changes nothing outside the result', () => {
  test('keys named __proto__ and constructor neither pollute nor replace prototypes', () => {
    const { result } = run(readFileSync(new URL('prototype-keys.yaml', dir)), 'prototype-keys.yaml');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).named_in_article).toBeUndefined();
  });

  test('script in every text field is accepted as text and kept exactly', () => {
    const { result } = run(readFileSync(new URL('accepted-html-in-text.yaml', dir)), 'x.yaml');
    if (!result.ok) throw new Error(formatted(result).join('\n'));
    expect(result.catalog.projects[0]?.name).toBe('<script>alert("project")</script>');
    expect(Object.getPrototypeOf(result.catalog)).toBe(Object.prototype);
  });
});
