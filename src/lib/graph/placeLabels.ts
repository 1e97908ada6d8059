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

function spots(c: LabelCandidate, viewport: { width: number }): Rect[] {
  const gap = 3;
  const below = { x: c.x - c.width / 2, y: c.y + c.r + gap, width: c.width, height: c.height };
  const right = { x: c.x + c.r + gap, y: c.y - c.height / 2, width: c.width, height: c.height };
  const left = { x: c.x - c.r - gap - c.width, y: c.y - c.height / 2, width: c.width, height: c.height };
  const above = { x: c.x - c.width / 2, y: c.y - c.r - gap - c.height, width: c.width, height: c.height };
  if (c.anchor !== 'below') return [right, left, below, above];
  // A hub near the screen's edge keeps its name under it, slid sideways into the screen: on a phone the
  // hubs at the sides of the map would otherwise go unnamed.
  const slid = Math.min(Math.max(0, below.x), viewport.width - c.width);
  const under = slid !== below.x && c.x >= slid && c.x <= slid + c.width;
  // Then the corners, where a crowded ring of hubs (a phone's fitted map) still has room.
  const d = c.r * Math.SQRT1_2 + gap;
  const corners = [
    { ...below, x: c.x + d, y: c.y + d },
    { ...below, x: c.x - d - c.width, y: c.y + d },
    { ...below, x: c.x + d, y: c.y - d - c.height },
    { ...below, x: c.x - d - c.width, y: c.y - d - c.height },
  ];
  return under
    ? [below, above, { ...below, x: slid }, { ...above, x: slid }, right, left, ...corners]
    : [below, above, right, left, ...corners];
}

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
  const overlaps = (r: Rect) =>
    cellsOf(r, (key) =>
      grid
        .get(key)
        ?.some(
          (o) => r.x < o.x + o.width && o.x < r.x + r.width && r.y < o.y + o.height && o.y < r.y + r.height,
        ),
    );
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
      for (const o of grid.get(key) ?? [])
        if (r.x < o.x + o.width && o.x < r.x + r.width && r.y < o.y + o.height && o.y < r.y + r.height)
          found.add(o);
    });
    return [...found];
  };
  const crosses = (a: Rect, b: Rect) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  // One step of repair: the spot is blocked by one or two movable labels that each have another free spot.
  const makeRoom = (options: Rect[]): Rect | undefined => {
    for (const spot of options) {
      if (!inside(spot)) continue;
      const blockers = blockersOf(spot);
      if (blockers.length === 0 || blockers.length > 2 || !blockers.every((b) => movable.has(b))) continue;
      blockers.forEach(remove);
      const moves: Rect[] = [];
      for (const b of blockers) {
        const moved = spots(movable.get(b)!.candidate, viewport).find(
          (r) =>
            !blockers.includes(r) &&
            inside(r) &&
            !crosses(r, spot) &&
            !moves.some((m) => crosses(r, m)) &&
            !overlaps(r),
        );
        if (!moved) break;
        moves.push(moved);
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
  for (const candidate of order) {
    const options = spots(candidate, viewport);
    let chosen = options.find((r) => inside(r) && !overlaps(r));
    if (!chosen && candidate.persist) chosen = makeRoom(options);
    if (!chosen && candidate.required) chosen = options.find((r) => !overlaps(r)) ?? options[0]!;
    if (!chosen) continue;
    insert(chosen);
    const entry = { index: candidate.index, ...chosen };
    placed.push(entry);
    if (candidate.persist) movable.set(chosen, { candidate, entry });
  }
  return placed;
}
