/**
 * Playwright's config picks two free ports once, in the runner, and leaves them in the environment, which
 * its workers and web servers inherit (tests/e2e/ports.ts reads them); so tests never talk to a stranger's
 * server that happens to hold a well-known port.
 */
import { execFileSync } from 'node:child_process';

const HOLD_TWO_PORTS = `
const net = require('node:net');
const a = net.createServer().listen(0, '127.0.0.1', () => {
  const b = net.createServer().listen(0, '127.0.0.1', () => {
    console.log(a.address().port + ' ' + b.address().port);
    a.close(); b.close();
  });
});`;

/** Sets CNM_MAP_PORT and CNM_HOST_PORT to two free ports unless they are set already. */
export function pickPorts(): void {
  if (process.env.CNM_MAP_PORT && process.env.CNM_HOST_PORT) return;
  const [map, host] = execFileSync(process.execPath, ['-e', HOLD_TWO_PORTS], { encoding: 'utf8' })
    .trim()
    .split(' ');
  process.env.CNM_MAP_PORT = map;
  process.env.CNM_HOST_PORT = host;
}
