/**
 * An element's size as a ResizeObserver reports it, for an `{@attach}`. Svelte's `bind:clientWidth` also
 * reads the size as the element mounts, which forces a layout of the page in the middle of the mounting
 * task; read in the observer's callback, after the browser's own layout, it costs nothing more.
 */
export function observeSize(report: (element: HTMLElement) => void) {
  return (element: HTMLElement) => {
    const observer = new ResizeObserver(() => report(element));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
