/**
 * Mirrors the view to the address bar, in one place. Typing in the search box
 * replaces the history entry; any other change (filters, selection, theme,
 * tour step) pushes one, so Back steps through what the user did.
 */
import { formatViewParams, parseViewParams, type ViewParams } from '../../lib/url/viewParams.ts';

const sameExceptQuery = (a: ViewParams, b: ViewParams) =>
  formatViewParams({ ...a, q: '' }) === formatViewParams({ ...b, q: '' });

export function createUrlSync(onPop: (params: ViewParams) => void) {
  let last: ViewParams | undefined;
  const listener = () => {
    last = parseViewParams(location.search);
    onPop(last);
  };
  window.addEventListener('popstate', listener);
  return {
    /** Call with every new view; writes the URL only when it changed. */
    write(params: ViewParams) {
      const search = formatViewParams(params);
      if (search === location.search) {
        last = params;
        return;
      }
      const url = `${location.pathname}${search}${location.hash}`;
      if (last && !sameExceptQuery(last, params)) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      last = params;
    },
    destroy() {
      window.removeEventListener('popstate', listener);
    },
  };
}
