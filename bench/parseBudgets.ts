/**
 * Parse budgets: `npm run bench:parse` (or `npx tsx bench/parseBudgets.ts [rounds]`).
 *
 * Every broken or hostile catalog in tests/fixtures/bad (the committed files and the ones
 * generate.ts builds) must be answered quickly: far above the usual time, far below a frozen tab.
 * `npm test` checks what each one answers; how long it takes is measured here, because a timed
 * assertion in a test fails on a crowded machine and says nothing about the code. It counts
 * parseCatalog's CPU time (not wall time, which grows when other processes crowd the machine),
 * takes the best of a few rounds, prints each input against its budget and exits 1 when one is over.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseCatalog } from '../src/lib/catalog/index.ts';
import { generatedCases } from '../tests/fixtures/bad/generate.ts';
import { load } from './machine.ts';

/** A committed fixture may take this long: they are all small. */
const FIXTURE_BUDGET_MS = 250;
/** Comment lines before the content once took exponential time (26 lines: 39 s). */
const COMMENT_LINES = 60;
const COMMENT_BUDGET_MS = 500;

const rounds = Math.max(1, Number(process.argv[2]) || 3);
const dir = new URL('../tests/fixtures/bad/', import.meta.url);
const minimal = readFileSync(new URL('../tests/fixtures/valid/minimal.yaml', import.meta.url), 'utf8');

interface Case {
  name: string;
  budgetMs: number;
  input: () => string | Uint8Array;
}

const cases: Case[] = [
  ...readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      name: file,
      budgetMs: FIXTURE_BUDGET_MS,
      input: () => readFileSync(new URL(file, dir)),
    })),
  ...generatedCases.map((c) => ({ name: `${c.name} (generated)`, budgetMs: c.budgetMs, input: c.build })),
  {
    name: `${COMMENT_LINES} comment lines before the content`,
    budgetMs: COMMENT_BUDGET_MS,
    input: () => '# A comment line.\n'.repeat(COMMENT_LINES) + minimal,
  },
];

function cpuMs(input: string | Uint8Array, file: string): number {
  const start = process.cpuUsage();
  parseCatalog(input, file);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

console.log(`bench:parse: ${cases.length} inputs, best of ${rounds} rounds, load average ${load()}`);
console.log('');
console.log('| input | CPU time (ms) | budget (ms) | within |');
console.log('|---|---|---|---|');
let over = 0;
for (const c of cases) {
  const input = c.input();
  let best = Infinity;
  for (let round = 0; round < rounds; round++) best = Math.min(best, cpuMs(input, c.name));
  const within = best < c.budgetMs;
  if (!within) over++;
  console.log(`| ${c.name} | ${best.toFixed(1)} | ${c.budgetMs} | ${within ? 'yes' : '**no**'} |`);
}
console.log('');
console.log(over === 0 ? 'every input within its budget' : `${over} input(s) over budget`);
process.exitCode = over === 0 ? 0 : 1;
