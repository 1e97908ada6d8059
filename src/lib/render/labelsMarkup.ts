/**
 * Labels as SVG text with a halo (a wide stroke painted under the fill), as
 * the canvas draws them: hub names bold and centred under their hub (on two
 * lines when long), project names to the side, the article's name inside its
 * node. Every name is escaped.
 */
import { escapeXml } from './escapeXml.ts';
import type { MeasureText } from './estimateTextWidth.ts';
import { formatNumber as n } from './formatNumber.ts';
import { FONT_ARTICLE, LINE_HEIGHT } from './labelRules.ts';
import type { MapLabel } from './chooseLabels.ts';
import { paint } from './paintAttributes.ts';
import { DIM_LABEL_ALPHA, type Scene } from './scene.ts';

/** From the vertical middle of a line to its alphabetic baseline, in ems (canvas `textBaseline = 'middle'`). */
const MIDDLE_TO_BASELINE = 0.34;

function lineY(label: MapLabel, line: number, size: number): number {
  return label.y + 1.5 + LINE_HEIGHT * (line + 0.5) + size * MIDDLE_TO_BASELINE;
}

function hubLabel(s: Scene, label: MapLabel): string {
  const x = n(label.x + label.width / 2);
  const dim = s.emphasis && s.emphasis[label.index] !== 1 ? ` opacity="${DIM_LABEL_ALPHA}"` : '';
  const lines = label.lines.map(
    (line, i) => `<tspan x="${x}" y="${n(lineY(label, i, 13))}">${escapeXml(line)}</tspan>`,
  );
  return `<text${dim}>${lines.join('')}</text>`;
}

function projectLabel(s: Scene, label: MapLabel): string {
  const strong = label.index === s.selected ? ` ${paint('fill', s.palette.text)}` : '';
  const text = escapeXml(label.lines[0] ?? '');
  return `<text x="${n(label.x + 3)}" y="${n(lineY(label, 0, 12))}"${strong}>${text}</text>`;
}

function articleLabel(s: Scene, measure: MeasureText): string {
  if (!s.shown(0)) return '';
  const c = s.palette;
  const x = s.screen[0]!;
  const y = s.screen[1]!;
  const r = s.radii[0]!;
  const text = escapeXml(s.graph.nodes[0]!.label);
  const dim = s.emphasis && s.emphasis[0] !== 1 ? ` opacity="${DIM_LABEL_ALPHA}"` : '';
  const common = `text-anchor="middle" font-size="13" font-weight="700"${dim}`;
  const inside = measure(s.graph.nodes[0]!.label, FONT_ARTICLE) < 2 * r - 6;
  if (inside)
    return `<text x="${n(x)}" y="${n(y + 13 * MIDDLE_TO_BASELINE)}" ${common} ${paint('fill', c.background)}>${text}</text>`;
  const halo = `${paint('stroke', c.halo)} stroke-width="4" stroke-linejoin="round" paint-order="stroke"`;
  return `<text x="${n(x)}" y="${n(y + r + 10 + 13 * MIDDLE_TO_BASELINE)}" ${common} ${paint('fill', c.text)} ${halo}>${text}</text>`;
}

export function labelsMarkup(s: Scene, labels: MapLabel[], measure: MeasureText): string {
  const c = s.palette;
  const hubs: string[] = [];
  const projects: string[] = [];
  for (const label of labels) {
    if (s.graph.nodes[label.index]!.kind === 'problem') hubs.push(hubLabel(s, label));
    else projects.push(projectLabel(s, label));
  }
  const halo = `${paint('stroke', c.halo)} stroke-width="4" stroke-linejoin="round" paint-order="stroke"`;
  const out = [`<g ${halo}>`];
  if (projects.length > 0)
    out.push(`<g font-size="12" ${paint('fill', c.textMuted)}>${projects.join('')}</g>`);
  if (hubs.length > 0) {
    out.push(
      `<g font-size="13" font-weight="600" text-anchor="middle" ${paint('fill', c.text)}>${hubs.join('')}</g>`,
    );
  }
  out.push('</g>', articleLabel(s, measure));
  return out.join('');
}
