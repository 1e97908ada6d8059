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

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
