/**
 * The page's side of the re-form Worker: one Worker, started on the first big part and kept for the
 * next, answering the latest request (an older answer for a view already left is dropped). Where a
 * Worker cannot start (a page that forbids it, a cross-origin script), the part is laid out here.
 */
import type { Graph } from '../graph/buildGraph.ts';
import { computeLayout, type Layout } from '../graph/layout.ts';
import type { ReformReply, ReformRequest } from './reformMessages.ts';

export interface ReformJob {
  /** The part's own layout (not yet placed in the whole map's). */
  done: Promise<Layout>;
  cancel(): void;
}

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<
  number,
  { part: Graph; aspect: number | undefined; resolve: (layout: Layout) => void }
>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./reformWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ReformReply>) => {
      const { id, positions, bounds } = event.data;
      waiting.get(id)?.resolve({ positions, bounds });
      waiting.delete(id);
    };
    // A Worker that could not load its script: lay out what it was asked here, and from now on.
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      for (const job of waiting.values()) job.resolve(computeLayout(job.part, undefined, job.aspect));
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

export function reformInWorker(part: Graph, aspect: number | undefined): ReformJob {
  const running = typeof Worker === 'function' ? startWorker() : null;
  if (!running) {
    const laid = computeLayout(part, undefined, aspect);
    return { done: Promise.resolve(laid), cancel: () => {} };
  }
  const id = nextId++;
  const done = new Promise<Layout>((resolve) => waiting.set(id, { part, aspect, resolve }));
  const request: ReformRequest = { id, nodes: part.nodes, aspect };
  running.postMessage(request);
  return { done, cancel: () => waiting.delete(id) };
}
