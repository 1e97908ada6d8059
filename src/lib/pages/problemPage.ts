/** `/problems/<id>/`: the problem, why it arises, what the article says, and every project that solves it. */
import { textFragmentUrl } from '../catalog/textFragment.ts';
import type { Problem } from '../catalog/types.ts';
import { clip } from './catalogFacts.ts';
import { escapeHtml } from './escapeHtml.ts';
import { appView, paths } from './pagePaths.ts';
import { exploreLink, mapFigure, projectList, type PartsContext } from './pageParts.ts';
import type { PageFrame } from './pageShell.ts';

/** The article's words with a link that scrolls to them, or the note that the catalog adds the problem. */
export function articleClaim(problem: Problem, ctx: PartsContext): string {
  const { article } = ctx.facts.catalog;
  // A landscape's own heading (no article, no `why`) is not a problem beyond the article: nothing to say.
  if (!problem.article && !problem.why) return '';
  if (!problem.article) {
    return `<p class="claim"><span class="badge extension">Beyond the article</span> The article does not discuss this problem; this catalog adds it.</p>`;
  }
  const href = escapeHtml(textFragmentUrl(article.url, problem.article.quote));
  return `<blockquote class="claim"><p>“${escapeHtml(problem.article.quote)}”</p>
<footer><a href="${href}">¶${problem.article.paragraph} of ${escapeHtml(article.author)}’s article</a>, ${escapeHtml(article.title)}</footer></blockquote>`;
}

export function problemPage(problem: Problem, ctx: PartsContext): PageFrame {
  const path = paths.problem(problem.id);
  const local = { ...ctx, from: path };
  const projects = ctx.facts.projectsOf(problem.id);
  const count = `${projects.length} project${projects.length === 1 ? '' : 's'}`;
  const alt = `Map of ${problem.name}: the ${count} that solve it, coloured by maturity.`;
  const itemList = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: `Projects for ${problem.name}`,
    description: problem.question,
    url: ctx.links.absolute(path, path),
    numberOfItems: projects.length,
    itemListElement: projects.map((project, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: project.name,
      url: ctx.links.absolute(path, paths.project(project.id)),
    })),
  };
  const json = escapeHtml(ctx.links.href(path, paths.problemJson(problem.id)));
  const body = `<article>
<p class="eyebrow">${problem.group ? `Problem · ${escapeHtml(problem.group)}` : 'Problem'}</p>
<h1>${escapeHtml(problem.name)}</h1>
<p class="lead">${escapeHtml(problem.question)}</p>
${problem.why ? `<h2>Why it arises</h2>\n<p>${escapeHtml(problem.why)}</p>` : ''}
${articleClaim(problem, local)}
${exploreLink(appView.problem(problem.id), 'Explore on the map', local)}
${mapFigure(problem.id, alt, `${escapeHtml(problem.name)} and the ${count} that solve it.`, local)}
<h2>${count} that solve it</h2>
${projectList(projects, local)}
<p class="data">This list as data: <a href="${json}">${escapeHtml(problem.id)}.json</a>.</p>
</article>`;
  return {
    path,
    title: `${problem.name}: ${count} that solve it · Cloud Native Map`,
    description: clip(`${problem.question} ${problem.why ?? ''}`),
    image: { path: paths.problemImage(problem.id), alt },
    jsonLd: itemList,
    body,
  };
}
