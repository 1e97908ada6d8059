/**
 * The benchmark's option values that need checking, parsed here so they can be unit-tested (bench/run.ts
 * reads the command line and calls these). Each throws an error that says what it expected.
 */

/** The pages a round loads; `force-graph` is both its settings, `probe` times src/lib alone. */
export const PAGES = ['app', 'phone', 'embed', 'force-graph', 'probe'] as const;
export type BenchPage = (typeof PAGES)[number];

/** Chromium accepts any rate ≥ 1; past 20× a load of the big catalogs takes minutes and tells nothing new. */
const MAX_CPU = 20;

/** `--cpu 4` or `--cpu 1,4`: CPU slowdowns, each run in turn; duplicates dropped, order kept. */
export function parseCpuList(text: string): number[] {
  const rates = text.split(',').map((part) => part.trim().replace(/x$/i, ''));
  const out: number[] = [];
  for (const rate of rates) {
    const n = Number(rate);
    if (rate === '' || !Number.isFinite(n) || n < 1 || n > MAX_CPU)
      throw new Error(
        `bench: --cpu takes slowdowns from 1 to ${MAX_CPU}, comma-separated (e.g. --cpu 1,4), not "${text}"`,
      );
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** `--pages app,embed`: which pages each round loads. */
export function parsePages(text: string): BenchPage[] {
  const names = text.split(',').map((p) => p.trim());
  const unknown = names.filter((p) => !(PAGES as readonly string[]).includes(p));
  if (unknown.length > 0 || names.length === 0)
    throw new Error(
      `bench: --pages takes some of ${PAGES.join(', ')}, comma-separated; not ${unknown.join(', ')}`,
    );
  return [...new Set(names)] as BenchPage[];
}

/** Digits alone, else NaN: Number('') and Number(' ') are 0, and an empty value must not pass as none. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);

/** `1440x900`: a viewport in CSS pixels. */
export function parseViewport(text: string, option = '--viewport'): { width: number; height: number } {
  const match = /^(\d+)x(\d+)$/.exec(text.trim());
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  if (!match || width < 100 || height < 100)
    throw new Error(`bench: ${option} takes WIDTHxHEIGHT in CSS pixels, e.g. 1440x900, not "${text}"`);
  return { width, height };
}

/** `--synthetic-projects 5000`: projects in the synthetic catalog at the limit (0 leaves it out). */
export function parseProjectCount(text: string, max: number): number {
  const n = wholeNumber(text);
  if (!Number.isInteger(n) || n > max)
    throw new Error(
      `bench: --synthetic-projects takes a whole number from 0 to ${max} (the size limit), not "${text}"`,
    );
  return n;
}

/** `--busy 1`: processes that keep a core busy while the benchmark runs (backgroundLoad.ts); at most the cores. */
export function parseBusy(text: string, cores: number): number {
  const n = wholeNumber(text);
  if (!Number.isInteger(n) || n > cores)
    throw new Error(
      `bench: --busy takes how many cores to keep busy, a whole number from 0 to ${cores} (this machine's cores), not "${text}"`,
    );
  return n;
}
