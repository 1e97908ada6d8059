/** `/projects/<id>/`: what the project is, which problems it solves, what else solves them, and its badge. */
import { formerlyLabel } from '../catalog/formerlyLabel.ts';
import type { Project } from '../catalog/types.ts';
import { badgeSnippets } from './badge.ts';
import { clip } from './catalogFacts.ts';
import { escapeHtml } from './escapeHtml.ts';
import { appView, paths } from './pagePaths.ts';
import { exploreLink, mapFigure, maturityTag, type PartsContext } from './pageParts.ts';
import type { PageFrame } from './pageShell.ts';
import { projectDates } from './projectDates.ts';

const RELATED_PER_PROBLEM = 12;
const MARK = { page: '\u0000page\u0000', image: '\u0000image\u0000' };

/** A snippet as text on the page; a relative URL in it is marked, so the page's script can make it absolute. */
function snippetCode(id: string, snippet: string, urls: Record<keyof typeof MARK, string>): string {
  let text = escapeHtml(snippet);
  for (const key of Object.keys(MARK) as Array<keyof typeof MARK>) {
    const url = escapeHtml(urls[key]);
    const shown = /^https?:/.test(urls[key]) ? url : `<span data-url>${url}</span>`;
    text = text.split(MARK[key]).join(shown);
  }
  return `<pre><code id="${id}">${text}</code></pre>
<p data-needs-js hidden><button type="button" data-copy="${id}">Copy</button></p>`;
}

function related(project: Project, ctx: PartsContext): string {
  const groups = project.problems.map((problemId) => {
    const problem = ctx.facts.problem(problemId);
    if (!problem) return '';
    const others = ctx.facts.projectsOf(problemId).filter((p) => p.id !== project.id);
    if (others.length === 0) return '';
    const shown = others.slice(0, RELATED_PER_PROBLEM);
    const items = shown.map(
      (p) =>
        `<li><a href="${escapeHtml(ctx.links.href(ctx.from, paths.project(p.id)))}">${escapeHtml(p.name)}</a></li>`,
    );
    const problemHref = escapeHtml(ctx.links.href(ctx.from, paths.problem(problemId)));
    if (others.length > shown.length) {
      items.push(`<li><a href="${problemHref}">and ${others.length - shown.length} more</a></li>`);
    }
    return `<h3>Also solving <a href="${problemHref}">${escapeHtml(problem.name)}</a></h3>\n<ul class="related">${items.join('')}</ul>`;
  });
  const text = groups.filter(Boolean).join('\n');
  return text ? `<h2>Related projects</h2>\n${text}` : '';
}

export function projectPage(project: Project, ctx: PartsContext): PageFrame {
  const path = paths.project(project.id);
  const local = { ...ctx, from: path };
  const to = (target: string) => escapeHtml(ctx.links.href(path, target));
  const problems = project.problems.flatMap((id) => ctx.facts.problem(id) ?? []);
  const first = problems[0];
  const problemItems = problems.map(
    (p) =>
      `<li><a href="${to(paths.problem(p.id))}">${escapeHtml(p.name)}</a><br><span class="line">${escapeHtml(p.question)}</span></li>`,
  );
  const links = [
    `<a href="${escapeHtml(project.homepage)}">Homepage</a>`,
    ...(project.repo ? [`<a href="${escapeHtml(project.repo)}">Repository</a>`] : []),
  ];
  const dates = projectDates(project, ctx.facts.catalog);
  const imageAlt = first
    ? `Map of ${first.name}, the problem ${project.name} is listed under first: ${project.name} and the other projects that solve it, coloured by maturity.`
    : 'The whole Cloud Native Map.';
  let badge = '';
  if (first) {
    const urls = {
      page: ctx.links.absolute(path, path),
      image: ctx.links.absolute(path, paths.badge(project.id)),
    };
    const snippets = badgeSnippets(first.name, MARK.page, MARK.image);
    badge = `<h2>Badge for your README</h2>
<p><a href="${to(path)}"><img src="${to(paths.badge(project.id))}" alt="Cloud Native Map: ${escapeHtml(first.name)}" height="20"></a></p>
<h3>Markdown</h3>
${snippetCode('badge-markdown', snippets.markdown, urls)}
<h3>HTML</h3>
${snippetCode('badge-html', snippets.html, urls)}`;
  }
  const body = `<article>
<p class="eyebrow">${project.kind === 'organisation' ? 'Organisation' : 'Project'}</p>
<h1>${escapeHtml(project.name)}</h1>
<p class="kind">${maturityTag(project, ctx.facts)} · ${escapeHtml(project.category)}${
    project.named_in_article ? ' · <span class="named">named in the article</span>' : ''
  }${formerlyLabel(project) ? ` · ${escapeHtml(formerlyLabel(project)!)}` : ''}</p>
${project.description ? `<p class="lead">${escapeHtml(project.description)}</p>` : ''}
<p class="links">${links.join(' ')}</p>
${dates}
${exploreLink(appView.project(project.id), 'Explore on the map', local)}
<h2>Problems it solves</h2>
<ol class="problems">${problemItems.join('\n')}</ol>
${first ? mapFigure(first.id, imageAlt, `The map of ${escapeHtml(first.name)}: ${escapeHtml(project.name)} is one of its ${ctx.facts.projectsOf(first.id).length} projects.`, local) : ''}
${related(project, local)}
${badge}
</article>`;
  const solves = problems.map((p) => p.name.toLowerCase()).join(', ');
  return {
    path,
    title: `${project.name}: ${first ? first.name : 'project'} · Cloud Native Map`,
    description: clip(
      `${project.name} (${ctx.facts.maturityLabel(project)}) solves ${solves}. ${project.description ?? ''}`,
    ),
    image: { path: first ? paths.problemImage(first.id) : paths.mapImage, alt: imageAlt },
    body,
  };
}
