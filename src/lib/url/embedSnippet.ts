/**
 * The copy-paste HTML for embedding a view in a blog post: a responsive,
 * sandboxed, lazily loaded iframe; a no-JavaScript fallback image; a credit;
 * and the few lines that let the iframe size itself. One function, used by the
 * app's "Embed this view" dialog and by the tests' host pages.
 */
import { formatEmbedParams, type EmbedParams } from './embedParams.ts';
import { formatViewParams } from './viewParams.ts';

export interface SnippetOptions {
  /** Where the map is deployed, ending with a slash: `https://example.org/tools/map/`. */
  appUrl: string;
  params: EmbedParams;
  /** Names of the problems shown, for the iframe's title and the fallback's alt text. */
  problemNames: string[];
}

/**
 * allow-scripts: the map is a script. allow-same-origin: it reads catalog.json from its own server
 * (without it the frame's origin is opaque and every request would need CORS). allow-popups and
 * allow-popups-to-escape-sandbox: "Open in Cloud Native Map" and the article links open normal tabs.
 * Top navigation, forms, modals and downloads stay forbidden.
 */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedUrl(appUrl: string, params: EmbedParams): string {
  return new URL(`embed.html${formatEmbedParams(params)}`, appUrl).href;
}

/** The static picture for readers without JavaScript (built by `npm run build` into snapshots/). */
export function fallbackImageUrl(appUrl: string, params: EmbedParams): string {
  const dark = params.theme === 'dark' ? '-dark' : '';
  const file = params.problems.length === 1 && !dark ? `problem-${params.problems[0]}.svg` : `map${dark}.svg`;
  return new URL(`snapshots/${file}`, appUrl).href;
}

export function embedSnippet({ appUrl, params, problemNames }: SnippetOptions): string {
  const origin = new URL(appUrl).origin;
  const subject = problemNames.length > 0 ? problemNames.join(', ') : 'the problems microservices create';
  const title = `Cloud Native Map: ${subject}`;
  const explorer = new URL(formatViewParams(params) || '.', appUrl).href;
  const height = params.height + (params.controls === 'search' || params.controls === 'full' ? 100 : 45);
  return `<figure class="cloud-native-map" style="margin:1.5em 0">
  <iframe data-cloud-native-map src="${escapeAttribute(embedUrl(appUrl, params))}"
    title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;width:100%;display:block"
    loading="lazy" referrerpolicy="no-referrer" sandbox="${SANDBOX}"></iframe>
  <noscript><a href="${escapeAttribute(explorer)}"><img src="${escapeAttribute(fallbackImageUrl(appUrl, params))}"
    alt="${escapeAttribute(`${title}, after Making Sense Out Of Cloud Native Buzz by Ivan Velichko`)}" width="1200" style="max-width:100%;height:auto"></a></noscript>
  <figcaption>Map: <a href="${escapeAttribute(explorer)}">Cloud Native Map</a>, after
    <a href="https://iximiuz.com/en/posts/making-sense-out-of-cloud-native-buzz/">Making Sense Out Of Cloud Native Buzz</a> by Ivan Velichko</figcaption>
</figure>
<script>
  // Sizes the map's iframe to its content. Only messages from ${origin} are read.
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== '${origin}' || !data || data.type !== 'cloud-native-map:resize') return;
    var frames = document.querySelectorAll('iframe[data-cloud-native-map]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && typeof data.height === 'number') {
        frames[i].style.height = Math.max(150, Math.min(Math.ceil(data.height), 5000)) + 'px';
      }
    }
  });
</script>`;
}

/** The custom-element way: one tag and one script, for hosts that allow scripts. */
export function elementSnippet(appUrl: string, params: EmbedParams): string {
  const attributes: Array<[string, string]> = [];
  if (params.problems.length) attributes.push(['problem', params.problems.join(',')]);
  if (params.maturities.length) attributes.push(['maturity', params.maturities.join(',')]);
  if (params.article) attributes.push(['article', '1']);
  if (params.q) attributes.push(['q', params.q]);
  if (params.select) attributes.push(['select', params.select]);
  if (params.tour !== null) attributes.push(['tour', String(params.tour)]);
  attributes.push(['theme', params.theme], ['controls', params.controls], ['height', String(params.height)]);
  const text = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const script = new URL('cloud-native-map.js', appUrl).href;
  return `<cloud-native-map${text}></cloud-native-map>\n<script type="module" src="${escapeAttribute(script)}"></script>`;
}
