/**
 * The landscape on a given day (`at=`), as masks over a graph the map already has: which projects were
 * in it, and the level each one had. The graph stays as it is: a day is one more filter, and like any
 * filter that leaves part of the map it re-forms that part (partLayout.svelte.ts), so the landscape of
 * 2017 is a compact map of its own and a play grows it towards today's. A day costs one pass over the
 * projects; the time control hands the map a new day only when the landscape changes.
 *
 * Projects not yet accepted on the day are hidden rather than ghosted: a ghost would still crowd the map
 * with the 2,000 projects of today's landscape, and the counts and filters, which hide what they exclude,
 * would disagree with what is drawn. Projects without dates (outside the foundation) have no history and
 * stay as they are: the legend says so.
 */
import { maturityStyle } from '../catalog/maturityLabel.ts';
import type { Catalog, Maturity, Project } from '../catalog/types.ts';
import type { Graph } from '../graph/buildGraph.ts';
import { projectNodeId } from '../graph/nodeIds.ts';
import { isDated, maturityAt, NOT_YET_ACCEPTED } from '../time/maturityAt.ts';

export interface TimeMask {
  /** The day, YYYY-MM-DD. */
  at: string;
  /** 1 for every node that belongs on the map on that day (all but dated projects outside the foundation then). */
  present: Uint8Array;
  /** Each node's mark on that day; null for hubs and the article. */
  maturity: (Maturity | null)[];
  /** Projects with no dates: shown whatever the day. */
  undated: number;
}

/** True when some project carries dates, so a day can be shown at all. */
export const hasDates = (catalog: Pick<Catalog, 'projects'>) => catalog.projects.some(isDated);

/** What every day needs, worked out once per graph: a play asks for a day every few frames. */
interface Dated {
  /** Each node's mark today. */
  maturity: (Maturity | null)[];
  /** The dated projects and their nodes. */
  projects: Array<{ node: number; project: Project }>;
  undated: number;
}
const datedOf = new WeakMap<Graph, { catalog: Catalog; dated: Dated }>();

function dated(catalog: Catalog, graph: Graph): Dated {
  const cached = datedOf.get(graph);
  if (cached?.catalog === catalog) return cached.dated;
  const out: Dated = { maturity: graph.nodes.map((node) => node.maturity), projects: [], undated: 0 };
  for (const project of catalog.projects) {
    const node = graph.indexOf.get(projectNodeId(project.id));
    if (node === undefined) continue;
    if (isDated(project)) out.projects.push({ node, project });
    else out.undated++;
  }
  datedOf.set(graph, { catalog, dated: out });
  return out;
}

/** Null without a day, or when the catalog records no dates (every day would look like today). */
export function timeMaskOf(catalog: Catalog, graph: Graph, at: string | null | undefined): TimeMask | null {
  if (!at) return null;
  const { maturity: today, projects, undated } = dated(catalog, graph);
  if (projects.length === 0) return null;
  const present = new Uint8Array(graph.nodes.length).fill(1);
  const maturity = today.slice();
  for (const { node, project } of projects) {
    const level = maturityAt(project, at);
    if (level === NOT_YET_ACCEPTED || level === 'archived') present[node] = 0;
    else maturity[node] = maturityStyle(catalog, level);
  }
  return { at, present, maturity, undated };
}
