/**
 * Where the long tasks of a load go: `npx tsx bench/profile.ts [options]` loads our pages with a CPU
 * profile of the main thread (CDP Profiler, 250 µs samples), from an unminified build so function names
 * read as in src/, and prints each busy stretch of 50 ms or more with the functions it spent its time in.
 * The `longtask` figures beside it come from the same instrument as `npm run bench`. A profiled load runs
 * slower than a plain one: use `npm run bench` for the figures, this for the attribution.
 *
 * Options:
 *   --cpu LIST        CPU slowdowns (default 4)
 *   --pages LIST      of app, phone, embed (default all three)
 *   --only LABELS     catalogs, as for the bench (default bundled)
 *   --embed QUERY     the embed's parameters (default problem=tracing,logging,metrics)
 *   --stretches N     busy stretches listed per load (default 4)
 *   --save DIR        also write each .cpuprofile there (opens in Chrome DevTools' Performance panel)
 */
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../scripts/chromium.mjs';
import { blockingFigures } from './blocking.ts';
import { buildPages } from './buildPages.ts';
import { DEFAULT_LIMIT_PROJECTS } from './catalogs.ts';
import { load } from './machine.ts';
import { blockingOf, EMBED, open, pagePath, PHONE, type PageSetup } from './measurePages.ts';
import { parseCpuList, parsePages } from './options.ts';
import { prepareSite } from './prepareSite.ts';
import { busyStretches, type CpuProfile, type Locate } from './profileTasks.ts';
import { indexMappings, shortSource, sourceAt, type LineIndex, type SourceMapV3 } from './sourceMaps.ts';
import { serve } from './staticServer.ts';
import { MAP_READY, waitInPage } from './waitInPage.ts';

function options(argv: string[]) {
  const o = {
    cpu: [4],
    pages: ['app', 'phone', 'embed'] as Array<'app' | 'phone' | 'embed'>,
    only: ['bundled'],
    embed: 'problem=tracing,logging,metrics',
    stretches: 4,
    save: '',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--cpu') o.cpu = parseCpuList(value());
    else if (arg === '--pages') {
      const pages = parsePages(value());
      if (pages.some((p) => p === 'force-graph' || p === 'probe'))
        throw new Error('bench/profile: --pages takes app, phone, embed');
      o.pages = pages as typeof o.pages;
    } else if (arg === '--only') o.only = value().split(',');
    else if (arg === '--embed') o.embed = value().replace(/^\?/, '');
    else if (arg === '--stretches') o.stretches = Math.max(1, Number(value()) || 4);
    else if (arg === '--save') o.save = value();
    else
      throw new Error(
        `bench/profile: unknown option ${arg} (see the comment at the top of bench/profile.ts)`,
      );
  }
  return o;
}

const ms = (v: number) => `${Math.round(v)} ms`;

/** Frames of the served scripts → their source file, through the build's .map files. */
function locator(siteDir: string): Locate {
  const maps = new Map<string, { map: SourceMapV3; index: LineIndex } | null>();
  return (frame) => {
    if (!frame.url.startsWith('http')) return null;
    const path = new URL(frame.url).pathname;
    if (!maps.has(path)) {
      const file = join(siteDir, `${path}.map`);
      const map = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SourceMapV3) : null;
      maps.set(path, map ? { map, index: indexMappings(map) } : null);
    }
    const found = maps.get(path);
    if (!found) return null;
    const source = sourceAt(found.map, found.index, frame.lineNumber, frame.columnNumber ?? 0);
    return source ? shortSource(source) : null;
  };
}

const list = (items: Array<{ name: string; ms: number }>, min: number) =>
  items
    .filter((f) => f.ms >= min)
    .map((f) => `${f.name} ${ms(f.ms)}`)
    .join(' · ') || '(none)';

async function main() {
  const o = options(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(NO_CHROMIUM);
    process.exit(1);
  }
  const limit = o.only.some((l) => l.startsWith('synthetic')) ? DEFAULT_LIMIT_PROJECTS : 0;
  const site = await prepareSite('unminified', {
    synthetic: false,
    limitProjects: limit,
    embedQuery: o.embed,
    only: o.only,
  });
  const server = await serve(site.dir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const out: string[] = [`## Long tasks and where they go (${site.build}; load ${load()})`, ''];
  try {
    const instrument = await buildPages(site.dir);
    const locate = locator(site.dir);
    for (const cpu of o.cpu) {
      for (const catalog of site.catalogs) {
        for (const kind of o.pages) {
          const viewport = kind === 'phone' ? PHONE : kind === 'embed' ? EMBED : { width: 1440, height: 900 };
          const setup: PageSetup = { browser, baseUrl: server.url, instrument, viewport, cpu };
          const { context, page } = await open(setup, viewport);
          try {
            const cdp = await context.newCDPSession(page);
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
            await cdp.send('Profiler.start');
            const path = pagePath(kind, catalog, o.embed);
            await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
            await waitInPage(page, MAP_READY, 120_000);
            const blocking = await blockingOf(page);
            const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
            const { marks } = await page.evaluate(() => window.__bench.loadFigures());
            const interactive = marks['cloud-native-map:interactive'] ?? NaN;
            const b = blockingFigures(blocking.tasks, blocking.fcp, interactive);
            const name = `${kind}-${catalog.label}-${cpu}x`;
            if (o.save) writeFileSync(join(o.save, `${name}.cpuprofile`), JSON.stringify(profile));
            out.push(
              `### ${kind}, ${catalog.label}, ${cpu}× CPU (\`${path || '/'}\`)`,
              '',
              `Interactive ${ms(interactive)}, first contentful paint ${ms(blocking.fcp)}; long tasks: ${b.count}, ` +
                `the longest ${ms(b.longest)}, TBT ${ms(b.tbt)}; each: ` +
                blocking.tasks.map((t) => `${ms(t.duration)} at ${ms(t.start)}`).join(', '),
              '',
            );
            for (const s of busyStretches(profile, 50, 10, locate).slice(0, o.stretches)) {
              const min = s.duration * 0.03;
              out.push(
                `- busy ${ms(s.duration)} from ${ms(s.start)} of the profile`,
                `  - by file or package (own time): ${list(s.where, min)}`,
                `  - our functions (callees included): ${list(s.own, min)}`,
                `  - heaviest functions (own time): ${list(s.self, min)}`,
              );
            }
            out.push('');
            console.error(`bench/profile: ${name} done (load ${load()})`);
          } finally {
            await context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    site.remove();
  }
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
