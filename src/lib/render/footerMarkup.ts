/**
 * The strip under the map: a one-line legend of the maturity shapes and the
 * article ring on the left (when the picture is wide enough), with the hollow
 * mark of projects without dates on a picture of a past day, and the credit to the
 * article and its author on the right, always.
 */
import { maturityLegend, type MaturityLegendEntry } from '../catalog/maturityLabel.ts';
import type { Catalog } from '../catalog/types.ts';
import { MATURITY_SHAPE, type Palette } from '../graph/palette.ts';
import { creditText } from './describeView.ts';
import { escapeXml } from './escapeXml.ts';
import type { MeasureText } from './estimateTextWidth.ts';
import { formatNumber as n } from './formatNumber.ts';
import { paint } from './paintAttributes.ts';
import { shapeMarkup } from './shapeMarkup.ts';
import { groupDigits } from '../catalog/groupDigits.ts';

const ROW = 18;
const FONT = '11px system-ui, sans-serif';
const FONT_SIZE = 11;
const MARGIN = 10;

const NAMED = 'named in the article';
const undatedLabel = (count: number) => `${groupDigits(count)} undated, shown on every day`;

const itemWidth = (label: string, measure: MeasureText) => 13 + measure(label, FONT) + 12;

function legend(
  c: Palette,
  y: number,
  measure: MeasureText,
  entries: MaturityLegendEntry[],
  undated: number | undefined,
): string {
  const parts: string[] = [];
  let x = MARGIN;
  const item = (mark: string, label: string) => {
    parts.push(mark, `<text x="${n(x + 13)}" y="${n(y + 4)}">${escapeXml(label)}</text>`);
    x += itemWidth(label, measure);
  };
  for (const { style, short } of entries) {
    item(shapeMarkup(MATURITY_SHAPE[style], x + 5, y, 4, paint('fill', c.maturity(style))), short);
  }
  const ring = `<circle cx="${n(x + 5)}" cy="${n(y)}" r="4.5" fill="none" ${paint('stroke', c.named)} stroke-width="1.6"/>`;
  item(ring, NAMED);
  if (undated) {
    const mark = `<circle cx="${n(x + 5)}" cy="${n(y)}" r="4.5" ${paint('fill', c.textMuted)}/>`;
    const hole = `<circle cx="${n(x + 5)}" cy="${n(y)}" r="2.25" ${paint('fill', c.background)}/>`;
    item(mark + hole, undatedLabel(undated));
  }
  return parts.join('');
}

export interface Footer {
  /** Pixels at the bottom kept free of nodes and labels. */
  height: number;
  markup: (c: Palette) => string;
}

/**
 * The credit on the right of the bottom row; the legend on its left when both fit, on a row of its own
 * above it when only the legend fits, and left out when the picture is narrower than the legend.
 */
export function planFooter(
  catalog: Catalog,
  width: number,
  height: number,
  measure: MeasureText,
  withLegend = true,
  /** Projects without dates on a picture of a past day (at=): the legend explains their ring. */
  undated?: number,
): Footer {
  const credit = creditText(catalog);
  const creditWidth = measure(credit.before + credit.title + credit.after, FONT);
  const entries = maturityLegend(catalog);
  const labels = [...entries.map((e) => e.short), NAMED, ...(undated ? [undatedLabel(undated)] : [])];
  const legendWidth = labels.reduce((sum, label) => sum + itemWidth(label, measure), 0);
  const room = width - 2 * MARGIN;
  const rows = !withLegend || legendWidth > room ? 1 : legendWidth + 16 + creditWidth <= room ? 1 : 2;
  const showLegend = withLegend && legendWidth <= room;
  const bottom = height - 12;
  return {
    height: 6 + rows * ROW,
    markup: (c) =>
      [
        `<g font-size="${FONT_SIZE}" ${paint('fill', c.textMuted)}>`,
        showLegend ? legend(c, rows === 1 ? bottom : bottom - ROW, measure, entries, undated) : '',
        `<text x="${n(width - MARGIN)}" y="${n(bottom + 4)}" text-anchor="end">${escapeXml(credit.before)}`,
        `<tspan font-style="italic">${escapeXml(credit.title)}</tspan>${escapeXml(credit.after)}</text>`,
        '</g>',
      ].join(''),
  };
}
