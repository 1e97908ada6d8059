/**
 * The time control's playback on the CNCF landscape imported with members (issue #17): `npm run bench --
 * --playback [--runs N] [--cpu N] [--build | --no-build] [--catalog LABEL]`. Each run opens the built app
 * with the import in a fresh context, presses play on the date control (2016 to today, 12 s) and records,
 * until the play ends: every animation frame's timestamp (requestAnimationFrame deltas), the map's paint
 * times (its paint loop's own figures), long tasks, and how many days the control showed. The report gives
 * frames per second, p50/p95/max frame interval, dropped frames (each interval counts the 16.7 ms frames
 * it spans beyond the first) and the longest task; the machine's load is printed with it, since on a
 * shared machine the figures move with it.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../scripts/chromium.mjs';
import { load } from './machine.ts';
import { open, type PageSetup } from './measurePages.ts';
import { prepareSite, type BuildChoice } from './prepareSite.ts';
import { serve } from './staticServer.ts';
import { median, p95 } from './stats.ts';
import { MAP_READY, waitInPage } from './waitInPage.ts';

const FRAME_MS = 1000 / 60;
const PLAY_BUTTON = 'Play the landscape from 2016 to today';

export interface PlaybackRun {
  /** ms from pressing play to the control showing today again. */
  duration: number;
  /** requestAnimationFrame intervals during the play, ms. */
  intervals: number[];
  /** The map's paints during the play and their times, ms. */
  paints: number[];
  longTasks: number[];
  /** Distinct days the control showed. */
  days: number;
  loadAverage: string;
}

interface Recorded {
  frames: number[];
  tasks: Array<{ start: number; duration: number }>;
  days: number;
  /** Times the map's count of shown nodes changed. */
  shown: number;
  start: number;
  end: number;
}

/**
 * The in-page recorder, as source text: tsx would wrap named functions of a callback in a helper the
 * page does not have.
 */
const recorder = (button: string) => `(() => {
  const record = { frames: [], tasks: [], days: 0, shown: 0, start: 0, end: 0, on: true };
  window.__playback = record;
  const frame = (t) => {
    record.frames.push(t);
    if (record.on) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) record.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  const slider = document.querySelector('input[aria-label="Show the landscape as it was on"]');
  new MutationObserver(() => record.days++).observe(slider, { attributeFilter: ['aria-valuetext'] });
  const map = document.querySelector('[aria-roledescription="map"]');
  new MutationObserver(() => record.shown++).observe(map, { attributeFilter: ['data-shown'] });
  const play = document.querySelector('button[aria-label="${button}"]');
  play.addEventListener('click', () => (record.start = performance.now()), { capture: true });
  new MutationObserver(() => {
    if (record.start > 0 && play.getAttribute('aria-pressed') === 'false' && record.end === 0) {
      record.end = performance.now();
      record.on = false;
    }
  }).observe(play, { attributeFilter: ['aria-pressed'] });
})()`;

/** Installs the recorders in the page, presses play and waits for the play to end. */
async function recordPlay(page: Page): Promise<Recorded> {
  const play = page.getByRole('button', { name: PLAY_BUTTON });
  await play.waitFor({ timeout: 60_000 });
  await page.evaluate(recorder(PLAY_BUTTON));
  await play.click();
  await page.waitForFunction(() => (window as unknown as { __playback: Recorded }).__playback.end > 0, null, {
    timeout: 120_000,
    polling: 500,
  });
  return page.evaluate(() => (window as unknown as { __playback: Recorded }).__playback);
}

type Stats = { draws: number; drawTimes: number[] };
const paintStats = (page: Page) =>
  page.evaluate(
    () =>
      (
        document.querySelector('[aria-roledescription="map"]') as unknown as {
          mapApi?: { stats(): Stats };
        }
      ).mapApi?.stats() ?? { draws: 0, drawTimes: [] },
  );

export async function measurePlayback(setup: PageSetup, file: string): Promise<PlaybackRun> {
  const { context, page } = await open(setup);
  try {
    await page.goto(`${setup.baseUrl}?catalog=${file}`, { waitUntil: 'load' });
    await waitInPage(page, MAP_READY, 120_000);
    // Let the load's own work (list rows, search index in idle time) finish before playing.
    await page.waitForTimeout(3000);
    const before = await paintStats(page);
    const r = await recordPlay(page);
    const after = await paintStats(page);
    const frames = r.frames.filter((t) => t >= r.start && t <= r.end);
    const painted = after.draws - before.draws;
    console.error(`    paints ${painted} (${before.draws} → ${after.draws}), shown changed ${r.shown} times`);
    return {
      duration: r.end - r.start,
      intervals: frames.slice(1).map((t, i) => t - frames[i]!),
      paints: after.drawTimes.slice(-Math.min(painted, after.drawTimes.length)),
      longTasks: r.tasks
        .filter((t) => t.start + t.duration >= r.start && t.start <= r.end)
        .map((t) => t.duration),
      days: r.days,
      loadAverage: load(),
    };
  } finally {
    await context.close();
  }
}

