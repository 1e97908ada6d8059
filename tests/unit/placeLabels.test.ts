import { describe, expect, test } from 'vitest';
import { placeLabels, type LabelCandidate } from '../../src/lib/graph/placeLabels.ts';

const candidate = (
  index: number,
  x: number,
  y: number,
  extra: Partial<LabelCandidate> = {},
): LabelCandidate => ({
  index,
  x,
  y,
  r: 5,
  width: 60,
  height: 14,
  priority: 0,
  anchor: 'right',
  ...extra,
});

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabels', () => {
  test('never places two labels on top of each other', () => {
    const crowd = Array.from({ length: 200 }, (_, i) =>
      candidate(i, 100 + (i % 20) * 17, 100 + Math.floor(i / 20) * 9),
    );
    const placed = placeLabels(crowd, { width: 800, height: 600 });
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!)).toBe(false);
    }
    expect(placed.length).toBeGreaterThan(10);
  });

  test('places important labels first and tries the other side when one side is taken', () => {
    const placed = placeLabels(
      [candidate(1, 100, 100, { priority: 1 }), candidate(2, 150, 100, { priority: 5 })],
      { width: 800, height: 600 },
    );
    expect(placed.map((l) => l.index)).toEqual([2, 1]);
    const low = placed.find((l) => l.index === 1)!;
    expect(low.x + low.width).toBeLessThanOrEqual(100);
  });

  test('keeps labels inside the viewport unless required', () => {
    expect(
      placeLabels([candidate(1, 795, 300), candidate(2, 2000, 300)], { width: 800, height: 600 }).map(
        (l) => l.index,
      ),
    ).toEqual([1]);
    expect(
      placeLabels([candidate(3, 2000, 300, { required: true })], { width: 800, height: 600 }),
    ).toHaveLength(1);
  });

  test('keeps labels out of the corner the zoom buttons cover', () => {
    // A project at the right edge, just left of the buttons: its label goes to the left, not under them.
    const buttons = { x: 744, y: 0, width: 56, height: 146 };
    const placed = placeLabels([candidate(1, 700, 60)], { width: 800, height: 600 }, [buttons]);
    expect(placed).toHaveLength(1);
    expect(overlap(placed[0]!, buttons)).toBe(false);
    expect(placed[0]!.x + placed[0]!.width).toBeLessThanOrEqual(700);
    // Without the buttons it would have gone right, as usual.
    expect(placeLabels([candidate(1, 700, 60)], { width: 800, height: 600 })[0]!.x).toBeGreaterThan(700);
  });
});
