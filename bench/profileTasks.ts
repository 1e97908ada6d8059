/**
 * Where a load's long tasks spend their time, from a CPU profile of the main thread (CDP Profiler): the
 * profile is cut into busy stretches (consecutive samples that are not idle), and each stretch of 50 ms or
 * more lists the functions it spent the most time in, inclusive and self. Pure; bench/profile.ts records.
 */

/** The parts of a CDP `Profiler.Profile` this reads. */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

/** A frame's source file, short (`src/lib/graph/layout.ts`, `svelte`), or null when unknown. */
export type Locate = (frame: CallFrame) => string | null;

export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: CallFrame;
    children?: number[];
  }>;
  startTime: number;
  endTime: number;
  samples: number[];
  /** µs before each sample. */
  timeDeltas: number[];
}

export interface BusyStretch {
  /** ms from the profile's start. */
  start: number;
  duration: number;
  /** Functions by time spent inside them (their callees included), longest first. */
  inclusive: Array<{ name: string; ms: number }>;
  /** Functions by time spent in their own code, longest first. */
  self: Array<{ name: string; ms: number }>;
  /** Our own functions (source under src/) by time inside them, callees included, longest first. */
  own: Array<{ name: string; ms: number }>;
  /** Own time by source file or package; `(program)` is the browser's native work (style, layout, paint, parsing). */
  where: Array<{ name: string; ms: number }>;
}

const IDLE = '(idle)';

function label(frame: CallFrame, source: string | null): string {
  const name = frame.functionName || '(anonymous)';
  if (source) return `${name} (${source})`;
  if (!frame.url) return name;
  const file = frame.url.slice(frame.url.lastIndexOf('/') + 1).replace(/\?.*$/, '');
  return `${name} (${file}:${frame.lineNumber + 1})`;
}

const top = (totals: Map<string, number>, n: number) =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: us / 1000 }));

/** Busy stretches of at least `minMs`, longest first, each with its `n` heaviest functions. */
export function busyStretches(
  profile: CpuProfile,
  minMs = 50,
  n = 8,
  locate: Locate = () => null,
): BusyStretch[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stretches: BusyStretch[] = [];
  type Open = { start: number; us: number; inclusive: Map<string, number>; self: Map<string, number> };
  let open: (Open & { own: Map<string, number>; where: Map<string, number> }) | null = null;
  const sources = new Map<number, string | null>();
  const sourceOf = (id: number) => {
    if (!sources.has(id)) sources.set(id, locate(byId.get(id)!.callFrame));
    return sources.get(id)!;
  };
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let t = 0;
  const close = () => {
    if (open && open.us >= minMs * 1000)
      stretches.push({
        start: open.start / 1000,
        duration: open.us / 1000,
        inclusive: top(open.inclusive, n),
        self: top(open.self, n),
        own: top(open.own, n),
        where: top(open.where, n),
      });
    open = null;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(profile.samples[i]!);
    if (!node || node.callFrame.functionName === IDLE) {
      close();
      continue;
    }
    open ??= { start: t, us: 0, inclusive: new Map(), self: new Map(), own: new Map(), where: new Map() };
    open.us += dt;
    const here = sourceOf(node.id);
    add(open.self, label(node.callFrame, here), dt);
    add(open.where, here ?? (node.callFrame.url ? 'other scripts' : label(node.callFrame, null)), dt);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (frame.functionName === '(root)') break;
      const source = sourceOf(id);
      const name = label(frame, source);
      if (seen.has(name)) continue;
      seen.add(name);
      add(open.inclusive, name, dt);
      if (source?.startsWith('src/')) add(open.own, name, dt);
    }
  }
  close();
  return stretches.sort((a, b) => b.duration - a.duration);
}
