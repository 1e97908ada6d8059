/**
 * A README badge in the flat style READMEs already carry ("Cloud Native Map | Distributed tracing"),
 * linking to the project's page, with the Markdown and HTML to paste. The SVG is self-contained: no
 * fonts, links or scripts, so GitHub's image proxy and any host serve it as is.
 */
import { escapeXml } from '../render/escapeXml.ts';
import { estimateTextWidth } from '../render/estimateTextWidth.ts';
import { escapeHtml } from './escapeHtml.ts';

const LEFT = 'Cloud Native Map';
const FONT = '11px Verdana';
const PAD = 6;
const HEIGHT = 20;

export function badgeSvg(problemName: string): string {
  const right = problemName.length > 60 ? `${problemName.slice(0, 59)}…` : problemName;
  const leftWidth = Math.round(estimateTextWidth(LEFT, FONT) + 2 * PAD);
  const rightWidth = Math.round(estimateTextWidth(right, FONT) + 2 * PAD);
  const width = leftWidth + rightWidth;
  const label = escapeXml(`${LEFT}: ${right}`);
  const text = (x: number, value: string) =>
    `<text x="${x}" y="15" fill="#010101" fill-opacity=".3">${value}</text><text x="${x}" y="14">${value}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" role="img" aria-label="${label}">
<title>${label}</title>
<clipPath id="r"><rect width="${width}" height="${HEIGHT}" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="${leftWidth}" height="${HEIGHT}" fill="#1e293b"/><rect x="${leftWidth}" width="${rightWidth}" height="${HEIGHT}" fill="#1d4ed8"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana, 'DejaVu Sans', Geneva, sans-serif" font-size="11">
${text(leftWidth / 2, escapeXml(LEFT))}
${text(leftWidth + rightWidth / 2, escapeXml(right))}
</g>
</svg>
`;
}

export interface BadgeSnippets {
  markdown: string;
  html: string;
}

/** `pageUrl` and `imageUrl` as the reader should paste them: absolute when the site's URL is known. */
export function badgeSnippets(problemName: string, pageUrl: string, imageUrl: string): BadgeSnippets {
  const alt = `${LEFT}: ${problemName}`;
  const markdownAlt = alt.replace(/([\\[\]])/g, '\\$1');
  return {
    markdown: `[![${markdownAlt}](${imageUrl})](${pageUrl})`,
    html: `<a href="${escapeHtml(pageUrl)}"><img src="${escapeHtml(imageUrl)}" alt="${escapeHtml(alt)}" height="20"></a>`,
  };
}
