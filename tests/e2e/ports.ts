/** Where the browser tests' servers listen: the free ports playwright.config.ts picked (pickPorts.ts). */
function port(name: 'CNM_MAP_PORT' | 'CNM_HOST_PORT'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through Playwright's config`);
  return value;
}

/** The map's site (the production build), with no trailing slash. */
export const MAP_ORIGIN = `http://127.0.0.1:${port('CNM_MAP_PORT')}`;
/** A second origin that embeds the map (tests/e2e/hostServer.ts). */
export const HOST_ORIGIN = `http://localhost:${port('CNM_HOST_PORT')}`;
