/**
 * The one place where d3 touches the map's DOM: d3-zoom and d3-drag listen on
 * the canvas and report a transform or a dragged position through callbacks.
 * They never draw or change elements; the component owns state and drawing.
 */
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { MAX_ZOOM, MIN_ZOOM, type ZoomTransform } from '../../lib/graph/viewport.ts';

export interface ZoomAndDragOptions {
  /** Node index under a canvas point (CSS pixels), if any. */
  nodeAt(x: number, y: number): number | undefined;
  onZoom(transform: ZoomTransform): void;
  onDragStart(index: number): void;
  /** The dragged node's new position in canvas pixels. */
  onDrag(index: number, x: number, y: number): void;
  onDragEnd(index: number): void;
  /**
   * In a page that scrolls (an embed in a blog post), a plain wheel scrolls the page and only
   * Ctrl/Cmd + wheel (or a trackpad pinch, which sends ctrlKey) zooms. Called with the refused event.
   */
  wheelNeedsModifier?: () => boolean;
  onWheelRefused?: () => void;
}

export interface ZoomController {
  /** Move to a transform, animated unless `duration` is 0. */
  to(transform: ZoomTransform, duration: number): void;
  /** Zoom around the centre of the canvas. */
  scaleBy(factor: number, duration: number): void;
  destroy(): void;
}

export function attachZoomAndDrag(canvas: HTMLCanvasElement, options: ZoomAndDragOptions): ZoomController {
  const selection = select(canvas);
  const behaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([MIN_ZOOM, MAX_ZOOM])
    .filter((event: MouseEvent & WheelEvent) => {
      if (event.type === 'wheel' && options.wheelNeedsModifier?.() && !event.ctrlKey && !event.metaKey) {
        options.onWheelRefused?.();
        return false;
      }
      // d3-zoom's default: no secondary buttons, and Ctrl only for the wheel.
      return (!event.ctrlKey || event.type === 'wheel') && !event.button;
    })
    .on('zoom', (event: { transform: ZoomTransform }) => {
      const { x, y, k } = event.transform;
      options.onZoom({ x, y, k });
    });

  type Subject = { index: number; x: number; y: number } | null;
  const dragBehaviour = drag<HTMLCanvasElement, unknown, Subject>()
    .container(canvas)
    // No node under the pointer: no drag, and the gesture falls through to pan/zoom.
    .subject((event: { x: number; y: number }) => {
      const index = options.nodeAt(event.x, event.y);
      return index === undefined ? null : { index, x: event.x, y: event.y };
    })
    .on('start', (event: { subject: NonNullable<Subject> }) => options.onDragStart(event.subject.index))
    .on('drag', (event: { subject: NonNullable<Subject>; x: number; y: number }) =>
      options.onDrag(event.subject.index, event.x, event.y),
    )
    .on('end', (event: { subject: NonNullable<Subject> }) => options.onDragEnd(event.subject.index));

  // Drag first: when it claims a gesture, zoom does not see it.
  selection.call(dragBehaviour).call(behaviour).on('dblclick.zoom', null);

  const apply = (transform: ZoomTransform, duration: number) => {
    const target = zoomIdentity.translate(transform.x, transform.y).scale(transform.k);
    if (duration > 0) selection.transition().duration(duration).call(behaviour.transform, target);
    else selection.interrupt().call(behaviour.transform, target);
  };
  return {
    to: apply,
    scaleBy(factor, duration) {
      if (duration > 0) selection.transition().duration(duration).call(behaviour.scaleBy, factor);
      else selection.call(behaviour.scaleBy, factor);
    },
    destroy() {
      selection.interrupt().on('.zoom', null).on('.drag', null);
    },
  };
}
