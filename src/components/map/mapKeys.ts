/**
 * The map's keyboard model, as commands: what each key does, apart from how MapView carries it out.
 * The visually hidden help text in MapView says the same to screen-reader users; keep them together.
 */
import type { Graph } from '../../lib/graph/buildGraph.ts';
import { neighbourInDirection, stepInCluster, type Direction } from '../../lib/graph/navigate.ts';

export type MapCommand =
  | { kind: 'move'; direction: Direction }
  | { kind: 'step'; by: 1 | -1 }
  | { kind: 'open' }
  | { kind: 'home' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' };

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function mapCommand(key: string): MapCommand | undefined {
  const direction = ARROWS[key];
  if (direction) return { kind: 'move', direction };
  switch (key) {
    case 'PageDown':
      return { kind: 'step', by: 1 };
    case 'PageUp':
      return { kind: 'step', by: -1 };
    case 'Enter':
    case ' ':
      return { kind: 'open' };
    case 'Home':
      return { kind: 'home' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 1.4 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / 1.4 };
    case '0':
      return { kind: 'fit' };
  }
  return undefined;
}

/** What a key press on the map leads to; null when the map does not handle the key. */
export type KeyOutcome =
  | { kind: 'focus'; index: number | undefined }
  | { kind: 'open'; index: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' };

export function keyOutcome(
  key: string,
  graph: Graph,
  positions: Float64Array,
  focused: number,
  shown: (i: number) => boolean,
): KeyOutcome | null {
  const command = mapCommand(key);
  if (!command) return null;
  const from = focused >= 0 ? focused : 0;
  switch (command.kind) {
    case 'move':
      return { kind: 'focus', index: neighbourInDirection(graph, positions, from, command.direction, shown) };
    case 'step':
      return { kind: 'focus', index: stepInCluster(graph, from, command.by, shown) };
    case 'home':
      return { kind: 'focus', index: 0 };
    case 'open':
      return focused < 0 ? null : { kind: 'open', index: focused };
    case 'zoom':
      return { kind: 'zoom', factor: command.factor };
    case 'fit':
      return { kind: 'fit' };
  }
}
