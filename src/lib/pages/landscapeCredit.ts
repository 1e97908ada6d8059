/**
 * Whose landscape the facts about projects come from: the catalog's foundation when it names one
 * (an imported landscape of another foundation), the CNCF's otherwise.
 */
import type { Catalog } from '../catalog/types.ts';
import { escapeHtml } from './escapeHtml.ts';

export interface LandscapeCredit {
  /** "CNCF landscape", "CDF landscape". */
  name: string;
  url: string | null;
}

const CNCF: LandscapeCredit = { name: 'CNCF landscape', url: 'https://github.com/cncf/landscape' };

export function landscapeCredit(catalog: Catalog): LandscapeCredit {
  const label = catalog.foundation?.short_name || catalog.foundation?.name;
  if (!label || label === 'CNCF') return CNCF;
  return { name: `${label} landscape`, url: null };
}

/** The credit as HTML: linked when the landscape's address is known. */
export function landscapeCreditHtml(catalog: Catalog): string {
  const { name, url } = landscapeCredit(catalog);
  return url ? `the <a href="${escapeHtml(url)}">${escapeHtml(name)}</a>` : `the ${escapeHtml(name)}`;
}
