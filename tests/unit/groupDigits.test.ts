/**
 * Counts for people (`2,407 projects`, `the 4,194,304-byte limit`) without the browser's number-formatting
 * data: its first use cost 160 ms of a phone's start, in the task that evaluates the page's code.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { groupDigits } from '../../src/lib/catalog/groupDigits.ts';

test('writes a count as toLocaleString("en") does', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
      expect(groupDigits(n)).toBe(n.toLocaleString('en'));
    }),
  );
  expect(groupDigits(4194304)).toBe('4,194,304');
  expect(groupDigits(999)).toBe('999');
  expect(groupDigits(1000)).toBe('1,000');
});

test('the app and the embed never load the number-formatting or collation data (compareNames.ts)', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  const calls = files('src')
    .filter((f) => /\.(ts|svelte)$/.test(f))
    .filter((f) =>
      /\.toLocaleString\(|\.localeCompare\(|Intl\.(NumberFormat|Collator)/.test(readFileSync(f, 'utf8')),
    );
  expect(calls).toEqual([]);
});
