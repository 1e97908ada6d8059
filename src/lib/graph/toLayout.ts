/** A layout that arrived as plain data (the build's JSON, a Worker's message) as the Layout the map draws. */
import type { PrebuiltLayout } from '../catalog/prebuilt.ts';
import type { Layout } from './layout.ts';

export function toLayout(prebuilt: PrebuiltLayout): Layout {
  return { positions: Float64Array.from(prebuilt.positions), bounds: { ...prebuilt.bounds } };
}
