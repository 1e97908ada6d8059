/**
 * Runs work once the map has painted its first frame, in a task of its own: on a slow phone, the task
 * that mounts the explorer and the map's first frame must not carry the regions the first view can do
 * without (the sidebar's filters and list).
 */

/** Calls `run` in a task after the next frame (its layout done, its ResizeObservers told). Returns a cancel. */
export function afterNextFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** The mark MapView makes when the first frame of a graph is painted (benchmarks and tests wait for it too). */
export const MAP_PAINTED_MARK = 'cloud-native-map:interactive';

/** With no map frame by then (a hidden or zero-sized map never paints), the work runs anyway. */
const FALLBACK_MS = 3000;

/**
 * Calls `run` in a task after the map's first frame (or at once, in a task of its own, when a map was
 * painted already). Returns a function that cancels it.
 */
export function afterMapPainted(run: () => void): () => void {
  let done = false;
  let observer: PerformanceObserver | undefined;
  const finish = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(fallback);
    run();
  };
  const fallback = setTimeout(finish, FALLBACK_MS);
  if (performance.getEntriesByName(MAP_PAINTED_MARK, 'mark').length > 0) {
    clearTimeout(fallback);
    const timer = setTimeout(finish, 0);
    return () => {
      done = true;
      clearTimeout(timer);
    };
  }
  if (typeof PerformanceObserver === 'function') {
    // Every observer of the mark is called in one task, queued after the frame that made it: each run
    // gets a task of its own after that (the sidebar's mount and the search engine's handoff were one).
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(MAP_PAINTED_MARK).length > 0) setTimeout(finish, 0);
    });
    observer.observe({ type: 'mark' });
  }
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(fallback);
  };
}
