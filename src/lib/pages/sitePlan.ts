/**
 * Everything the static site holds, as text: the pages, the problem maps, the badges, the data files,
 * the sitemap, and the SVG of each preview image (rasterised by the caller: turning SVG into PNG needs
 * a native rasteriser, which has no place in src/lib). Pure and deterministic: the same catalog and
 * options give the same files.
 */
import type { Catalog } from '../catalog/types.ts';
import { buildGraph } from '../graph/buildGraph.ts';
import { computeLayout } from '../graph/layout.ts';
import { renderMapSvg } from '../render/index.ts';
import { articlePage } from './articlePage.ts';
import { badgeSvg } from './badge.ts';
import { catalogFacts } from './catalogFacts.ts';
import { landscapeCreditHtml } from './landscapeCredit.ts';
import { dataPage, problemsIndex, projectsIndex } from './indexPages.ts';
import { paths } from './pagePaths.ts';
import { MAP_FIGURE, type PartsContext } from './pageParts.ts';
import { pageShell, type PageAssets, type PageFrame } from './pageShell.ts';
import { problemPage } from './problemPage.ts';
import { projectPage } from './projectPage.ts';
import { catalogJson, problemJson, projectsCsv } from './reuseData.ts';
import { siteLinks } from './siteLinks.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';

export const OG_SIZE = { width: 1200, height: 630 };

export interface SiteOptions {
  /** The public URL of the site's root; null: every URL stays relative. */
  siteUrl: string | null;
  /** The pages' stylesheet and script, as paths from the root. */
  assets: PageAssets;
}

export interface SitePlan {
  /** Path from the root → file content. Pages are `<dir>/index.html`. */
  files: Map<string, string>;
  /** Path of each 1200×630 PNG to write → the SVG to rasterise. */
  images: Map<string, string>;
  /** Every page, as the directory path the sitemap lists (`''` is the app itself). */
  pages: string[];
}

export function planSite(catalog: Catalog, options: SiteOptions): SitePlan {
  const links = siteLinks(options.siteUrl);
  const facts = catalogFacts(catalog);
  const ctx: PartsContext = { from: '', links, facts };
  const shell = {
    links,
    assets: options.assets,
    article: catalog.article,
    landscape: landscapeCreditHtml(catalog),
  };
  const files = new Map<string, string>();
  const images = new Map<string, string>();
  const frames: PageFrame[] = [
    articlePage(ctx),
    problemsIndex(ctx),
    projectsIndex(ctx),
    dataPage(ctx),
    ...facts.problems.map((problem) => problemPage(problem, ctx)),
    ...facts.projects.map((project) => projectPage(project, ctx)),
  ];
  for (const frame of frames) files.set(`${frame.path}index.html`, pageShell(frame, shell));

  for (const problem of facts.problems) {
    for (const theme of ['light', 'dark'] as const) {
      const view = { theme, problems: [problem.id] };
      files.set(paths.problemMap(problem.id, theme), renderMapSvg({ catalog, view, ...MAP_FIGURE }));
    }
    images.set(
      paths.problemImage(problem.id),
      renderMapSvg({ catalog, view: { theme: 'light', problems: [problem.id] }, ...OG_SIZE }),
    );
    files.set(paths.problemJson(problem.id), problemJson(problem, facts));
  }
  for (const project of facts.projects) {
    const first = project.problems.map((id) => facts.problem(id)).find((p) => p !== undefined);
    if (first) files.set(paths.badge(project.id), badgeSvg(first.name));
  }
  const graph = buildGraph(catalog);
  const layout = computeLayout(graph);
  images.set(paths.mapImage, renderMapSvg({ catalog, graph, layout, view: { theme: 'light' }, ...OG_SIZE }));
  images.set(
    paths.articleImage,
    renderMapSvg({ catalog, graph, layout, view: { theme: 'light', article: true }, ...OG_SIZE }),
  );

  files.set(paths.catalogJson, catalogJson(catalog));
  files.set(paths.projectsCsv, projectsCsv(catalog));
  const pages = ['', ...frames.map((frame) => frame.path)];
  files.set(paths.sitemap, sitemapXml(pages, links));
  files.set(paths.robots, robotsTxt(links));
  return { files, images, pages };
}
