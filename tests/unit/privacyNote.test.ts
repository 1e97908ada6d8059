/**
 * The README and the embedding guide say plainly what the app stores in a reader's browser, under
 * the key the app really uses (tests/e2e/storage.spec.ts checks the browser side).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const key = /THEME_KEY = '([^']+)'/.exec(
  readFileSync('src/components/app/followTheme.svelte.ts', 'utf8'),
)?.[1];

test.each(['README.md', 'docs/embedding.md'])(
  '%s names the theme kept in localStorage, and only that',
  (file) => {
    expect(key).toBeDefined();
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`\`localStorage\` under \`${key}\``);
    expect(text).toMatch(/store nothing/);
  },
);
