/**
 * The outlines of the maturity shapes, traced with any pen: a canvas Path2D in
 * the app, an SVG path string in snapshots. One definition, so a shape reads
 * the same everywhere.
 */
import type { Shape } from './palette.ts';

export interface Pen {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  /** A pen that draws rectangles natively gets squares that way: Path2D.closePath is dear over thousands of nodes. */
  rect?(x: number, y: number, width: number, height: number): void;
}

/** Traces `shape` (circles excepted: each medium draws those natively) centred on x, y with radius r. */
export function traceShape(pen: Pen, shape: Exclude<Shape, 'circle'>, x: number, y: number, r: number) {
  switch (shape) {
    case 'diamond':
      pen.moveTo(x, y - r * 1.25);
      pen.lineTo(x + r * 1.25, y);
      pen.lineTo(x, y + r * 1.25);
      pen.lineTo(x - r * 1.25, y);
      break;
    case 'triangle':
      pen.moveTo(x, y - r * 1.3);
      pen.lineTo(x + r * 1.2, y + r * 0.9);
      pen.lineTo(x - r * 1.2, y + r * 0.9);
      break;
    case 'square':
      if (pen.rect) return pen.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      pen.moveTo(x - r * 0.9, y - r * 0.9);
      pen.lineTo(x + r * 0.9, y - r * 0.9);
      pen.lineTo(x + r * 0.9, y + r * 0.9);
      pen.lineTo(x - r * 0.9, y + r * 0.9);
      break;
    case 'cross': {
      const a = r * 0.45;
      pen.moveTo(x - r, y - r + a);
      pen.lineTo(x - r + a, y - r);
      pen.lineTo(x, y - a);
      pen.lineTo(x + r - a, y - r);
      pen.lineTo(x + r, y - r + a);
      pen.lineTo(x + a, y);
      pen.lineTo(x + r, y + r - a);
      pen.lineTo(x + r - a, y + r);
      pen.lineTo(x, y + a);
      pen.lineTo(x - r + a, y + r);
      pen.lineTo(x - r, y + r - a);
      pen.lineTo(x - a, y);
      break;
    }
  }
  pen.closePath();
}
