/**
 * The words of a static view: a title naming what is shown and a description
 * a screen reader (or an RSS reader without images) can use instead of the
 * picture. Plain text: the caller escapes it.
 */
import { formatDay } from '../catalog/isoDate.ts';
import type { Catalog } from '../catalog/types.ts';
import type { Graph } from '../graph/buildGraph.ts';
import { problemNodeId } from '../graph/nodeIds.ts';
import type { DerivedView } from '../view/deriveView.ts';
import type { StaticView } from './renderMapSvg.ts';

const APP = 'Cloud Native Map';

const list = (names: string[]) => names.join(', ');

export function creditText(catalog: Catalog): { before: string; title: string; after: string } {
  return { before: 'After ', title: catalog.article.title, after: ` by ${catalog.article.author}` };
}

export function describeView(
  catalog: Catalog,
  graph: Graph,
  view: StaticView,
  derived: DerivedView,
): { title: string; desc: string } {
  const shown = (i: number) => !derived.visible || derived.visible[i] === 1;
  const problems = graph.nodes.filter((n) => n.kind === 'problem' && shown(n.index));
  const projects = graph.nodes.filter((n) => n.kind === 'project' && shown(n.index));
  const query = (view.q ?? '').trim();
  const step = derived.tourStep;

  let title = APP;
  if (step) title += `, article tour step ${view.tour}: ${step.title}`;
  else if ((view.problems ?? []).some((id) => graph.indexOf.has(problemNodeId(id))))
    title += `: ${list(problems.map((n) => n.label))}`;
  if (query) title += ` (search “${query}”)`;
  if (derived.maturity && view.at) title += `, as on ${formatDay(view.at)}`;

  const sentences = [
    `A map of ${projects.length} cloud-native projects around the ${problems.length} problems they solve, ` +
      `after “${catalog.article.title}” by ${catalog.article.author}.`,
    `Problems shown: ${list(problems.map((n) => n.label))}.`,
  ];
  if (step) sentences.push(`Highlighted: ${step.title}.`);
  else if (query) sentences.push(`${derived.hits?.length ?? 0} matches for “${query}” are highlighted.`);
  if (derived.marked >= 0) sentences.push(`Selected: ${graph.nodes[derived.marked]!.label}.`);
  return { title, desc: sentences.join(' ') };
}
