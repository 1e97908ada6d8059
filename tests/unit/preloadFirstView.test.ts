import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, Rollup } from 'vite';
import { firstViewChunks } from '../../scripts/firstViewChunks.ts';
import { preloadFirstView } from '../../scripts/vite-preload.ts';

type Chunk = Rollup.OutputChunk & { viteMetadata: { importedCss: Set<string> } };

/** A bundle as Vite hands it to plugins, reduced to what the first view reads. */
function chunk(
  fileName: string,
  imports: string[],
  dynamicImports: string[] = [],
  css: string[] = [],
): Chunk {
  return {
    type: 'chunk',
    fileName,
    name: fileName.replace(/^assets\//, '').replace(/-\w{8}\.js$/, ''),
    isEntry: fileName.startsWith('assets/main-'),
    imports,
    dynamicImports,
    viteMetadata: { importedCss: new Set(css) },
  } as unknown as Chunk;
}

const bundle = Object.fromEntries(
  [
    chunk(
      'assets/main-AAAAAAAA.js',
      ['assets/shared-BBBBBBBB.js'],
      ['assets/Explorer-CCCCCCCC.js', 'assets/search-DDDDDDDD.js'],
    ),
    chunk('assets/shared-BBBBBBBB.js', []),
    chunk(
      'assets/Explorer-CCCCCCCC.js',
      ['assets/shared-BBBBBBBB.js', 'assets/MapView-EEEEEEEE.js'],
      [],
      ['assets/Explorer-x.css'],
    ),
    chunk('assets/MapView-EEEEEEEE.js', [], ['assets/search-DDDDDDDD.js'], ['assets/MapView-y.css']),
    chunk('assets/search-DDDDDDDD.js', []),
  ].map((c) => [c.fileName, c]),
) as unknown as Rollup.OutputBundle;
const main = bundle['assets/main-AAAAAAAA.js'] as Rollup.OutputChunk;

describe('the first view of a page', () => {
  it('is the entry, its static imports, and the dynamic imports named as always on the way to the map, with theirs', () => {
    const { files, missing } = firstViewChunks(bundle, main, ['Explorer']);
    expect([...files].sort()).toEqual([
      'assets/Explorer-CCCCCCCC.js',
      'assets/MapView-EEEEEEEE.js',
      'assets/main-AAAAAAAA.js',
      'assets/shared-BBBBBBBB.js',
    ]);
    expect(missing).toEqual([]);
  });

  it('says which named chunks the entry does not import, so a renamed component cannot drop out silently', () => {
    expect(firstViewChunks(bundle, main, ['Explorer', 'Explorr']).missing).toEqual(['Explorr']);
  });
});

describe('the first-view preload', () => {
  const transform = (html: string, path = '/index.html') => {
    const hook = preloadFirstView({ main: ['Explorer'] }).transformIndexHtml as {
      handler: (html: string, ctx: IndexHtmlTransformContext) => unknown;
    };
    return hook.handler(html, {
      path,
      filename: `/repo${path}`,
      bundle,
      chunk: main,
    } as IndexHtmlTransformContext);
  };

  it('links the explorer’s chunks and styles the entry would only ask for once it ran, and nothing the HTML links already', () => {
    const html =
      '<script type="module" src="./assets/main-AAAAAAAA.js"></script>' +
      '<link rel="modulepreload" href="./assets/shared-BBBBBBBB.js">';
    expect(transform(html)).toEqual([
      expect.objectContaining({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: './assets/Explorer-CCCCCCCC.js' },
      }),
      expect.objectContaining({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: './assets/MapView-EEEEEEEE.js' },
      }),
      expect.objectContaining({
        attrs: { rel: 'preload', as: 'style', crossorigin: true, href: './assets/Explorer-x.css' },
      }),
      expect.objectContaining({
        attrs: { rel: 'preload', as: 'style', crossorigin: true, href: './assets/MapView-y.css' },
      }),
    ]);
  });

  it('leaves a chunk loaded on demand (search) to load on demand', () => {
    expect(JSON.stringify(transform(''))).not.toContain('search-');
  });

  it('writes addresses relative to a page in a folder', () => {
    expect(JSON.stringify(transform('', '/tools/index.html'))).toContain('"../assets/Explorer-CCCCCCCC.js"');
  });

  it('leaves a page whose entry has no first view named alone', () => {
    const hook = preloadFirstView({ embed: ['EmbedView'] }).transformIndexHtml as {
      handler: (html: string, ctx: IndexHtmlTransformContext) => unknown;
    };
    expect(
      hook.handler('<p>', {
        path: '/index.html',
        filename: '/x',
        bundle,
        chunk: main,
      } as IndexHtmlTransformContext),
    ).toBe('<p>');
  });
});
