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

/** Starts `n` processes that spin until `stop()` (or until this process exits, however it exits). */
export function startBackgroundLoad(n: number): BackgroundLoad {
  const children: ChildProcess[] = [];
  for (let i = 0; i < n; i++)
    children.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  const stop = () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    process.off('exit', stop);
  };
  // A benchmark stopped with Ctrl-C or by an error must not leave cores spinning behind it.
  process.on('exit', stop);
  return { pids: () => children.flatMap((c) => (c.pid === undefined ? [] : [c.pid])), stop };
}
