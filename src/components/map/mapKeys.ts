/**
 * The map's keyboard model, as commands: what each key does, apart from how MapView carries it out.
 * The visually hidden help text in MapView says the same to screen-reader users; keep them together.
 */
import type { Direction } from '../../lib/graph/navigate.ts';

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
