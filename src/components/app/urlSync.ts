/**
 * Mirrors the view to the address bar, in one place. Typing in the search box
 * replaces the history entry (a moment after the last keystroke, so typing
 * never waits on the browser's history); any other change (filters,
 * selection, theme, tour step) pushes one at once, so Back steps through what
 * the user did.
 */
import { formatViewParams, parseViewParams, type ViewParams } from '../../lib/url/viewParams.ts';

const TYPING_DELAY_MS = 200;

const sameExceptQuery = (a: ViewParams, b: ViewParams) =>
  formatViewParams({ ...a, q: '' }) === formatViewParams({ ...b, q: '' });

export function createUrlSync(onPop: (params: ViewParams) => void) {
  let last: ViewParams | undefined;
  let typing: ReturnType<typeof setTimeout> | undefined;
  /** The view as of the last keystroke, not yet in the address bar. */
  let typed: ViewParams | undefined;
  const listener = () => {
    clearTimeout(typing);
    last = parseViewParams(location.search);
    onPop(last);
  };
  window.addEventListener('popstate', listener);

  const apply = (params: ViewParams, push: boolean) => {
    typed = undefined;
    const search = formatViewParams(params);
    if (search !== location.search) {
      const url = `${location.pathname}${search}${location.hash}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    last = params;
  };

  return {
    /** Call with every new view; writes the URL only when it changed. */
    write(params: ViewParams) {
      clearTimeout(typing);
      if (last && sameExceptQuery(last, params)) {
        if (params.q === last.q) return;
        typed = params;
        typing = setTimeout(() => apply(params, false), TYPING_DELAY_MS);
        return;
      }
      // A change that is not typing: write the query typed so far first, so Back returns to it.
      if (typed) apply(typed, false);
      apply(params, last !== undefined);
    },
    destroy() {
      clearTimeout(typing);
      window.removeEventListener('popstate', listener);
    },
  };
}
