#!/usr/bin/env node
/**
 * `npm test`: every unit test (Vitest), a production build, then every browser
 * test (Playwright in the system Chromium). Ends with one line CI can read,
 * `N passed, N failed`, added up from both runners' JSON reports, and exits
 * non-zero when anything failed.
 *
 *   npm test                  everything
 *   npm test -- --unit-only   Vitest only
 *   npm test -- --e2e-only    build + Playwright only
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, NO_CHROMIUM } from './chromium.mjs';

const args = process.argv.slice(2);
const unit = !args.includes('--e2e-only');
const e2e = !args.includes('--unit-only');
const results = '.ci/results';
mkdirSync(results, { recursive: true });

const run = (command, commandArgs, env = {}) =>
  spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

if (unit) {
  const file = `${results}/vitest.json`;
  rmSync(file, { force: true });
  const status = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  const report = readJson(file);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (status !== 0 && report.numFailedTests === 0)
      problems.push('Vitest failed outside a test (see above)');
  } else {
    problems.push('Vitest did not produce a report');
  }
  if (status !== 0 && !report) failed += 1;
}

if (e2e) {
  const chromium = findChromium();
  if (!chromium) {
    console.error(NO_CHROMIUM);
    problems.push('browser tests did not run: no Chromium');
  } else if (run('npm', ['run', 'build', '--silent']) !== 0) {
    problems.push('the build failed, so the browser tests did not run');
  } else {
    const file = `${results}/playwright.json`;
    rmSync(file, { force: true });
    const status = run('npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: file,
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    });
    const report = readJson(file);
    if (report?.stats) {
      passed += report.stats.expected + report.stats.flaky;
      failed += report.stats.unexpected;
      skipped += report.stats.skipped;
      if (status !== 0 && report.stats.unexpected === 0)
        problems.push('Playwright failed outside a test (see above)');
    } else {
      problems.push('Playwright did not produce a report');
    }
  }
}

for (const problem of problems) console.error(`error: ${problem}`);
if (skipped > 0) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
