/**
 * One node's shape as an SVG element, in screen pixels: the outlines of
 * traceShape, which the canvas painter draws too, so maturity reads the same by
 * shape in the app, the embed and a snapshot.
 */
import type { Shape } from '../graph/palette.ts';
import { traceShape } from '../graph/traceShape.ts';
import { formatNumber as n } from './formatNumber.ts';

/** The outline of `shape` centred on x, y with radius r, as path data (circles excepted). */
function outline(shape: Exclude<Shape, 'circle'>, x: number, y: number, r: number): string {
  let d = '';
  traceShape(
    {
      moveTo: (px, py) => (d += `M${n(px)} ${n(py)}`),
      lineTo: (px, py) => (d += `L${n(px)} ${n(py)}`),
      closePath: () => (d += 'Z'),
    },
    shape,
    x,
    y,
    r,
  );
  return d;
}

/** `<circle …/>` or `<path …/>`; `attributes` (already escaped) are appended as they are. */
export function shapeMarkup(shape: Shape, x: number, y: number, r: number, attributes = ''): string {
  const extra = attributes ? ` ${attributes}` : '';
  if (shape === 'circle') return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r, 2)}"${extra}/>`;
  return `<path d="${outline(shape, x, y, r)}"${extra}/>`;
}
