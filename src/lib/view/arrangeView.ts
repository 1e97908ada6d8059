/**
 * Which graph a view draws. The whole map keeps every node where the catalog's layout puts it; a focused
 * view (`problem=` in the embed and the static pictures) lays out just those problems and their projects,
 * a small map of its own (focusCatalog).
 */
import type { Catalog } from '../catalog/types.ts';
import { focusCatalog } from './focusCatalog.ts';

export type Arrangement = 'focus' | 'map';

export interface ArrangedView {
  /** The catalog the graph is built from: the whole one, or the focused part. */
  shown: Catalog;
  /** True when `shown` is a focused part. */
  focused: boolean;
  /** A view of exactly one problem: its hub is the centre, the article is left out. */
  singleProblemFocus: boolean;
  /** The problem filter still to apply to the graph (none once the part holds only those problems). */
  problems: string[];
}

export function arrangeView(
  catalog: Catalog,
  problems: readonly string[],
  arrangement: Arrangement,
): ArrangedView {
  const known = problems.filter((id) => catalog.problems.some((p) => p.id === id));
  if (arrangement === 'map' || known.length === 0) {
    return { shown: catalog, focused: false, singleProblemFocus: known.length === 1, problems: known };
  }
  return {
    shown: focusCatalog(catalog, known),
    focused: true,
    singleProblemFocus: known.length === 1,
    problems: [],
  };
}
