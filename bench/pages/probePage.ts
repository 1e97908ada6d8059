/**
 * Times the app's own pipeline in the browser, step by step, for when the app does not report it
 * (performance.measure `cloud-native-map:parse` / `:layout`): fetch the YAML, parseCatalog (parse and
 * validate), buildGraph, computeLayout and createSearchIndex, the same functions from src/lib the app
 * runs. Opened as bench/probe.html?catalog=FILE; the result lands in window.__probe.
 */
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { computeLayout } from '../../src/lib/graph/layout.ts';
import { createSearchIndex } from '../../src/lib/search/index.ts';

export interface ProbeResult {
  fetch: number;
  parse: number;
  graph: number;
  layout: number;
  searchIndex: number;
  projects: number;
  nodes: number;
  error: string;
}

declare global {
  interface Window {
    __probe?: ProbeResult;
  }
}

async function probe(): Promise<ProbeResult> {
  const file = new URLSearchParams(location.search).get('catalog') ?? 'catalog.yaml';
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const bytes = new Uint8Array(await (await fetch(`../${file}`)).arrayBuffer());
  const fetched = lap();
  const result = parseCatalog(bytes, file);
  const parse = lap();
  if (!result.ok) throw new Error(`${file} is not a valid catalog: ${result.errors[0]?.message ?? ''}`);
  const graph = buildGraph(result.catalog);
  const built = lap();
  computeLayout(graph);
  const layout = lap();
  createSearchIndex(result.catalog);
  const searchIndex = lap();
  return {
    fetch: fetched,
    parse,
    graph: built,
    layout,
    searchIndex,
    projects: result.catalog.projects.length,
    nodes: graph.nodes.length,
    error: '',
  };
}

probe().then(
  (result) => (window.__probe = result),
  (error: unknown) =>
    (window.__probe = {
      fetch: NaN,
      parse: NaN,
      graph: NaN,
      layout: NaN,
      searchIndex: NaN,
      projects: 0,
      nodes: 0,
      error: error instanceof Error ? error.message : String(error),
    }),
);
