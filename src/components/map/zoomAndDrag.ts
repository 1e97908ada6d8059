/**
 * The one place where d3 touches the map's DOM: d3-zoom and d3-drag listen on
 * the canvas and report a transform or a dragged position through callbacks.
 * They never draw or change elements; the component owns state and drawing.
 */
import { drag } from 'd3-drag';
import { pointer, select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { MAX_ZOOM, MIN_ZOOM, type ZoomTransform } from '../../lib/graph/viewport.ts';

export interface ZoomAndDragOptions {
  /** Node index under a canvas point (CSS pixels), if any. */
  nodeAt(x: number, y: number): number | undefined;
  /** `byUser`: a wheel, a drag or a pinch moved the map (not a move the map made itself). */
  onZoom(transform: ZoomTransform, byUser: boolean): void;
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
  /** Where a running animation is heading and how many ms it has left, or undefined when none runs. */
  heading(): { transform: ZoomTransform; remaining: number } | undefined;
  /** Zoom around the centre of the canvas. */
  scaleBy(factor: number, duration: number): void;
  destroy(): void;
}

export function attachZoomAndDrag(canvas: HTMLCanvasElement, options: ZoomAndDragOptions): ZoomController {
  const selection = select(canvas);
  /** Where a running animation is heading, and until when. */
  let pending: { transform: ZoomTransform; until: number } | undefined;
  const startsOnNode = (event: Event): boolean => {
    if (event.type === 'mousedown') {
      const [x, y] = pointer(event, canvas);
      return options.nodeAt(x, y) !== undefined;
    }
    if (event.type !== 'touchstart') return false;
    const touches = (event as TouchEvent).touches;
    if (touches.length !== 1) return false;
    const [x, y] = pointer(touches[0]!, canvas);
    return options.nodeAt(x, y) !== undefined;
  };
  const behaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([MIN_ZOOM, MAX_ZOOM])
    .filter((event: MouseEvent & WheelEvent) => {
      if (event.type === 'wheel' && options.wheelNeedsModifier?.() && !event.ctrlKey && !event.metaKey) {
        options.onWheelRefused?.();
        return false;
      }
      // A press or a single finger on a node is the drag's (registered after zoom, so zoom must let it
      // pass); a second finger always belongs to zoom, so a pinch works wherever the fingers land.
      if (startsOnNode(event)) return false;
      // d3-zoom's default: no secondary buttons, and Ctrl only for the wheel.
      return (!event.ctrlKey || event.type === 'wheel') && !event.button;
    })
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      if (event.sourceEvent) pending = undefined; // the user took over from an animation
      const { x, y, k } = event.transform;
      options.onZoom({ x, y, k }, event.sourceEvent !== null);
    });

  // The node a finger is dragging; a second finger turns the gesture into a pinch and ends the drag
  // here, because d3-zoom then takes every touch event and d3-drag never hears of the fingers again.
  let dragged: number | undefined;
  const endDrag = () => {
    if (dragged === undefined) return;
    options.onDragEnd(dragged);
    dragged = undefined;
  };

  type Subject = { index: number; x: number; y: number } | null;
  const dragBehaviour = drag<HTMLCanvasElement, unknown, Subject>()
    .container(canvas)
    // No node under the pointer: no drag, and the gesture falls through to pan/zoom.
    .subject((event: { x: number; y: number }) => {
      const index = options.nodeAt(event.x, event.y);
      return index === undefined ? null : { index, x: event.x, y: event.y };
    })
    .on('start', (event: { subject: NonNullable<Subject> }) => {
      dragged = event.subject.index;
      options.onDragStart(dragged);
    })
    .on('drag', (event: { subject: NonNullable<Subject>; x: number; y: number }) => {
      if (dragged === event.subject.index) options.onDrag(dragged, event.x, event.y);
    })
    .on('end', endDrag);

  // Listeners run in the order they are added: the pinch check, then zoom (which lets presses on a
  // node through, see its filter), then drag.
  selection
    .on('touchstart.pinch', (event: TouchEvent) => {
      if (event.touches.length > 1) endDrag();
    })
    .call(behaviour)
    .on('dblclick.zoom', null)
    .call(dragBehaviour);

  const apply = (transform: ZoomTransform, duration: number) => {
    pending = duration > 0 ? { transform, until: performance.now() + duration } : undefined;
    const target = zoomIdentity.translate(transform.x, transform.y).scale(transform.k);
    if (duration > 0) selection.transition().duration(duration).call(behaviour.transform, target);
    else selection.interrupt().call(behaviour.transform, target);
  };
  const heading = () => {
    const remaining = pending ? pending.until - performance.now() : 0;
    return pending && remaining > 0 ? { transform: pending.transform, remaining } : undefined;
  };
  return {
    to: apply,
    heading,
    scaleBy(factor, duration) {
      // Scale from where a running animation is heading, not from where it is: pressing "-" twice quickly
      // zooms out twice (a new transition replaces the one before, which d3 would otherwise drop).
      const from = heading()?.transform ?? zoomTransform(canvas);
      const k = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, from.k * factor));
      const cx = canvas.clientWidth / 2;
      const cy = canvas.clientHeight / 2;
      apply({ x: cx - ((cx - from.x) / from.k) * k, y: cy - ((cy - from.y) / from.k) * k, k }, duration);
    },
    destroy() {
      selection.interrupt().on('.zoom', null).on('.drag', null).on('.pinch', null);
    },
  };
}
