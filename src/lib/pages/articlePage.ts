/** `/article/`: the article's argument paragraph by paragraph, each with the problems it raises. */
import { clip } from './catalogFacts.ts';
import { escapeHtml } from './escapeHtml.ts';
import { appView, paths } from './pagePaths.ts';
import { exploreLink, type PartsContext } from './pageParts.ts';
import type { PageFrame } from './pageShell.ts';

export function articlePage(ctx: PartsContext): PageFrame {
  const path = paths.article;
  const local = { ...ctx, from: path };
  const { article } = ctx.facts.catalog;
  const to = (target: string) => escapeHtml(ctx.links.href(path, target));
  const problemLink = (id: string, name: string) =>
    `<a href="${to(paths.problem(id))}">${escapeHtml(name)}</a>`;
  const paragraphs = [...article.paragraphs]
    .sort((a, b) => a.paragraph - b.paragraph)
    .map((paragraph) => {
      const raised = ctx.facts.problems.filter((p) => p.article?.paragraph === paragraph.paragraph);
      const list = raised.length
        ? `<p class="raises">Problems: ${raised.map((p) => problemLink(p.id, p.name)).join(', ')}</p>`
        : '';
      return `<section>\n<h3>¶${paragraph.paragraph} ${escapeHtml(paragraph.title)}</h3>\n<p>${escapeHtml(paragraph.caption)}</p>\n${list}\n</section>`;
    });
  const beyond = ctx.facts.problems.filter((p) => p.article === null && p.why);
  const beyondList = beyond.length
    ? `<h2>Beyond the article</h2>
<p>Problems this catalog adds that the article does not discuss:</p>
<ul>${beyond.map((p) => `<li>${problemLink(p.id, p.name)}</li>`).join('')}</ul>`
    : '';
  const published = /^\d{4}-\d{2}-\d{2}$/.test(article.published)
    ? ` <time datetime="${article.published}">${escapeHtml(article.published)}</time>`
    : '';
  const body = `<article>
<p class="eyebrow">The article</p>
<h1>${escapeHtml(article.title)}</h1>
<p class="byline">By ${escapeHtml(article.author)}${published ? `,${published}` : ''}. <a href="${escapeHtml(article.url)}">Read the article</a>.</p>
<p class="lead">${escapeHtml(article.thesis)}</p>
${exploreLink(appView.article, 'Take the tour on the map', local)}
<h2>The argument, paragraph by paragraph</h2>
${paragraphs.join('\n')}
${beyondList}
</article>`;
  return {
    path,
    title: `${article.title}, by ${article.author}: the problems and their projects · Cloud Native Map`,
    description: clip(article.thesis),
    image: {
      path: paths.articleImage,
      alt: `The whole Cloud Native Map: every problem from ${article.title} and the projects that solve it.`,
    },
    type: 'article',
    body,
  };
}
