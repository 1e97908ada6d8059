/**
 * The single source of truth for what the user is looking at. Everything else
 * (the visible set, the highlighted set, the URL) is derived from it.
 * Hover is kept here too, so the map and the list view light up together, but
 * it is not part of the URL.
 */
import { DEFAULT_VIEW, type ViewParams } from '../url/viewParams.ts';

export class ViewState {
  // Raw: params are only ever replaced whole, never changed in place. A deep proxy made every keystroke
  // copy the old proxy field by field, wrap the new object and its arrays, and every read go through a trap.
  params = $state.raw<ViewParams>({ ...DEFAULT_VIEW });
  /** Node index under the pointer or the list focus, -1 for none. */
  hovered = $state(-1);
  /** The day the time control is playing or dragging through, shown over `params.at`; not in the URL. */
  liveAt = $state<string | null>(null);

  constructor(initial: ViewParams) {
    this.params = { ...initial };
  }

  set<K extends keyof ViewParams>(key: K, value: ViewParams[K]) {
    this.params = { ...this.params, [key]: value };
  }

  toggle(key: 'problems' | 'maturities', value: string) {
    const current = this.params[key] as string[];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    this.params = { ...this.params, [key]: next };
  }

  clearFilters() {
    this.params = { ...this.params, problems: [], maturities: [], article: false };
  }
}
