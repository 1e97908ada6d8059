/**
 * Vite plugin: a page's HTML asks for its whole first view at once. Vite's own modulepreload links
 * cover the entry's static imports; the chunks the page imports dynamically on its way to the map
 * (the app's explorer, `firstView`) would otherwise be asked for only once the entry has run, one
 * more round trip before the map on a phone's network. Preloading fetches them without evaluating
 * them: the explorer's code still runs in a task of its own. Their CSS is preloaded, not applied,
 * and Vite's loader finds it in the cache when the import comes.
 */
import { posix } from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { cssOf, firstViewChunks, type FirstView } from './firstViewChunks.ts';

export function preloadFirstView(firstView: FirstView): Plugin {
  return {
    name: 'cloud-native-map:preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk, path }) {
        const always = chunk ? firstView[chunk.name] : undefined;
        if (!bundle || !chunk || !always) return html;
        const { files } = firstViewChunks(bundle, chunk as Rollup.OutputChunk, always);
        const href = (file: string) => {
          const relative = posix.relative(posix.dirname(path), `/${file}`);
          return relative.startsWith('../') ? relative : `./${relative}`;
        };
        const linked = (file: string) => html.includes(`"${href(file)}"`);
        const link = (attrs: Record<string, string | boolean>, file: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { ...attrs, crossorigin: true, href: href(file) },
          injectTo: 'head',
        });
        return [
          ...[...files].filter((file) => !linked(file)).map((file) => link({ rel: 'modulepreload' }, file)),
          ...[...cssOf(bundle, files)]
            .filter((file) => !linked(file))
            .map((file) => link({ rel: 'preload', as: 'style' }, file)),
        ];
      },
    },
  };
}
