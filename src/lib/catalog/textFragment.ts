/**
 * Deep links into the article with a text fragment (`#:~:text=`). The Text
 * Fragments spec reserves `-`, `&` and `,` inside the text, so they are
 * percent-encoded on top of what encodeURIComponent already escapes.
 * https://wicg.github.io/scroll-to-text-fragment/#syntax
 */
export function encodeTextFragment(text: string): string {
  return encodeURIComponent(text.trim().replace(/\s+/g, ' ')).replace(/-/g, '%2D');
}

export function textFragmentUrl(articleUrl: string, quote: string): string {
  const base = articleUrl.split('#')[0]!;
  return `${base}#:~:text=${encodeTextFragment(quote)}`;
}
