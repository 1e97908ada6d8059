/**
 * The load without Playwright: `npm run bench:raw -- [--cpu N] [--runs N] [--only LABELS]` starts a
 * Chromium of its own and drives it over bare CDP (Node's WebSocket), so nothing is attached to the page
 * but what it asks for. For each catalog it loads our app and force-graph's warm-up page alternately, each
 * load in a fresh browser context, once with the DevTools Network domain off and once on, and prints each
 * page's interactive mark and the ratio of the two.
 *
 * Why: Playwright enables the Network domain on every page, and with it Chromium decodes and keeps a copy
 * of every text response and reports every request over the DevTools connection, on the page's main
 * thread. Our app makes more requests than force-graph's page (its code comes in chunks) and reads an
 * 832 kB JSON on the 2,407-project import, so `npm run bench` charges it more of that cost than it charges
 * force-graph. This cross-checks the ratio; the targets are judged by `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../scripts/chromium.mjs';
import { buildPages } from './buildPages.ts';
import { DEFAULT_LIMIT_PROJECTS, type BenchCatalog } from './catalogs.ts';
import { load } from './machine.ts';
import { parseCpuList } from './options.ts';
import { prepareSite } from './prepareSite.ts';
import { serve } from './staticServer.ts';
import { pairedRatios, spread, type Spread } from './stats.ts';
import { pollInPage } from './waitInPage.ts';

function options(argv: string[]) {
  const o = { cpu: 1, runs: 5, only: ['cncf+members-compiled'] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--cpu') o.cpu = parseCpuList(value())[0] ?? 1;
    else if (arg === '--runs') o.runs = Math.max(1, Number(value()) || 5);
    else if (arg === '--only') o.only = value().split(',');
    else
      throw new Error(
        `bench/rawLoad: unknown option ${arg} (see the comment at the top of bench/rawLoad.ts)`,
      );
  }
  return o;
}

type Message = { id?: number; method?: string; params?: Record<string, unknown>; sessionId?: string };
type Reply = Message & { result?: Record<string, unknown>; error?: { message: string } };

/** The least of a CDP client: commands, and waiting for one event. */
class Cdp {
  #id = 0;
  #replies = new Map<number, (reply: Reply) => void>();
  #waiters: Array<(message: Message) => boolean> = [];
  private constructor(private readonly socket: WebSocket) {
    socket.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as Reply;
      if (message.id !== undefined) this.#replies.get(message.id)?.(message);
      else this.#waiters = this.#waiters.filter((take) => !take(message));
    };
  }

  static async connect(url: string): Promise<Cdp> {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => ((socket.onopen = resolve), (socket.onerror = reject)));
    return new Cdp(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++this.#id;
    return new Promise((resolve, reject) => {
      this.#replies.set(id, (reply) => {
        this.#replies.delete(id);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result as T);
      });
      this.socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  }

  event(method: string, sessionId: string): Promise<void> {
    return new Promise((resolve) =>
      this.#waiters.push((m) => m.method === method && m.sessionId === sessionId && (resolve(), true)),
    );
  }

  close() {
    this.socket.close();
  }
}

