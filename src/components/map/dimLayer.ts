/**
 * The dimmed map, painted once and reused while only the highlight changes. A keystroke in the search box
 * or a hover changes which nodes are lit and nothing else, yet a full frame redrew every dimmed node: on
 * a 2,400-project map that was most of a keystroke's paint. The layer holds every shown node at the dim
 * opacity (drawDimmed); a frame that matches it in everything but its highlight draws it as one image,
 * then its links' highlight, lit nodes, rings and labels over it as before (drawMap). A lit node covers
 * its dimmed self exactly, its shape being opaque; only the anti-aliased rim of its outline differs by a
 * few levels.
 *
 * The paint loop paints the layer between frames, for a view that holds still (the same zoom, size,
 * positions, theme, filters and day as the frame before, or for a moment), so a glide or a zoom never
 * pays for one per frame and no keystroke's frame pays for painting it.
 */
import { drawDimmed, type MapFrame } from './drawMap.ts';
import { sameMask } from './sameMask.ts';
import { showsLogos } from './samePixels.ts';

type Surface = OffscreenCanvas | HTMLCanvasElement;

/**
 * Whether two frames draw the same dimmed map: everything but the highlight, the rings and the labels. The
 * filters' and the day's masks are compared by content, as a view derives new ones on every keystroke.
 */
export function sameBase(a: MapFrame, b: MapFrame): boolean {
  return (
    a.graph === b.graph &&
    a.positions === b.positions &&
    a.radii === b.radii &&
    a.palette === b.palette &&
    a.transform.x === b.transform.x &&
    a.transform.y === b.transform.y &&
    a.transform.k === b.transform.k &&
    a.width === b.width &&
    a.height === b.height &&
    a.dpr === b.dpr &&
    sameMask(a.visible, b.visible) &&
    sameMask(a.maturity ?? null, b.maturity ?? null) &&
    sameLogos(a, b)
  );
}

/**
 * The sprite's handle is new on every frame; what it draws changes only when it arrives, and not at all
 * at a zoom where no node is big enough for its logo (the fitted view of a big map).
 */
function sameLogos(a: MapFrame, b: MapFrame): boolean {
  if (!a.logos === !b.logos && a.logos?.fromRadius === b.logos?.fromRadius && a.logos?.draw === b.logos?.draw)
    return true;
  return !showsLogos(a) && !showsLogos(b);
}

function surface(width: number, height: number): Surface | null {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

export class DimLayer {
  private canvas: Surface | null = null;
  private image: CanvasImageSource | null = null;
  private from: MapFrame | null = null;

  /** The layer painted for `frame`'s base, or null when there is none. */
  for(frame: MapFrame): CanvasImageSource | null {
    return this.image && this.from && sameBase(this.from, frame) ? this.image : null;
  }

  /** Paints the layer for `frame` (the canvas's own pixel size, as MapView sizes it) and returns it. */
  paint(frame: MapFrame): CanvasImageSource | null {
    const width = Math.round(frame.width * frame.dpr);
    const height = Math.round(frame.height * frame.dpr);
    if (width === 0 || height === 0) return null;
    if (!this.canvas || this.canvas.width !== width || this.canvas.height !== height)
      this.canvas = surface(width, height);
    const context = this.canvas?.getContext('2d') as CanvasRenderingContext2D | null | undefined;
    if (!this.canvas || !context) return null;
    drawDimmed(context, frame);
    this.drop();
    if ('transferToImageBitmap' in this.canvas) {
      // A bitmap is rasterised now, while painting the layer, not on the frame that first draws it.
      this.image = this.canvas.transferToImageBitmap();
    } else {
      context.getImageData(0, 0, 1, 1); // the same for a plain canvas: reading a pixel flushes its drawing
      this.image = this.canvas;
    }
    this.from = frame;
    return this.image;
  }

  drop(): void {
    if (this.image && typeof ImageBitmap === 'function' && this.image instanceof ImageBitmap)
      this.image.close();
    this.image = null;
    this.from = null;
  }
}
