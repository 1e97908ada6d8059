/**
 * The one breakpoint: at or below this width the layout is a phone's (the sidebar becomes a drawer, the
 * details a bottom sheet, the tour a card along the bottom). Stylesheets say `@media (--narrow)`, which
 * the build (scripts/vite-breakpoints.ts) replaces with this query; scripts read NARROW_QUERY.
 */
export const NARROW_MAX_WIDTH = 760;
export const NARROW_QUERY = `(max-width: ${NARROW_MAX_WIDTH}px)`;
