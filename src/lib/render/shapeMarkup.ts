/**
 * One node's shape as an SVG element, in screen pixels: the same outlines as
 * the canvas painter (src/components/map/drawMap.ts), so maturity reads the
 * same by shape in the app, the embed and a snapshot.
 */
import type { Shape } from '../graph/palette.ts';
import { formatNumber as n } from './formatNumber.ts';

function polygon(points: Array<[number, number]>): string {
  return `M${points.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}Z`;
}

/** The outline of `shape` centred on x, y with radius r, as path data (circles excepted). */
function outline(shape: Exclude<Shape, 'circle'>, x: number, y: number, r: number): string {
  switch (shape) {
    case 'diamond':
      return polygon([
        [x, y - r * 1.25],
        [x + r * 1.25, y],
        [x, y + r * 1.25],
        [x - r * 1.25, y],
      ]);
    case 'triangle':
      return polygon([
        [x, y - r * 1.3],
        [x + r * 1.2, y + r * 0.9],
        [x - r * 1.2, y + r * 0.9],
      ]);
    case 'square':
      return polygon([
        [x - r * 0.9, y - r * 0.9],
        [x + r * 0.9, y - r * 0.9],
        [x + r * 0.9, y + r * 0.9],
        [x - r * 0.9, y + r * 0.9],
      ]);
    case 'cross': {
      const a = r * 0.45;
      return polygon([
        [x - r, y - r + a],
        [x - r + a, y - r],
        [x, y - a],
        [x + r - a, y - r],
        [x + r, y - r + a],
        [x + a, y],
        [x + r, y + r - a],
        [x + r - a, y + r],
        [x, y + a],
        [x - r + a, y + r],
        [x - r, y + r - a],
        [x - a, y],
      ]);
    }
  }
}

/** `<circle …/>` or `<path …/>`; `attributes` (already escaped) are appended as they are. */
export function shapeMarkup(shape: Shape, x: number, y: number, r: number, attributes = ''): string {
  const extra = attributes ? ` ${attributes}` : '';
  if (shape === 'circle') return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r, 2)}"${extra}/>`;
  return `<path d="${outline(shape, x, y, r)}"${extra}/>`;
}
