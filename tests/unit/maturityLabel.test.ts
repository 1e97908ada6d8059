/**
 * Whose maturity a label names: the CNCF's by default, a catalog's own
 * foundation otherwise; and the marks other foundations' levels are drawn
 * with. The validator holds projects to their foundation's levels.
 */
import { describe, expect, test } from 'vitest';
import { formatError, parseCatalog, type Catalog } from '../../src/lib/catalog/index.ts';
import {
  maturityLabel,
  maturityLegend,
  maturityLevels,
  maturityShortLabel,
  maturityStyle,
} from '../../src/lib/catalog/maturityLabel.ts';
import { serializeCatalog } from '../../src/lib/catalog/serializeCatalog.ts';
import type { Foundation } from '../../src/lib/catalog/types.ts';
import { readFileSync } from 'node:fs';

const aswf: Pick<Catalog, 'foundation'> = {
  foundation: {
    name: 'Academy Software Foundation',
    short_name: 'ASWF',
    levels: [
      { id: 'graduated', label: 'Graduated' },
      { id: 'incubating', label: 'Incubating' },
      { id: 'sandbox', label: 'Sandbox' },
      { id: 'working-group', label: 'Working Group' },
      { id: 'emeritus', label: 'Emeritus' },
    ],
  },
};
const lts: Pick<Catalog, 'foundation'> = {
  foundation: { name: 'Example', short_name: 'EXF', levels: [{ id: 'lts', label: 'LTS Release' }] },
};

describe('maturityLabel', () => {
  test.each([
    [{}, 'graduated', 'CNCF graduated'],
    [{}, 'archived', 'CNCF archived'],
    [{}, 'none', 'Outside the CNCF'],
    [aswf, 'working-group', 'ASWF working group'],
    [aswf, 'graduated', 'ASWF graduated'],
    [aswf, 'none', 'Outside the ASWF'],
    [lts, 'lts', 'EXF LTS release'],
  ])('%j %s → %s', (catalog, level, label) => {
    expect(maturityLabel(catalog, level)).toBe(label);
  });

  test('short labels leave the foundation to a heading, except for outside', () => {
    expect(maturityShortLabel(aswf, 'working-group')).toBe('working group');
    expect(maturityShortLabel(aswf, 'none')).toBe('outside the ASWF');
  });
});

describe('maturityStyle: levels take the five marks by position, retired ones the archived mark', () => {
  test.each([
    [{}, 'sandbox', 'sandbox'],
    [{}, 'none', 'none'],
    [{}, 'nonsense', 'none'],
    [aswf, 'graduated', 'graduated'],
    [aswf, 'sandbox', 'sandbox'],
    [aswf, 'working-group', 'sandbox'],
    [aswf, 'emeritus', 'archived'],
    [lts, 'lts', 'graduated'],
  ])('%j %s → %s', (catalog, level, style) => {
    expect(maturityStyle(catalog, level)).toBe(style);
  });

  test('the legend lists each mark in use once, levels sharing a mark together', () => {
    expect(maturityLegend(aswf).map((e) => [e.style, e.label])).toEqual([
      ['graduated', 'ASWF graduated'],
      ['incubating', 'ASWF incubating'],
      ['sandbox', 'ASWF sandbox / working group'],
      ['archived', 'ASWF emeritus'],
      ['none', 'Outside the ASWF'],
    ]);
    expect(maturityLegend({}).map((e) => e.label)).toEqual([
      'CNCF graduated',
      'CNCF incubating',
      'CNCF sandbox',
      'CNCF archived',
      'Outside the CNCF',
    ]);
    expect(maturityLevels(lts).map((l) => l.id)).toEqual(['lts', 'none']);
  });
});

describe('the validator holds maturity to the foundation', () => {
  const minimal = readFileSync('tests/fixtures/valid/minimal.yaml', 'utf8');
  const parsed = parseCatalog(minimal);
  if (!parsed.ok) throw new Error(parsed.errors.map(formatError).join('\n'));
  const base = parsed.catalog;
  const errors = (foundation: Foundation | undefined, maturity: string) => {
    const catalog = { ...base, ...(foundation ? { foundation } : {}) };
    catalog.projects = base.projects.map((p) => ({ ...p, maturity }));
    const result = parseCatalog(serializeCatalog(catalog), 'c.yaml');
    return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
  };

  test('without a foundation, the CNCF levels', () => {
    expect(errors(undefined, 'incubating')).toEqual([]);
    expect(errors(undefined, 'working-group')[0]).toBe(
      'projects[0].maturity: expected one of graduated, incubating, sandbox, archived, none, got "working-group"',
    );
  });

  test('with one, its levels and none, and nothing else', () => {
    expect(errors(aswf.foundation, 'working-group')).toEqual([]);
    expect(errors(aswf.foundation, 'none')).toEqual([]);
    expect(errors(aswf.foundation, 'archived')[0]).toMatch(
      /^projects\[0\]\.maturity: expected one of graduated, incubating, sandbox, working-group, emeritus, none, got "archived"/,
    );
  });

  test('level ids are distinct and never none', () => {
    const foundation: Foundation = {
      name: 'X',
      short_name: 'X',
      levels: [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'A again' },
        { id: 'none', label: 'None' },
      ],
    };
    expect(errors(foundation, 'a')).toEqual([
      'foundation.levels[1].id: level "a" is listed twice',
      'foundation.levels[2].id: "none" is reserved for projects outside the foundation; drop this level',
    ]);
  });
});
