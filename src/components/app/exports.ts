/**
 * Saving the current view: a picture (SVG drawn by the static renderer, PNG painted from the map's
 * canvas) or the catalog itself. The renderer and the YAML writer load only when asked for.
 */
import type { Catalog } from '../../lib/catalog/types.ts';
import type { Graph } from '../../lib/graph/buildGraph.ts';
import type { Layout } from '../../lib/graph/layout.ts';
import type { ViewParams } from '../../lib/url/viewParams.ts';
import { download } from './download.ts';

/** `cloud-native-map-tracing-logging`, from what the view shows. */
export function fileBaseFor(view: ViewParams): string {
  const query = view.q.trim().replace(/[^\w-]+/g, '-');
  return ['cloud-native-map', ...view.problems, query].filter(Boolean).join('-').slice(0, 80);
}

export async function downloadSvg(options: {
  catalog: Catalog;
  view: ViewParams;
  theme: 'light' | 'dark';
  graph: Graph;
  layout: Layout;
}) {
  const { renderMapSvg } = await import('../../lib/render/index.ts');
  // Real text widths from the browser, so labels fit as they do on screen.
  const context = document.createElement('canvas').getContext('2d');
  const measureText = context
    ? (text: string, font: string) => {
        context.font = font;
        return context.measureText(text).width;
      }
    : undefined;
  const svg = renderMapSvg({
    catalog: options.catalog,
    view: { ...options.view, theme: options.theme },
    width: 1600,
    height: 1000,
    arrange: 'map',
    graph: options.graph,
    layout: options.layout,
    measureText,
  });
  download(new Blob([svg], { type: 'image/svg+xml' }), `${fileBaseFor(options.view)}.svg`);
}

export async function downloadPng(blob: Promise<Blob | null> | undefined, view: ViewParams) {
  const png = await blob;
  if (png) download(png, `${fileBaseFor(view)}.png`);
}

export async function downloadCatalog(catalog: Catalog) {
  const { serializeCatalog } = await import('../../lib/catalog/serializeCatalog.ts');
  download(new Blob([serializeCatalog(catalog)], { type: 'application/yaml' }), 'catalog.yaml');
}
