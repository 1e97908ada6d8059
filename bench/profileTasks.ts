/**
 * Where a load's long tasks spend their time, from a CPU profile of the main thread (CDP Profiler): the
 * profile is cut into busy stretches (consecutive samples that are not idle), and each stretch of 50 ms or
 * more lists the functions it spent the most time in, inclusive and self. Pure; bench/profile.ts records.
 */

/** The parts of a CDP `Profiler.Profile` this reads. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
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
}

const IDLE = '(idle)';

function label(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
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
export function busyStretches(profile: CpuProfile, minMs = 50, n = 8): BusyStretch[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stretches: BusyStretch[] = [];
  let open: { start: number; us: number; inclusive: Map<string, number>; self: Map<string, number> } | null =
    null;
  let t = 0;
  const close = () => {
    if (open && open.us >= minMs * 1000)
      stretches.push({
        start: open.start / 1000,
        duration: open.us / 1000,
        inclusive: top(open.inclusive, n),
        self: top(open.self, n),
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
    open ??= { start: t, us: 0, inclusive: new Map(), self: new Map() };
    open.us += dt;
    const own = label(node.callFrame);
    open.self.set(own, (open.self.get(own) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (frame.functionName === '(root)') break;
      const name = label(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      open.inclusive.set(name, (open.inclusive.get(name) ?? 0) + dt);
    }
  }
  close();
  return stretches.sort((a, b) => b.duration - a.duration);
}
