/**
 * Auto height: the embed tells its parent page how tall its content is, so a
 * few lines on the host page can size the iframe. The message is
 * `{ type: 'cloud-native-map:resize', version: 1, height, id }` (height in CSS pixels, id from the
 * embed's `id` parameter or null). It carries nothing private, so it is posted to any origin; the
 * listener on the host checks the sender (see docs/embedding.md).
 */
export const RESIZE_MESSAGE = 'cloud-native-map:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  version: 1;
  height: number;
  id: string | null;
}

export function postHeights(element: HTMLElement, id: string | null): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, version: 1, height, id };
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(element);
  post();
  return () => observer.disconnect();
}