async function startChromium(executablePath: string) {
  const profile = mkdtempSync(join(tmpdir(), 'cnm-raw-'));
  const args = [...CHROMIUM_ARGS, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`];
  const child = spawn(executablePath, [...args, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (found) resolve(found[1]!);
    });
    child.once('exit', () => reject(new Error(`bench/rawLoad: Chromium exited before listening:\n${text}`)));
  });
  // Its profile is removed once Chromium has exited: it writes there until then.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { url, close };
}

const VIEWPORT = { width: 1440, height: 900 };

/** One load in a fresh context: the page's `mark` (ms from navigation), and `read` evaluated after it. */
async function loadOnce(
  cdp: Cdp,
  url: string,
  mark: string,
  cpu: number,
  network: boolean,
  read = 'null',
): Promise<{ at: number; read: unknown }> {
  const { browserContextId } = await cdp.send<{ browserContextId: string }>('Target.createBrowserContext');
  try {
    const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
    });
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    await cdp.send('Page.enable', {}, sessionId);
    if (network) await cdp.send('Network.enable', {}, sessionId);
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu }, sessionId);
    await cdp.send(
      'Emulation.setDeviceMetricsOverride',
      { ...VIEWPORT, deviceScaleFactor: 1, mobile: false },
      sessionId,
    );
    const loaded = cdp.event('Page.loadEventFired', sessionId);
    await cdp.send('Page.navigate', { url }, sessionId);
    await loaded;
    // A timer in the page polls for the mark: nothing else of ours runs in it.
    const entry = `performance.getEntriesByName(${JSON.stringify(mark)})[0]`;
    const expression = pollInPage(entry, `[${entry}.startTime, ${read}]`, 60_000, '[NaN, null]');
    const { result } = await cdp.send<{ result: { value: [number, unknown] } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    return { at: result.value[0], read: result.value[1] };
  } finally {
    await cdp.send('Target.disposeBrowserContext', { browserContextId });
  }
}

const ms = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : 'n/a');
const cell = (s: Spread, digits: (v: number) => string = ms) =>
  `${digits(s.median)} (${digits(s.min)}–${digits(s.max)})`;

async function main() {
  const o = options(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const site = await prepareSite('auto', {
    synthetic: false,
    limitProjects: DEFAULT_LIMIT_PROJECTS,
    embedQuery: '',
    only: o.only,
  });
  await buildPages(site.dir);
  const server = await serve(site.dir);
  const chromium = await startChromium(executablePath);
  const cdp = await Cdp.connect(chromium.url);
  const out = [`## Loads without Playwright (${site.build}; ${o.cpu}× CPU; load ${load()})`, ''];
  try {
    for (const catalog of site.catalogs) out.push(...(await measure(cdp, server.url, catalog, o)), '');
  } finally {
    cdp.close();
    await chromium.close();
    await server.close();
    site.remove();
  }
  out.push(`Load average at end ${load()}.`);
  console.log(out.join('\n'));
}

async function measure(
  cdp: Cdp,
  base: string,
  catalog: BenchCatalog,
  o: { cpu: number; runs: number },
): Promise<string[]> {
  const ours = catalog.file === 'catalog.yaml' ? base : `${base}?catalog=${catalog.file}`;
  const rows: string[] = [
    `### ${catalog.label} (${catalog.projects.toLocaleString('en-US')} projects), ${o.runs} loads each`,
    '',
    '| DevTools Network domain | ours: interactive | force-graph (warm-up = ours): interactive | ours / force-graph |',
    '| --- | --- | --- | --- |',
  ];
  for (const network of [false, true]) {
    const mine: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < o.runs; run++) {
      const canvasSize = `(() => { const r = document.querySelector('canvas')?.getBoundingClientRect(); return r ? [Math.round(r.width), Math.round(r.height)] : [0, 0]; })()`;
      const a = await loadOnce(cdp, ours, 'cloud-native-map:interactive', o.cpu, network, canvasSize);
      const [w, h] = a.read as [number, number];
      const fg = `${base}bench/force-graph.html?catalog=${catalog.file}&mode=warmup&w=${w}&h=${h}`;
      const b = await loadOnce(cdp, fg, 'force-graph:interactive', o.cpu, network);
      mine.push(a.at);
      theirs.push(b.at);
      console.error(`  ${catalog.label}, network ${network ? 'on' : 'off'}: ${ms(a.at)} / ${ms(b.at)} ms`);
    }
    const ratio = cell(pairedRatios(mine, theirs), (v) => `${v.toFixed(2)}×`);
    const shown = network ? 'on (as under Playwright)' : 'off';
    rows.push(`| ${shown} | ${cell(spread(mine))} | ${cell(spread(theirs))} | ${ratio} |`);
  }
  return rows;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
