/**
 * The strip under the map: a one-line legend of the maturity shapes and the
 * article ring on the left (when the picture is wide enough), and the credit
 * to the article and its author on the right, always.
 */
import { MATURITIES, type Catalog, type Maturity } from '../catalog/types.ts';
import { MATURITY_SHAPE, type Palette } from '../graph/palette.ts';
import { creditText } from './describeView.ts';
import { escapeXml } from './escapeXml.ts';
import type { MeasureText } from './estimateTextWidth.ts';
import { formatNumber as n } from './formatNumber.ts';
import { paint } from './paintAttributes.ts';
import { shapeMarkup } from './shapeMarkup.ts';

/** Pixels at the bottom kept free of nodes for the footer. */
export const FOOTER_HEIGHT = 24;
const FONT = '11px system-ui, sans-serif';
const FONT_SIZE = 11;
const MARGIN = 10;

const SHORT_LABEL: Record<Maturity, string> = {
  graduated: 'graduated',
  incubating: 'incubating',
  sandbox: 'sandbox',
  archived: 'archived',
  none: 'outside the CNCF',
};

function legend(c: Palette, y: number, measure: MeasureText): { markup: string; width: number } {
  const parts: string[] = [];
  let x = MARGIN;
  const item = (mark: string, label: string) => {
    parts.push(mark, `<text x="${n(x + 13)}" y="${n(y + 4)}">${escapeXml(label)}</text>`);
    x += 13 + measure(label, FONT) + 12;
  };
  for (const maturity of MATURITIES) {
    const mark = shapeMarkup(MATURITY_SHAPE[maturity], x + 5, y, 4, paint('fill', c.maturity(maturity)));
    item(mark, SHORT_LABEL[maturity]);
  }
  const ring = `<circle cx="${n(x + 5)}" cy="${n(y)}" r="4.5" fill="none" ${paint('stroke', c.named)} stroke-width="1.6"/>`;
  item(ring, 'named in the article');
  return { markup: parts.join(''), width: x - MARGIN };
}

export function footerMarkup(
  catalog: Catalog,
  c: Palette,
  width: number,
  height: number,
  measure: MeasureText,
  withLegend = true,
): string {
  const y = height - FOOTER_HEIGHT / 2;
  const credit = creditText(catalog);
  const creditWidth = measure(credit.before + credit.title + credit.after, FONT);
  const text = paint('fill', c.textMuted);
  const parts = [`<g font-size="${FONT_SIZE}" ${text}>`];
  const drawn = withLegend ? legend(c, y, measure) : null;
  if (drawn && MARGIN + drawn.width + 16 + creditWidth + MARGIN <= width) parts.push(drawn.markup);
  parts.push(
    `<text x="${n(width - MARGIN)}" y="${n(y + 4)}" text-anchor="end">${escapeXml(credit.before)}` +
      `<tspan font-style="italic">${escapeXml(credit.title)}</tspan>${escapeXml(credit.after)}</text>`,
    '</g>',
  );
  return parts.join('');
}
