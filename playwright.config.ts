import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './scripts/chromium.mjs';
import { pickPorts } from './tests/e2e/pickPorts.ts';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}

// Free ports, chosen once here and inherited by the workers and servers: never a stranger's server.
pickPorts();
const mapPort = process.env.CNM_MAP_PORT;
const hostPort = process.env.CNM_HOST_PORT;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${mapPort}/`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'off',
  },
  webServer: [
    // The production build (`npm run build` first: npm test does), with the deployment headers (vite.config.ts).
    {
      command: `npx vite preview --host 127.0.0.1 --port ${mapPort} --strictPort`,
      url: `http://127.0.0.1:${mapPort}/`,
      reuseExistingServer: false,
      timeout: 90_000,
    },
    // Another origin, for pages that embed the map.
    {
      command: 'npx tsx tests/e2e/hostServer.ts',
      url: `http://localhost:${hostPort}/blog.html`,
      reuseExistingServer: false,
      timeout: 90_000,
    },
  ],
});
