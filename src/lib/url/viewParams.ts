/**
 * The view as a query string and back. Every view can be shared as a link:
 * `?q=tracing&problem=tracing,logging&maturity=graduated&article=1&select=jaeger&theme=dark&tour=3`.
 * Parsing is lenient: unknown parameters and malformed values are dropped,
 * never an error. Values that need the catalog (problem ids, the selected node)
 * are checked against it by `sanitizeView`.
 */
import { MATURITIES, type Catalog, type Maturity } from '../catalog/types.ts';
import { problemIdOf, problemNodeId } from '../graph/nodeIds.ts';
import { isIsoDate } from '../catalog/isoDate.ts';

export type ThemeChoice = 'light' | 'dark' | 'auto';

export interface ViewParams {
  q: string;
  problems: string[];
  maturities: Maturity[];
  /** Only the projects the article names. */
  article: boolean;
  /** `article`, `problem:<id>` or a project id. */
  select: string | null;
  theme: ThemeChoice;
  /** Step of the article tour, from 1; null outside the tour. */
  tour: number | null;
  /** URL of another catalog to load instead of the bundled one. */
  catalog: string | null;
  /** The landscape as it was on this day (YYYY-MM-DD); null for today's. */
  at: string | null;
}

export const DEFAULT_VIEW: ViewParams = {
  q: '',
  problems: [],
  maturities: [],
  article: false,
  select: null,
  theme: 'auto',
  tour: null,
  catalog: null,
  at: null,
};

const MAX_QUERY = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `a,b` and repeated `?problem=a&problem=b` both work; blanks, duplicates and non-slugs are dropped. */
function list(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter((value) => SLUG.test(value) && value.length <= 80);
  return [...new Set(values)];
}

/** A real day, written YYYY-MM-DD, and not a far future one (a typo like 3020 would show an empty past). */
function dayParam(value: string | null): string | null {
  const day = value?.trim() ?? '';
  return isIsoDate(day) && day >= '1970-01-01' && day <= '2999-12-31' ? day : null;
}

export function parseViewParams(search: string): ViewParams {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_VIEW };
  }
  const theme = params.get('theme');
  const tour = Number(params.get('tour'));
  const select = params.get('select')?.trim() ?? '';
  const catalog = params.get('catalog')?.trim() ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    problems: list(params, 'problem'),
    maturities: list(params, 'maturity').filter((m): m is Maturity =>
      (MATURITIES as readonly string[]).includes(m),
    ),
    article: params.get('article') === '1' || params.get('article') === 'true',
    select: /^(article|problem:[a-z0-9-]{1,80}|[a-z0-9-]{1,80})$/.test(select) ? select : null,
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    tour: Number.isInteger(tour) && tour >= 1 && tour <= 50 ? tour : null,
    catalog: catalog && catalog.length <= 2048 ? catalog : null,
    at: dayParam(params.get('at')),
  };
}

/** The query string for a view, without defaults, in a stable order ('' for the default view). */
export function formatViewParams(view: ViewParams, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (view.catalog) params.set('catalog', view.catalog);
  if (view.q.trim()) params.set('q', view.q);
  if (view.problems.length) params.set('problem', view.problems.join(','));
  if (view.maturities.length) params.set('maturity', view.maturities.join(','));
  if (view.article) params.set('article', '1');
  if (view.select) params.set('select', view.select);
  if (view.tour !== null) params.set('tour', String(view.tour));
  if (view.at) params.set('at', view.at);
  if (view.theme !== 'auto') params.set('theme', view.theme);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/**
 * Drops what the catalog does not have: unknown problems, a selection that names nothing, a tour step past
 * the end, a day in a catalog that records no dates.
 */
export function sanitizeView(view: ViewParams, catalog: Catalog, tourSteps: number): ViewParams {
  const problemIds = new Set(catalog.problems.map((p) => p.id));
  const select = view.select;
  // The projects are looked through only for a selection: a set of thousands of ids was built at every
  // load, in the task that shows the first map.
  const selectOk =
    select === 'article' ||
    (select !== null && problemIds.has(problemIdOf(select) ?? '')) ||
    (select !== null && catalog.projects.some((p) => p.id === select));
  return {
    ...view,
    problems: view.problems.filter((id) => problemIds.has(id)),
    select: selectOk ? select : select !== null && problemIds.has(select) ? problemNodeId(select) : null,
    tour: view.tour !== null && view.tour <= tourSteps ? view.tour : null,
    at: view.at !== null && catalog.projects.some((p) => p.dates?.accepted) ? view.at : null,
  };
}

export { paramToNodeId, selectionToParam } from '../graph/nodeIds.ts';
