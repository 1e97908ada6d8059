/**
 * The layout of the code, as README.md's "How the code is laid out" describes it: the folders of src/lib
 * depend on each other in one direction only (no import loops, so each can be understood and tested from
 * the bottom up), nothing in src/lib touches the DOM through Svelte components, and no source file grows
 * past 300 lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { expect, test } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const IMPORT =
  /(?:import|export)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files('src/lib').filter((f) => /\.ts$/.test(f))) {
    const from = relative('src/lib', file).split(/[\\/]/)[0]!;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), match[1] ?? match[2]!));
      const to = relative('src/lib', target).split(/[\\/]/)[0]!;
      if (to.startsWith('..') || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

test('the folders of src/lib import each other without loops', () => {
  const graph = folderGraph();
  const loops: string[] = [];
  const visit = (node: string, path: string[]) => {
    if (path.includes(node)) {
      loops.push([...path.slice(path.indexOf(node)), node].join(' → '));
      return;
    }
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
  };
  for (const node of graph.keys()) visit(node, []);
  expect([...new Set(loops)]).toEqual([]);
  // The loop this rule was written after: the catalog parsing code imported the layout, and back.
  expect(graph.get('catalog')?.has('graph') ?? false).toBe(false);
});

test('src/lib is plain TypeScript: no Svelte components', () => {
  expect(files('src/lib').filter((f) => f.endsWith('.svelte'))).toEqual([]);
});

test('no source file passes 300 lines', () => {
  const long = files('src')
    .filter((f) => /\.(ts|svelte)$/.test(f))
    .map((f) => [f, readFileSync(f, 'utf8').split('\n').length - 1] as const)
    .filter(([, lines]) => lines > 300);
  expect(long).toEqual([]);
});
