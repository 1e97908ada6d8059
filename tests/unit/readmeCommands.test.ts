/**
 * Every shell command in README.md, as written. The commands are read from the
 * README's ```sh blocks (never copied here), run from the repository root with
 * `sh -c`, and must succeed; a `# ...` line after a command is output it must
 * print. Commands that install, serve or run the whole suite are checked for
 * their npm scripts only. Commands naming a reference landscape that is absent
 * are skipped with a message. Files the commands write that were not there
 * before are removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { parseCatalog, formatError } from '../../src/lib/catalog/index.ts';

interface Command {
  line: string;
  /** `# ...` lines right after it: output it must print. */
  prints: string[];
}

function readmeCommands(): Command[] {
  const readme = readFileSync('README.md', 'utf8');
  const commands: Command[] = [];
  for (const block of readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
    for (const raw of block[1]!.split('\n')) {
      const line = raw.trim();
      if (line.startsWith('# ') && commands.length > 0) commands.at(-1)!.prints.push(line.slice(2));
      else if (line !== '') commands.push({ line: line.replace(/\s+#\s.*$/, ''), prints: [] });
    }
  }
  return commands;
}

/** Long-running or installing commands: their npm scripts must exist, they are not run here. */
const NOT_RUN = /^npm (ci|test)\b|npm run (dev|build|bench|screenshot|fuzz)\b/;
const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as object);
const commands = readmeCommands();
const written = new Set<string>();

afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

test('the README has shell commands, among them the import with --out', () => {
  expect(commands.length).toBeGreaterThan(4);
  expect(commands.some((c) => /^npm run import -- .* --out /.test(c.line))).toBe(true);
});

describe('README commands', () => {
  test.each(commands.filter((c) => NOT_RUN.test(c.line)))('$line: its npm scripts exist', ({ line }) => {
    for (const [, name] of line.matchAll(/npm run (\S+)/g)) expect(scripts).toContain(name);
  });

  const runnable = commands.filter((c) => !NOT_RUN.test(c.line));
  test.each(runnable)(
    '$line',
    ({ line, prints }) => {
      const inputs = [...line.matchAll(/(\.\.\/shared\/data\/\S+)/g)].map((m) => m[1]!);
      const missing = inputs.filter((file) => !existsSync(file));
      if (missing.length > 0) {
        console.warn(`readmeCommands: skipped "${line}": ${missing.join(', ')} not found`);
        return;
      }
      const out = /--out (\S+)/.exec(line)?.[1];
      if (out && !existsSync(out)) written.add(out);
      const result = spawnSync('sh', ['-c', line], { encoding: 'utf8' });
      const output = `${result.stdout}\n${result.stderr}`;
      // A command shown with an error under it fails, and says exactly that.
      expect(result.status, output).toBe(prints.length > 0 && /:\d+:\d+ /.test(prints[0]!) ? 1 : 0);
      for (const expected of prints) expect(output).toContain(expected);
      if (out) {
        const text = readFileSync(out, 'utf8');
        expect(text.startsWith('# yaml-language-server: $schema=./catalog.schema.json\n')).toBe(true);
        const parsed = parseCatalog(text, out);
        expect(parsed.ok ? [] : parsed.errors.slice(0, 3).map(formatError)).toEqual([]);
      }
    },
    120_000,
  );
});