const dropped = (intervals: number[]) =>
  intervals.reduce((sum, d) => sum + Math.max(0, Math.round(d / FRAME_MS) - 1), 0);
const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');

/** One row per run, and the runs together. */
export function playbackReport(label: string, projects: number, cpu: number, runs: PlaybackRun[]): string {
  const row = (name: string, r: Omit<PlaybackRun, 'loadAverage'> & { loadAverage?: string }) => {
    const fps = (r.intervals.length / r.duration) * 1000;
    const longest = Math.max(0, ...r.longTasks);
    return (
      `| ${name} | ${f1(r.duration / 1000)} s | ${r.days} | ${f1(fps)} | ${f1(median(r.intervals))} | ` +
      `${f1(p95(r.intervals))} | ${f1(Math.max(0, ...r.intervals))} | ${dropped(r.intervals)} of ` +
      `${r.intervals.length + dropped(r.intervals)} | ${f1(median(r.paints))} / ${f1(p95(r.paints))} | ` +
      `${r.longTasks.length} (${f1(longest)} ms) | ${r.loadAverage ?? ''} |`
    );
  };
  const all = {
    duration: runs.reduce((s, r) => s + r.duration, 0),
    intervals: runs.flatMap((r) => r.intervals),
    paints: runs.flatMap((r) => r.paints),
    longTasks: runs.flatMap((r) => r.longTasks),
    days: Math.round(runs.reduce((s, r) => s + r.days, 0) / Math.max(1, runs.length)),
  };
  return [
    `### Time control playback: ${label} (${projects.toLocaleString('en')} projects), ${cpu}× CPU`,
    '',
    '| run | play | days shown | frames/s | frame p50 | frame p95 | frame max | dropped frames | paint p50 / p95 | long tasks (longest) | load average |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map((r, i) => row(String(i + 1), r)),
    row('all', all),
    '',
    'Frame times are requestAnimationFrame intervals (ms) while the control plays from 2016 to today; a dropped ' +
      'frame is a 16.7 ms frame an interval spans beyond its first.',
    '',
  ].join('\n');
}

/** `npm run bench -- --playback …`: measures the playback only, and prints its report. */
export async function runPlayback(argv: string[]): Promise<void> {
  let runs = 3;
  let cpu = 1;
  let build: BuildChoice = 'auto';
  let label = 'cncf+members';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--playback') continue;
    else if (arg === '--runs') runs = Math.max(1, Number(value()) || 3);
    else if (arg === '--cpu') cpu = Math.max(1, Number(value()) || 1);
    else if (arg === '--build') build = 'always';
    else if (arg === '--no-build') build = 'never';
    else if (arg === '--catalog') label = value();
    else
      throw new Error(
        `bench --playback: unknown option ${arg} (see the comment at the top of bench/playback.ts)`,
      );
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(NO_CHROMIUM);
    process.exit(1);
  }
  console.error(`bench --playback: load average ${load()}`);
  const site = await prepareSite(build, {
    synthetic: false,
    limitProjects: 0,
    embedQuery: '',
    only: [label],
  });
  const server = await serve(site.dir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const catalog = site.catalogs.find((c) => c.label === label);
    if (!catalog)
      throw new Error(`bench --playback: no catalog ${label} (is ../shared/data/cncf-landscape.yml there?)`);
    const setup: PageSetup = {
      browser,
      baseUrl: server.url,
      instrument: '',
      viewport: { width: 1440, height: 900 },
      cpu,
    };
    const results: PlaybackRun[] = [];
    for (let r = 1; r <= runs; r++) {
      const run = await measurePlayback(setup, catalog.file);
      results.push(run);
      console.error(
        `  run ${r}/${runs}: ${run.intervals.length} frames in ${f1(run.duration / 1000)} s, p95 ${f1(p95(run.intervals))} ms, ` +
          `dropped ${dropped(run.intervals)}, load ${run.loadAverage}`,
      );
    }
    process.stdout.write(
      `${playbackReport(label, catalog.projects, cpu, results)}\n${site.build}; load average ${load()} at the end.\n`,
    );
  } finally {
    await browser.close();
    await server.close();
    site.remove();
  }
}
