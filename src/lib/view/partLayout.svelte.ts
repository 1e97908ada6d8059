/**
 * The layout a view draws when its filters or its day leave part of the landscape: that part re-formed
 * as a map of its own (reformLayout.ts). A small part is laid out here at once; a big one shows start
 * positions and settles in a Worker.
 *
 * Along one line of views (the same graph, filters and screen shape, only the day moving, as when the
 * time control plays) a big part starts from the layout last shown, and takes each Worker layout as it
 * comes, even one made for a day already passed: a play re-forms as it goes instead of falling back to
 * start positions on every day it adds a project.
 */
import { untrack } from 'svelte';
import type { Graph } from '../graph/buildGraph.ts';
import { computeLayout, type Layout } from '../graph/layout.ts';
import { measured } from './measured.ts';
import { reformInWorker } from './reformInWorker.ts';
import { carryOver, partToReform, placePart, REFORM_ON_PAGE_MAX } from './reformLayout.ts';

export interface PartSources {
  graph: () => Graph;
  /** The whole map's layout: hidden nodes keep their places in it, so clearing a filter glides home. */
  whole: () => Layout;
  /** The nodes the view shows, by its filters and its day; null for all. */
  visible: () => Uint8Array | null;
  /** The filters, as a key: what besides the day decides which part is shown. */
  filters: () => string;
  /** The screen's width over height, which a part's layout fits. */
  aspect: () => number | undefined;
}

interface Line {
  graph: Graph;
  whole: Layout;
  filters: string;
  aspect: number | undefined;
}

/** A layout shown (or made) for one set of visible nodes; `seq` orders them. */
interface Shown {
  line: Line;
  visible: Uint8Array;
  layout: Layout;
  seq: number;
}

const count = (mask: Uint8Array) => mask.reduce((sum, v) => sum + v, 0);

const sameMask = (a: Uint8Array | null, b: Uint8Array | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((v, i) => v === b[i]));

export class PartLayout {
  /** Where the map's nodes go: the whole map's layout with the shown part re-formed. */
  readonly layout: Layout;

  constructor(s: PartSources) {
    // Its own derived, so a keystroke that rebuilds the query but not the filters starts no new line.
    const filters = $derived(s.filters());
    const line = $derived<Line>({
      graph: s.graph(),
      whole: s.whole(),
      filters,
      aspect: s.aspect(),
    });
    // The same nodes under another day or another search: the same mask, so nothing is laid out again.
    let lastVisible: Uint8Array | null = null;
    const visible = $derived.by(() => {
      const next = s.visible();
      if (!sameMask(next, lastVisible)) lastVisible = next;
      return lastVisible;
    });
    let seq = 0;
    // Written as each layout is shown (not reactive: it is where the next part starts, never a reason to redo).
    let lastShown: Shown | null = null;

    const reform = $derived.by(() => {
      const current = line;
      const shown = visible;
      return untrack(() => {
        const base = { line: current, visible: shown, from: 0 };
        const size = shown ? count(shown) : 0;
        if (!shown || size === 0 || size === shown.length)
          return { ...base, layout: current.whole, part: null };
        if (size <= REFORM_ON_PAGE_MAX) {
          const part = partToReform(current.graph, shown)!;
          const laid = measured('reform', () => computeLayout(part.graph, undefined, current.aspect));
          return { ...base, layout: placePart(current.whole, part.original, laid), part };
        }
        // A big part: shown at once where it starts, laid out by the Worker. Within a line it starts from
        // the layout last shown (no subgraph needed); a new line starts from its own start positions.
        const previous = lastShown?.line === current ? lastShown : null;
        if (previous)
          return {
            ...base,
            layout: null,
            part: null,
            start: carryOver(current.graph, previous, shown, current.whole),
            from: previous.seq,
          };
        const part = partToReform(current.graph, shown)!;
        const laid = measured('reform', () => computeLayout(part.graph, 0, current.aspect));
        return { ...base, layout: null, part, start: placePart(current.whole, part.original, laid) };
      });
    });

    // One part at a time in the Worker, and when it answers, the latest part of the view: a play moves
    // through several days while one is laid out, and the days in between are never laid out at all.
    let settled = $state.raw<(Shown & { for: object }) | null>(null);
    let answers = $state(0);
    let asking = false;
    $effect(() => {
      // Nothing filtered out: the whole map is shown and there is no part to ask for (reading `reform`
      // would place the start positions an embed covers with its picture).
      if (!visible) return;
      const r = reform;
      void answers;
      if (r.layout || !r.visible || asking || untrack(() => settled)?.for === r) return;
      asking = true;
      const { line: from, visible: shown } = r;
      const part = r.part ?? partToReform(from.graph, shown)!;
      void reformInWorker(part.graph, from.aspect, this).done.then((laid) => {
        asking = false;
        const placed = placePart(from.whole, part.original, laid);
        settled = { for: r, line: from, visible: shown, layout: placed, seq: ++seq };
        answers++;
      });
    });

    this.layout = $derived.by(() => {
      const r = reform;
      const done = settled;
      let layout: Layout;
      if (r.layout) layout = r.layout;
      else if (done?.for === r) layout = done.layout;
      else if (done && done.line === r.line && done.seq > r.from)
        layout = carryOver(r.line.graph, done, r.visible!, r.line.whole);
      else layout = r.start!;
      const all = r.visible ?? new Uint8Array(r.line.graph.nodes.length).fill(1);
      lastShown = { line: r.line, visible: all, layout, seq: ++seq };
      return layout;
    });
  }
}
