/**
 * The one vocabulary for node ids: `article`, `problem:<id>` and `project:<id>`. The graph, the URL, search
 * hits and the panels all name nodes through these helpers, so the format is written in one place.
 */
export const ARTICLE_NODE_ID = 'article';

export const problemNodeId = (id: string) => `problem:${id}`;
export const projectNodeId = (id: string) => `project:${id}`;

/** A search hit (or anything with a kind and an id) as a node id. */
export const nodeIdOf = (ref: { kind: 'problem' | 'project'; id: string }) =>
  ref.kind === 'problem' ? problemNodeId(ref.id) : projectNodeId(ref.id);

/**
 * The URL's `select` value to a node id: `article` and `problem:<id>` are node ids already; anything else
 * is a project id (`project:<id>` is accepted too).
 */
export function paramToNodeId(param: string | null): string | null {
  if (!param) return null;
  return param === ARTICLE_NODE_ID || param.startsWith('problem:') || param.startsWith('project:')
    ? param
    : projectNodeId(param);
}

/** A node id to the URL's `select` value: projects go by their bare id. */
export function selectionToParam(nodeId: string | null): string | null {
  if (!nodeId) return null;
  return nodeId.startsWith('project:') ? nodeId.slice('project:'.length) : nodeId;
}

/** The catalog id inside `problem:<id>`, or null when the node id is not a problem's. */
export function problemIdOf(nodeId: string): string | null {
  return nodeId.startsWith('problem:') ? nodeId.slice('problem:'.length) : null;
}
