/**
 * Greedy label placement in screen space: the most important labels first,
 * each tried at a few spots around its node, kept only where it overlaps no
 * label already placed. A uniform grid makes each overlap test cheap, so this
 * runs every frame for thousands of candidates.
 */
export interface LabelCandidate {
  index: number;
  /** Node centre and radius in screen pixels. */
  x: number;
  y: number;
  r: number;
  width: number;
  height: number;
  /** Higher goes first. */
  priority: number;
  /** Always placed (problem hubs, the selection): the rest make way. */
  required?: boolean;
  /** Where to try: hubs prefer below, projects the right. */
  anchor: 'below' | 'right';
  /**
   * Worth moving another such label for (problem hubs): when every spot is taken, one label in the way
   * may step to another of its spots to make room.
   */
  persist?: boolean;
}

export interface PlacedLabel {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const CELL = 64;

/** Room for every spot `spots` offers, filled again for each candidate. */
const scratch = (): Rect[] => Array.from({ length: 10 }, () => ({ x: 0, y: 0, width: 0, height: 0 }));

/** Writes one spot of `c`'s size at (x, y) into `out[n]`; returns the count after it. */
function put(out: Rect[], n: number, c: LabelCandidate, x: number, y: number): number {
  const r = out[n]!;
  r.x = x;
  r.y = y;
  r.width = c.width;
  r.height = c.height;
  return n + 1;
}

/**
 * The spots a label may take around its node, best first, written into `out`; returns how many. Into
 * boxes kept from call to call: new boxes for every spot of every candidate, in every frame, were the
 * biggest allocation of typing on a 2,400-project map (30 of 173 MB in a heap profile).
 */
function spots(c: LabelCandidate, viewport: { width: number }, out: Rect[]): number {
  const gap = 3;
  const belowX = c.x - c.width / 2;
  const belowY = c.y + c.r + gap;
  const aboveY = c.y - c.r - gap - c.height;
  const sideY = c.y - c.height / 2;
  const rightX = c.x + c.r + gap;
  const leftX = c.x - c.r - gap - c.width;
  if (c.anchor !== 'below') {
    const n = put(out, put(out, 0, c, rightX, sideY), c, leftX, sideY);
    return put(out, put(out, n, c, belowX, belowY), c, belowX, aboveY);
  }
  let n = put(out, put(out, 0, c, belowX, belowY), c, belowX, aboveY);
  // A hub near the screen's edge keeps its name under it, slid sideways into the screen: on a phone the
  // hubs at the sides of the map would otherwise go unnamed.
  const slid = Math.min(Math.max(0, belowX), viewport.width - c.width);
  if (slid !== belowX && c.x >= slid && c.x <= slid + c.width)
    n = put(out, put(out, n, c, slid, belowY), c, slid, aboveY);
  n = put(out, put(out, n, c, rightX, sideY), c, leftX, sideY);
  // Then the corners, where a crowded ring of hubs (a phone's fitted map) still has room.
  const d = c.r * Math.SQRT1_2 + gap;
  n = put(out, put(out, n, c, c.x + d, c.y + d), c, c.x - d - c.width, c.y + d);
  return put(out, put(out, n, c, c.x + d, c.y - d - c.height), c, c.x - d - c.width, c.y - d - c.height);
}

const crosses = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const copy = (r: Rect): Rect => ({ x: r.x, y: r.y, width: r.width, height: r.height });

export function placeLabels(
  candidates: LabelCandidate[],
  viewport: { width: number; height: number },
  /** Screen areas labels keep out of, such as the map's zoom buttons. */
  obstacles: readonly Rect[] = [],
): PlacedLabel[] {
  const grid = new Map<number, Rect[]>();
  const cols = Math.ceil(viewport.width / CELL) + 2;
  const cellsOf = (r: Rect, visit: (key: number) => boolean | void): boolean => {
    const cx0 = Math.floor(r.x / CELL);
    const cx1 = Math.floor((r.x + r.width) / CELL);
    const cy0 = Math.floor(r.y / CELL);
    const cy1 = Math.floor((r.y + r.height) / CELL);
    for (let cy = cy0; cy <= cy1; cy++) {
      for (let cx = cx0; cx <= cx1; cx++) if (visit((cy + 1) * cols + cx + 1) === true) return true;
    }
    return false;
  };
  // The test every spot of every candidate takes: plain loops, no callback to allocate per call.
  const overlaps = (r: Rect): boolean => {
    const cx0 = Math.floor(r.x / CELL);
    const cx1 = Math.floor((r.x + r.width) / CELL);
    const cy1 = Math.floor((r.y + r.height) / CELL);
    for (let cy = Math.floor(r.y / CELL); cy <= cy1; cy++) {
      for (let cx = cx0; cx <= cx1; cx++) {
        const list = grid.get((cy + 1) * cols + cx + 1);
        if (list) for (const o of list) if (crosses(r, o)) return true;
      }
    }
    return false;
  };
  const inside = (r: Rect) =>
    r.x >= 0 && r.y >= 0 && r.x + r.width <= viewport.width && r.y + r.height <= viewport.height;
  const insert = (r: Rect) =>
    cellsOf(r, (key) => {
      const list = grid.get(key);
      if (list) list.push(r);
      else grid.set(key, [r]);
    });

  for (const obstacle of obstacles) insert(obstacle);

  const order = [...candidates].sort(
    (a, b) =>
      Number(b.required ?? false) - Number(a.required ?? false) ||
      b.priority - a.priority ||
      a.index - b.index,
  );
  const placed: PlacedLabel[] = [];
  // Placed labels that may step aside for another persistent one: their box, candidate and entry.
  const movable = new Map<Rect, { candidate: LabelCandidate; entry: PlacedLabel }>();
  const remove = (r: Rect) =>
    cellsOf(r, (key) => {
      const list = grid.get(key);
      const at = list?.indexOf(r) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    });
  const blockersOf = (r: Rect) => {
    const found = new Set<Rect>();
    cellsOf(r, (key) => {
      for (const o of grid.get(key) ?? []) if (crosses(r, o)) found.add(o);
    });
    return [...found];
  };
  const others = scratch();
  // One step of repair: the spot is blocked by one or two movable labels that each have another free spot.
  const makeRoom = (options: Rect[], count: number): Rect | undefined => {
    for (let i = 0; i < count; i++) {
      const spot = options[i]!;
      if (!inside(spot)) continue;
      const blockers = blockersOf(spot);
      if (blockers.length === 0 || blockers.length > 2 || !blockers.every((b) => movable.has(b))) continue;
      blockers.forEach(remove);
      const moves: Rect[] = [];
      for (const b of blockers) {
        const n = spots(movable.get(b)!.candidate, viewport, others);
        const moved = others
          .slice(0, n)
          .find((r) => inside(r) && !crosses(r, spot) && !moves.some((m) => crosses(r, m)) && !overlaps(r));
        if (!moved) break;
        moves.push(copy(moved));
      }
      if (moves.length < blockers.length) {
        blockers.forEach(insert);
        continue;
      }
      blockers.forEach((b, n) => {
        const other = movable.get(b)!;
        movable.delete(b);
        insert(moves[n]!);
        movable.set(moves[n]!, other);
        Object.assign(other.entry, moves[n]!);
      });
      return spot;
    }
    return undefined;
  };
  const options = scratch();
  const firstFree = (count: number, within: boolean): Rect | undefined => {
    for (let i = 0; i < count; i++) {
      const r = options[i]!;
      if ((!within || inside(r)) && !overlaps(r)) return r;
    }
    return undefined;
  };
  for (const candidate of order) {
    const count = spots(candidate, viewport, options);
    let chosen = firstFree(count, true);
    if (!chosen && candidate.persist) chosen = makeRoom(options, count);
    if (!chosen && candidate.required) chosen = firstFree(count, false) ?? options[0]!;
    if (!chosen) continue;
    const box = copy(chosen);
    insert(box);
    const entry = { index: candidate.index, ...box };
    placed.push(entry);
    if (candidate.persist) movable.set(box, { candidate, entry });
  }
  return placed;
}
