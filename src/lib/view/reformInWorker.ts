/**
 * The page's side of the re-form Worker: one Worker, started on the first big part and kept for the
 * next. It lays out one part at a time; a request made while it is busy waits its turn, and a newer one
 * from the same asker replaces it (a playing time control asks for a part every few frames, and only the
 * latest is worth making).
 * Where a Worker cannot start (a page that forbids it, a cross-origin script), the part is laid out here.
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
/** The request being laid out, and the one waiting its turn. */
let busy = false;
const next = new Map<object, ReformRequest>();
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
      const [asker, request] = next.entries().next().value ?? [];
      busy = request !== undefined;
      if (asker !== undefined) next.delete(asker);
      if (request) worker?.postMessage(request);
    };
    // A Worker that could not load its script: lay out what it was asked here, and from now on.
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      for (const job of waiting.values()) job.resolve(computeLayout(job.part, undefined, job.aspect));
      waiting.clear();
      next.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Starts the Worker ahead of its first part, so its script loads while the page fetches its catalog. */
export function prepareReformWorker(): void {
  if (typeof Worker === 'function') startWorker();
}

export function reformInWorker(
  part: Graph,
  aspect: number | undefined,
  /** Who asks (any object of its own): a waiting request is replaced only by a newer one of the same asker's. */
  asker: object,
): ReformJob {
  const running = typeof Worker === 'function' ? startWorker() : null;
  if (!running) {
    const laid = computeLayout(part, undefined, aspect);
    return { done: Promise.resolve(laid), cancel: () => {} };
  }
  const id = nextId++;
  const done = new Promise<Layout>((resolve) => waiting.set(id, { part, aspect, resolve }));
  const request: ReformRequest = { id, nodes: part.nodes, aspect };
  if (!busy) {
    busy = true;
    running.postMessage(request);
  } else {
    // The one it replaces is never answered: its view has moved on.
    const replaced = next.get(asker);
    if (replaced) waiting.delete(replaced.id);
    next.delete(asker);
    next.set(asker, request);
  }
  return { done, cancel: () => waiting.delete(id) };
}
