/**
 * Calls `start` once `element` comes near the viewport (within `margin`), so an embed far down a host page
 * downloads and draws nothing until the reader scrolls towards it, and many embeds on one page start one
 * at a time as they come into view. Where IntersectionObserver is missing, it starts at once. Returns a
 * function that stops waiting.
 */
export function whenNear(element: Element, start: () => void, margin = '400px'): () => void {
  if (typeof IntersectionObserver !== 'function') {
    start();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: `${margin} 0px` },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
