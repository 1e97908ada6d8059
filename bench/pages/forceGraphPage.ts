/**
 * The comparison page: the same graph as our map (our parseCatalog and buildGraph on the same YAML, so
 * the same nodes and links) drawn by vasturiano's force-graph on its canvas. Bundled by the benchmark
 * (bench/buildPages.ts) and opened as bench/force-graph.html?catalog=FILE&mode=MODE&w=W&h=H.
 *
 * Modes, for time to interactive (the page marks `force-graph:interactive` on the first frame painted
 * after the simulation stopped and the view was fitted, as our map shows its settled, fitted layout):
 * - `default`: force-graph's own settle behaviour (no warm-up; it animates until alpha < 0.001 or 15 s).
 * - `warmup`: warmupTicks equal to our layout's tick count for this size and no cooldown, so it computes
 *   a layout before its first frame, as our map does.
 * Nodes get our radii (nodeVal = (r / nodeRelSize)^2) and one colour per kind; hovering a node lights it
 * and its neighbours and dims the rest, as our map does. Labels are not drawn (force-graph draws none
 * by default; ours draws hub labels and, zoomed in, project labels), which favours force-graph per frame.
 */
import ForceGraph from 'force-graph';
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import { buildGraph } from '../../src/lib/graph/buildGraph.ts';
import { ticksFor } from '../../src/lib/graph/layout.ts';
import { nodeRadius } from '../../src/lib/graph/nodeSize.ts';
import type { ForceGraphApi } from '../inpage/types.ts';

interface FgNode {
  id: number;
  r: number;
  colour: string;
  x?: number;
  y?: number;
}
interface FgLink {
  source: number | FgNode;
  target: number | FgNode;
}

const REL_SIZE = 4;
const COLOURS = { article: '#1f2937', problem: '#2563eb', project: '#0d9488' };
const DIM = 'rgba(160, 160, 160, 0.25)';
const LINK = 'rgba(120, 120, 120, 0.35)';

const api: ForceGraphApi = {
  screenPosition: () => null,
  hovered: () => -1,
  ready: false,
  error: '',
  nodes: 0,
  links: 0,
};
window.__forceGraph = api;

async function main() {
  const params = new URLSearchParams(location.search);
  const file = params.get('catalog') ?? 'catalog.yaml';
  const mode = params.get('mode') === 'warmup' ? 'warmup' : 'default';
  const width = Number(params.get('w')) || window.innerWidth;
  const height = Number(params.get('h')) || window.innerHeight;

  const response = await fetch(`../${file}`);
  const result = parseCatalog(new Uint8Array(await response.arrayBuffer()), file);
  if (!result.ok) throw new Error(`${file} is not a valid catalog: ${result.errors[0]?.message ?? ''}`);
  const graph = buildGraph(result.catalog);
  performance.mark('force-graph:graph');

  const nodes: FgNode[] = graph.nodes.map((node) => ({
    id: node.index,
    r: nodeRadius(node),
    colour: COLOURS[node.kind],
  }));
  const links: FgLink[] = graph.links.map((link) => ({ source: link.source, target: link.target }));
  api.nodes = nodes.length;
  api.links = links.length;

  let hovered = -1;
  let lit: Uint8Array | null = null;
  let shownHover = -1;
  let highlightPaints = 0;
  let renders = 0;
  let renderStart = 0;
  const renderTimes: number[] = [];
  let stopped = false;
  let drawnGraph = false;
  let fitted = false;

  const endOf = (end: number | FgNode) => (typeof end === 'number' ? end : end.id);
  const nodeColour = (node: FgNode) => (lit && lit[node.id] !== 1 ? DIM : node.colour);
  const linkColour = (link: FgLink) =>
    lit && (lit[endOf(link.source)] !== 1 || lit[endOf(link.target)] !== 1) ? DIM : LINK;

  const element = document.getElementById('graph')!;
  const fg = new ForceGraph<FgNode, FgLink>(element)
    .width(width)
    .height(height)
    .backgroundColor('#ffffff')
    .nodeRelSize(REL_SIZE)
    .nodeVal((node) => (node.r / REL_SIZE) ** 2)
    .nodeLabel(() => '')
    .nodeColor(nodeColour)
    .linkColor(linkColour)
    .onNodeHover((node) => {
      hovered = node ? node.id : -1;
      if (hovered < 0) lit = null;
      else {
        lit = new Uint8Array(nodes.length);
        lit[hovered] = 1;
        for (const n of graph.neighbours[hovered] ?? []) lit[n] = 1;
      }
      // Setting an accessor asks force-graph for a redraw (it pauses redrawing when nothing moves).
      fg.nodeColor(nodeColour).linkColor(linkColour);
    })
    .onEngineStop(() => {
      if (stopped) return;
      stopped = true;
      performance.mark('force-graph:engine-stop');
      fg.zoomToFit(0, 48);
      fitted = true;
    })
    .onRenderFramePre(() => {
      renderStart = performance.now();
    })
    .onRenderFramePost(() => {
      renderTimes.push(performance.now() - renderStart);
      if (renderTimes.length > 600) renderTimes.splice(0, renderTimes.length - 600);
      renders++;
      // force-graph paints (empty) frames from its creation on; the graph arrives in a debounced update.
      if (!drawnGraph && nodes[0]?.x !== undefined) {
        drawnGraph = true;
        performance.mark('force-graph:first-frame');
      }
      if (shownHover !== hovered) {
        shownHover = hovered;
        highlightPaints++;
      }
      if (fitted && !api.ready) {
        api.ready = true;
        performance.mark('force-graph:interactive');
      }
    });
  if (mode === 'warmup') fg.warmupTicks(ticksFor(nodes.length)).cooldownTicks(0);
  fg.graphData({ nodes, links });

  window.__benchPaint = {
    count: () => highlightPaints,
    last: () => renderTimes.at(-1) ?? NaN,
    total: () => renders,
    times: () => renderTimes.slice(),
  };
  api.hovered = () => hovered;
  api.screenPosition = (index) => {
    const node = nodes[index];
    if (!node || node.x === undefined || node.y === undefined) return null;
    return fg.graph2ScreenCoords(node.x, node.y);
  };
}

main().catch((error: unknown) => {
  api.error = error instanceof Error ? error.message : String(error);
});
