/**
 * The data files for reuse and the README badge: what someone downloading projects.csv or a problem's
 * JSON gets, read back with a strict RFC 4180 reader; badges sized to their text and safe to embed.
 */
import { describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/lib/catalog/index.ts';
import { badgeSnippets, badgeSvg, csvField, planSite, projectsCsv } from '../../src/lib/pages/index.ts';
import { bundledCatalog } from '../helpers/catalogs.ts';

/** RFC 4180: fields split by commas, records by CRLF, quoted fields may hold both, "" is a quote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        field += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    } else if (text[i] === ',') {
      endField();
      i++;
    } else if (text.startsWith('\r\n', i)) {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (text[i] === '\n' || text[i] === '\r') throw new Error(`bare line break at ${i}`);
    else field += text[i++];
  }
  if (field || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

const catalog = bundledCatalog();
const assets = { css: 'a.css', js: 'a.js' };

describe('projects.csv', () => {
  test('has one row per project with id, name, maturity, problems, homepage and repo', () => {
    const [header, ...rows] = readCsv(projectsCsv(catalog));
    expect(header!.slice(0, 6)).toEqual(['id', 'name', 'maturity', 'problems', 'homepage', 'repo']);
    expect(rows).toHaveLength(catalog.projects.length);
    for (const [i, project] of catalog.projects.entries()) {
      const row = rows[i]!;
      expect(row).toHaveLength(header!.length);
      expect(row.slice(0, 6)).toEqual([
        project.id,
        project.name,
        project.maturity,
        project.problems.join(';'),
        project.homepage,
        project.repo ?? '',
      ]);
    }
  });

  test('carries the dates once the catalog has them', () => {
    const [header, ...rows] = readCsv(projectsCsv(catalog));
    const dated = catalog.projects.findIndex((p) => p.dates?.accepted);
    if (dated < 0) return expect(header).not.toContain('accepted');
    expect(rows[dated]![header!.indexOf('accepted')]).toBe(catalog.projects[dated]!.dates!.accepted);
  });

  test('quotes commas, quotes and line breaks so that any text reads back unchanged', () => {
    const awkward = ['a,b', 'say "hi"', 'two\r\nlines', 'plain', '', ' spaced '];
    expect(awkward.map(csvField)).toEqual([
      '"a,b"',
      '"say ""hi"""',
      '"two\r\nlines"',
      'plain',
      '',
      ' spaced ',
    ]);
    const project = { ...catalog.projects[0]!, name: 'Acme, "the" \nthing', category: 'x,y' };
    const small: Catalog = { ...catalog, projects: [project] };
    expect(readCsv(projectsCsv(small))[1]![1]).toBe('Acme, "the" \nthing');
  });
});

describe('the JSON files', () => {
  const site = planSite(catalog, { siteUrl: null, assets });

  test('catalog.json is the catalog, with its licence', () => {
    const data = JSON.parse(site.files.get('data/catalog.json')!) as Catalog & { license: string };
    expect(data.license).toMatch(/MIT/);
    expect(data.license).toMatch(/CNCF landscape/);
    const { license: _license, ...rest } = data;
    expect(rest).toEqual(JSON.parse(JSON.stringify(catalog)));
  });

  test.each(catalog.problems.map((p) => [p.id]))(
    'data/problems/%s.json lists the projects that solve it',
    (id) => {
      const data = JSON.parse(site.files.get(`data/problems/${id}.json`)!) as {
        problem: { id: string };
        projects: Array<{ id: string }>;
      };
      expect(data.problem.id).toBe(id);
      const expected = catalog.projects.filter((p) => p.problems.includes(id)).map((p) => p.id);
      expect(data.projects.map((p) => p.id).sort()).toEqual(expected.sort());
    },
  );
});

describe('the badge', () => {
  test('names the map and the problem, and widens with the text', () => {
    const short = badgeSvg('RPC');
    const long = badgeSvg('Service discovery & coordination');
    const width = (svg: string) => Number(/width="(\d+)"/.exec(svg)![1]);
    expect(width(long)).toBeGreaterThan(width(short) + 100);
    expect(long).toContain('aria-label="Cloud Native Map: Service discovery &amp; coordination"');
    expect(long).not.toMatch(/<script|href=|@import|url\(http/);
  });

  test('snippets link the badge to the page, escaped for each language', () => {
    const s = badgeSnippets('A [b] "c"', 'https://x.org/p/', 'https://x.org/p/badge.svg');
    expect(s.markdown).toBe(
      '[![Cloud Native Map: A \\[b\\] "c"](https://x.org/p/badge.svg)](https://x.org/p/)',
    );
    expect(s.html).toBe(
      '<a href="https://x.org/p/"><img src="https://x.org/p/badge.svg" alt="Cloud Native Map: A [b] &quot;c&quot;" height="20"></a>',
    );
  });
});

test("credits another foundation's landscape when the catalog names its foundation", () => {
  const levels = ['Graduated', 'Incubating', 'Sandbox', 'Archived'].map((label) => ({
    id: label.toLowerCase(),
    label,
  }));
  const other: Catalog = {
    ...catalog,
    foundation: { name: 'Continuous Delivery Foundation', short_name: 'CDF', levels },
  };
  const site = planSite(other, { siteUrl: null, assets });
  expect(site.files.get('problems/tracing/index.html')).toContain(
    'Facts about projects come from the CDF landscape.',
  );
  expect(JSON.parse(site.files.get('data/catalog.json')!).license).toMatch(/from the CDF landscape;/);
  expect(site.files.get('data/index.html')).not.toMatch(/CNCF/);
  // Levels are that foundation's, never the CNCF's.
  const jaeger = site.files.get('projects/jaeger/index.html')!;
  expect(jaeger).toContain('CDF graduated');
  expect(jaeger).not.toMatch(/CNCF/);
  const cncf = planSite(catalog, { siteUrl: null, assets });
  expect(cncf.files.get('problems/tracing/index.html')).toContain(
    'from the <a href="https://github.com/cncf/landscape">CNCF landscape</a>',
  );
});
