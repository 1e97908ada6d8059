// Where the system Chromium is. Browsers are never downloaded: Debian's package, or CHROMIUM_PATH.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

export const NO_CHROMIUM =
  'Browser tests need Chromium and none was found: install it with `apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.';

/**
 * Headless Chromium (156 here) opens the omnibox popup's two WebUI pages with every new window, that is
 * with every Playwright context: two more renderers loading ~60 modules each, on the same two cores as
 * the page under test or under measurement (a trace of a bench load showed one of them busy for 376 ms
 * during the app's load). Puppeteer turns them off by default for the same reason. A second
 * `--disable-features` replaces Playwright's (the last one wins), so this one repeats Playwright's list
 * (playwright-core's chromiumSwitches, 1.65) before adding the two.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];
