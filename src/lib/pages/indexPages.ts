/** `/problems/`, `/projects/` and `/data/`: the lists that make every page reachable by a link. */
import { compareNames } from '../catalog/compareNames.ts';
import { clip } from './catalogFacts.ts';
import { escapeHtml } from './escapeHtml.ts';
import { landscapeCreditHtml } from './landscapeCredit.ts';
import { paths } from './pagePaths.ts';
import { projectList, type PartsContext } from './pageParts.ts';
import type { PageFrame } from './pageShell.ts';

const WHOLE_MAP_ALT =
  'The whole Cloud Native Map: every problem and the projects that solve it, coloured by maturity.';

export function problemsIndex(ctx: PartsContext): PageFrame {
  const path = paths.problems;
  const to = (target: string) => escapeHtml(ctx.links.href(path, target));
  const items = ctx.facts.problems.map((p) => {
    const count = ctx.facts.projectsOf(p.id).length;
    return `<li><a href="${to(paths.problem(p.id))}">${escapeHtml(p.name)}</a> <span class="count">${count} project${count === 1 ? '' : 's'}</span><br><span class="line">${escapeHtml(p.question)}</span></li>`;
  });
  return {
    path,
    title: `${ctx.facts.problems.length} problems and the projects that solve them · Cloud Native Map`,
    description: clip(`${ctx.facts.catalog.article.thesis}`),
    image: { path: paths.mapImage, alt: WHOLE_MAP_ALT },
    body: `<h1>Problems</h1>\n<ul class="problems">\n${items.join('\n')}\n</ul>`,
  };
}

export function projectsIndex(ctx: PartsContext): PageFrame {
  const path = paths.projects;
  const local = { ...ctx, from: path };
  const sorted = [...ctx.facts.projects].sort((a, b) => compareNames(a.name, b.name));
  return {
    path,
    title: `${sorted.length} cloud-native projects by the problem they solve · Cloud Native Map`,
    description: `Every project on the map, A to Z, with its maturity and the problems it solves.`,
    image: { path: paths.mapImage, alt: WHOLE_MAP_ALT },
    body: `<h1>Projects</h1>\n${projectList(sorted, local)}`,
  };
}

/** The downloads, what is in them and under which terms. */
export function dataPage(ctx: PartsContext): PageFrame {
  const path = paths.data;
  const to = (target: string) => escapeHtml(ctx.links.href(path, target));
  const { article } = ctx.facts.catalog;
  const problems = ctx.facts.problems.map(
    (p) =>
      `<li><a href="${to(paths.problemJson(p.id))}">${escapeHtml(p.id)}.json</a> ${escapeHtml(p.name)}</li>`,
  );
  return {
    path,
    title: 'The data behind the map: JSON and CSV · Cloud Native Map',
    description:
      'Download the catalog as JSON, the projects as CSV, or one JSON file per problem, with the terms for reusing them.',
    image: { path: paths.mapImage, alt: WHOLE_MAP_ALT },
    body: `<h1>The data, for reuse</h1>
<ul class="downloads">
<li><a href="${to(paths.catalogJson)}">catalog.json</a>: the whole catalog (article, problems, projects), as validated.</li>
<li><a href="${to(paths.projectsCsv)}">projects.csv</a>: one row per project (id, name, maturity, problems, homepage, repo, category and dates when known), RFC 4180.</li>
<li><a href="${to('catalog.yaml')}">catalog.yaml</a>: the source the map is drawn from.</li>
</ul>
<h2>One file per problem</h2>
<ul class="downloads">\n${problems.join('\n')}\n</ul>
<h2>Licence</h2>
<p>The catalog's own text (problem questions, explanations, project descriptions) is published under the project's licence, the MIT License: reuse it, keep the credit.
Facts about projects (names, maturity levels, dates, homepage and repository addresses) come from
${landscapeCreditHtml(ctx.facts.catalog)}; credit it when you reuse them.
Quotes from the article are short excerpts of <a href="${escapeHtml(article.url)}">${escapeHtml(article.title)}</a> by ${escapeHtml(article.author)}, who holds their copyright.</p>`,
  };
}
