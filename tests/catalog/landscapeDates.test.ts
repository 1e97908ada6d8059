/**
 * Every CNCF project in data/catalog.yaml carries the dates the CNCF landscape
 * records for its item (../shared/data/cncf-landscape.yml, kept outside this
 * repository), matched as tests/unit/landscapeConsistency.test.ts matches
 * them: by landscape_name or name, preferring the item that is a CNCF project.
 * A subproject shares its parent's item, so it carries the parent's dates.
 * Without the file the test is skipped, and says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCatalog, type ProjectDates } from '../../src/lib/catalog/index.ts';
import { readLandscape } from '../../src/lib/import/readLandscape.ts';
import { STEPS } from '../../src/lib/time/index.ts';

const LANDSCAPE_PATH =
  process.env.CNCF_LANDSCAPE ??
  fileURLToPath(new URL('../../../shared/data/cncf-landscape.yml', import.meta.url));
const exists = existsSync(LANDSCAPE_PATH);
if (!exists) {
  console.warn(`landscape dates test skipped: ${LANDSCAPE_PATH} not found (set CNCF_LANDSCAPE to its path)`);
}

describe.skipIf(!exists)('catalog dates agree with the CNCF landscape', () => {
  const read = exists ? readLandscape(readFileSync(LANDSCAPE_PATH, 'utf8'), 'cncf-landscape.yml') : undefined;
  const items = read?.ok ? read.items.map((item) => item.fields) : [];
  const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
  const projects = parsed.ok ? parsed.catalog.projects : [];
  const key = (name: unknown) => (typeof name === 'string' ? name.trim().toLowerCase() : '');

  const datesOf = (fields: Record<string, unknown>): ProjectDates => {
    const extra = (fields.extra ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      STEPS.flatMap((step) => (typeof extra[step] === 'string' ? [[step, extra[step]]] : [])),
    );
  };

  test('the landscape file dates its projects', () => {
    expect(
      items.filter((item) => item.project !== undefined && datesOf(item).accepted).length,
    ).toBeGreaterThan(200);
  });

  test("every CNCF project has exactly its landscape item's dates", () => {
    const wrong = projects
      .filter((project) => project.maturity !== 'none')
      .flatMap((project) => {
        const wanted = key(project.landscape_name ?? project.name);
        const matches = items.filter((item) => key(item.name) === wanted);
        const item = matches.find((m) => m.project !== undefined) ?? matches[0];
        if (!item)
          return [`${project.id}: no landscape item is called "${project.landscape_name ?? project.name}"`];
        const theirs = JSON.stringify(datesOf(item));
        const ours = JSON.stringify(
          Object.fromEntries(STEPS.flatMap((s) => (project.dates?.[s] ? [[s, project.dates[s]]] : []))),
        );
        return ours === theirs ? [] : [`${project.id}: ${ours} here, ${theirs} in the landscape`];
      });
    expect(wrong).toEqual([]);
  });
});
