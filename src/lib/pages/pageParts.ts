/** Pieces several pages share: the map picture in both themes, the app link, a list of projects. */
import type { Project } from '../catalog/types.ts';
import type { CatalogFacts } from './catalogFacts.ts';
import { firstSentence } from './catalogFacts.ts';
import { escapeHtml } from './escapeHtml.ts';
import { paths } from './pagePaths.ts';
import type { SiteLinks } from './siteLinks.ts';

/** The size the problem maps are drawn at (CSS pixels). */
export const MAP_FIGURE = { width: 800, height: 560 };

export interface PartsContext {
  from: string;
  links: SiteLinks;
  facts: CatalogFacts;
}

export function mapFigure(problemId: string, alt: string, caption: string, ctx: PartsContext): string {
  const to = (target: string) => escapeHtml(ctx.links.href(ctx.from, target));
  const { width, height } = MAP_FIGURE;
  return `<figure class="map">
<picture>
<source srcset="${to(paths.problemMap(problemId, 'dark'))}" media="(prefers-color-scheme: dark)">
<img src="${to(paths.problemMap(problemId, 'light'))}" width="${width}" height="${height}" alt="${escapeHtml(alt)}">
</picture>
<figcaption>${caption}</figcaption>
</figure>`;
}

/** Into the app with a view; shown only once the page's script runs, since the app needs JavaScript. */
export function exploreLink(query: string, label: string, ctx: PartsContext): string {
  const href = escapeHtml(ctx.links.href(ctx.from, '') + query);
  return `<p class="explore" data-needs-js hidden><a class="button" href="${href}">${escapeHtml(label)}</a></p>`;
}

export function maturityTag(project: Project, facts: CatalogFacts): string {
  return `<span class="maturity m-${escapeHtml(facts.maturityStyle(project))}">${escapeHtml(facts.maturityLabel(project))}</span>`;
}

export function projectList(projects: Project[], ctx: PartsContext): string {
  const items = projects.map((project) => {
    const href = escapeHtml(ctx.links.href(ctx.from, paths.project(project.id)));
    const line = firstSentence(project.description);
    return `<li><a href="${href}">${escapeHtml(project.name)}</a> ${maturityTag(project, ctx.facts)}${
      project.named_in_article ? ' <span class="named">named in the article</span>' : ''
    }${line ? `<br><span class="line">${escapeHtml(line)}</span>` : ''}</li>`;
  });
  return `<ul class="projects">\n${items.join('\n')}\n</ul>`;
}
