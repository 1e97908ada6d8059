/**
 * `--busy N`: the benchmark's own background load. Issue #20's search targets hold "with the benchmark's
 * background load", and the machines here swing from quiet (load 0.3) to busy by their neighbours' work
 * within an hour: the same build measured 2.5× apart. N processes that each keep a core busy for the
 * whole run make that load the same from run to run, and the report says how many there were.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface BackgroundLoad {
  /** Their process ids, while they run. */
  pids(): number[];
  stop(): void;
}

/**
 * Each spinner also leaves by itself once the benchmark is gone: a benchmark killed by a signal (`timeout`,
 * SIGTERM, SIGKILL) runs no exit handler, and a spinner left behind skewed every run after it. It looks up
 * its parent every 50 million turns (a few tens of ms).
 */
const SPIN = `const parent = Number(process.argv[1]);
for (let i = 1; ; i++) if (i % 50000000 === 0 && process.ppid !== parent) process.exit(0);`;

/** Starts `n` processes that spin until `stop()`, until this process exits, or until it is killed. */
export function startBackgroundLoad(n: number): BackgroundLoad {
  const children: ChildProcess[] = [];
  for (let i = 0; i < n; i++)
    children.push(spawn(process.execPath, ['-e', SPIN, String(process.pid)], { stdio: 'ignore' }));
  const stop = () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    process.off('exit', stop);
  };
  // A benchmark stopped with Ctrl-C or by an error must not leave cores spinning behind it.
  process.on('exit', stop);
  return { pids: () => children.flatMap((c) => (c.pid === undefined ? [] : [c.pid])), stop };
}
