/**
 * How fast this machine runs a page's script at each CPU slowdown, measured with a fixed piece of work in a
 * blank page. The same build measured 2.5 times apart on this kind of machine from one hour to the next
 * (docs/performance.md, Run 12), and Chromium's throttling is not exact: it holds the page's main thread
 * back on a wall-clock rhythm, so a busy machine slows a throttled page more than the rate says. With the
 * work's time in the report, runs on different days, or on a busy and a quiet machine, can be compared.
 */
import type { Browser } from '@playwright/test';
import { median, p95 } from './stats.ts';

export interface SpeedSample {
  /** The slowdown asked of Chromium. */
  cpu: number;
  /** One piece of the work, median and 95th percentile over the pieces (ms). */
  medianMs: number;
  p95Ms: number;
}

/** Integer arithmetic in a loop, in pieces of about 2.5 ms at 1× on this kind of machine. */
const WORK = `(() => {
  const times = [];
  let x = 0;
  for (let piece = 0; piece < 80; piece++) {
    const start = performance.now();
    for (let i = 0; i < 600000; i++) x = (x * 31 + i) % 1000003;
    times.push(performance.now() - start);
  }
  return x < 0 ? [] : times;
})()`;

export async function measureSpeed(browser: Browser, cpu: number): Promise<SpeedSample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    if (cpu !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    await page.evaluate(WORK); // compiled and optimised before it is timed
    const times = (await page.evaluate(WORK)) as number[];
    return { cpu, medianMs: median(times), p95Ms: p95(times) };
  } finally {
    await context.close();
  }
}

const fixed = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** The report's sentence: each slowdown's time, and how much slower than 1× it really was. */
export function describeSpeed(samples: readonly SpeedSample[]): string {
  if (samples.length === 0) return 'not measured';
  const base = samples.find((s) => s.cpu === 1);
  return [...samples]
    .sort((a, b) => a.cpu - b.cpu)
    .map((s) => {
      const at = `${fixed(s.medianMs)} ms at ${s.cpu}× (p95 ${fixed(s.p95Ms)})`;
      return base && s.cpu !== 1 ? `${at}, really ${(s.medianMs / base.medianMs).toFixed(1)}× slower` : at;
    })
    .join('; ');
}
