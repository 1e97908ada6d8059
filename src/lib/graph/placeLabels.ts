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

function spots(c: LabelCandidate): Rect[] {
  const gap = 3;
  const below = { x: c.x - c.width / 2, y: c.y + c.r + gap, width: c.width, height: c.height };
  const right = { x: c.x + c.r + gap, y: c.y - c.height / 2, width: c.width, height: c.height };
  const left = { x: c.x - c.r - gap - c.width, y: c.y - c.height / 2, width: c.width, height: c.height };
  const above = { x: c.x - c.width / 2, y: c.y - c.r - gap - c.height, width: c.width, height: c.height };
  return c.anchor === 'below' ? [below, above, right, left] : [right, left, below, above];
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
  for (const candidate of order) {
    const options = spots(candidate);
    let chosen = options.find((r) => inside(r) && !overlaps(r));
    if (!chosen && candidate.required) chosen = options.find((r) => !overlaps(r)) ?? options[0]!;
    if (!chosen) continue;
    insert(chosen);
    placed.push({ index: candidate.index, ...chosen });
  }
  return placed;
}
