/**
 * The catalog as files for reuse: `catalog.json` (the whole validated catalog), `projects.csv` (one row
 * per project, RFC 4180) and one JSON file per problem with its projects. Each JSON file says where it
 * comes from and under which terms.
 */
import type { Catalog, Problem, Project } from '../catalog/types.ts';
import type { CatalogFacts } from './catalogFacts.ts';
import { landscapeCredit } from './landscapeCredit.ts';
import { datesOf } from './projectDates.ts';

/** The terms, said in every JSON file: our text under the project's licence, the landscape's facts credited. */
export function dataLicense(catalog: Catalog): string {
  const { name, url } = landscapeCredit(catalog);
  return (
    "The catalog's own text is under the MIT License (Cloud Native Map); facts about projects (names, maturity " +
    `levels, dates, homepage and repository URLs) come from the ${name}${url ? ` (${url})` : ''}; quotes are ` +
    'short excerpts of the article credited in `article`.'
  );
}

export function catalogJson(catalog: Catalog): string {
  return `${JSON.stringify({ license: dataLicense(catalog), ...catalog }, null, 2)}\n`;
}

export function problemJson(problem: Problem, facts: CatalogFacts): string {
  const projects = facts.projectsOf(problem.id).map((p: Project) => ({
    id: p.id,
    name: p.name,
    maturity: p.maturity,
    description: p.description,
    homepage: p.homepage,
    ...(p.repo ? { repo: p.repo } : {}),
  }));
  return `${JSON.stringify({ license: dataLicense(facts.catalog), problem, projects }, null, 2)}\n`;
}

/** A field quoted when it must be (RFC 4180): commas, quotes and line breaks; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const DATE_COLUMNS = ['accepted', 'incubating', 'graduated', 'archived'];

/** One row per project; problems separated by `;`; date columns only when some project has dates. */
export function projectsCsv(catalog: Catalog): string {
  const withDates = catalog.projects.some((p) => datesOf(p).length > 0);
  const header = [
    'id',
    'name',
    'maturity',
    'problems',
    'homepage',
    'repo',
    'category',
    ...(withDates ? DATE_COLUMNS : []),
  ];
  const rows = catalog.projects.map((p) => {
    const dates = new Map(datesOf(p));
    return [
      p.id,
      p.name,
      p.maturity,
      p.problems.join(';'),
      p.homepage,
      p.repo ?? '',
      p.category,
      ...(withDates ? DATE_COLUMNS.map((c) => dates.get(c) ?? '') : []),
    ];
  });
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
