/**
 * Property-based fuzzing of parseCatalog: valid catalogs mutated in their
 * structure and in their text, random YAML, and random bytes. Whatever comes
 * in, parseCatalog must not throw, must return a catalog or a non-empty list
 * of errors whose positions exist in the input, and must answer in well under
 * a second of CPU time (a hang detector, not a benchmark).
 *
 *   npx vitest run tests/unit/fuzz.test.ts       fixed seed, 1,000 runs per property
 *   npm run fuzz                                  20,000 runs per property, a fresh seed
 *   FUZZ_RUNS=5000 FUZZ_SEED=123 npm run fuzz     replay or vary a run
 *
 * A failure prints the seed and the path that reproduce it, and the smallest
 * input fast-check shrank it to; keep that input as a regression case in
 * tests/fixtures/bad or in parseCatalog.test.ts once the bug is fixed.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump, load, parseEvents } from 'js-yaml';
import { describe, test } from 'vitest';
import { formatError, parseCatalog } from '../../src/lib/catalog/index.ts';
import { isInside } from '../../src/lib/catalog/positions.ts';
import { countValuesPast } from '../../src/lib/catalog/scanYaml.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.FUZZ_RUNS ? Date.now() % 2 ** 31 : 20_251_009));
const options = { numRuns: RUNS, seed: SEED, endOnFailure: false };
const timeout = 20_000 + RUNS * 50;

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const BASES = [read('../fixtures/valid/minimal.yaml'), read('../fixtures/bad/accepted-html-in-text.yaml')];

/** The invariants, for one input. Throws with the input's story when one fails. */
function check(input: string | Uint8Array): void {
  // No time is asserted: a blow-up runs into the test's timeout, and `npm run bench:parse` times the
  // hostile inputs.
  const result = parseCatalog(input, 'fuzz.yaml');
  if (result.ok) {
    if (!Array.isArray(result.catalog.projects) || !Array.isArray(result.catalog.problems))
      throw new Error('accepted a catalog without projects and problems lists');
    return;
  }
  if (result.errors.length === 0) throw new Error('rejected with no errors');
  let text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  for (const error of result.errors) {
    if (error.file !== 'fuzz.yaml' || typeof error.message !== 'string' || error.message === '')
      throw new Error(`malformed error: ${JSON.stringify(error)}`);
    if (!isInside(text, error)) throw new Error(`position outside the input: ${formatError(error)}`);
  }
}

// ---------------------------------------------------------------- text mutations

/** Characters and tokens that matter to YAML, to the validator's checks, and to decoders. */
const TOKENS = [
  ...':-?[]{},#&*!|>\'"%@`~\\ \t\n\r',
  '\r\n',
  ': ',
  '- ',
  '  ',
  '    ',
  '---\n',
  '...\n',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '!x ',
  '<<: ',
  '? ',
  '|-\n',
  '>+\n',
  'null',
  '~',
  'true',
  '0x1F',
  '.inf',
  '1e9',
  '-0',
  '9.5',
  "''",
  '""',
  '\\u202E',
  '\uFEFF',
  '\u202E',
  '\u200B',
  '\u0000',
  '\u0007',
  '\u0085',
  '\u2028',
  '\uD800',
  '\uDC00',
  'é',
  'а',
  '𝕏',
  'javascript:',
  ' https://x.org/',
  'data:,',
  '<script>',
  'id: x',
  'name:',
  'problems: [',
  'projects:\n',
];
const fragment = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'duplicateLine'; a: number }
  | { kind: 'deleteLine'; a: number }
  | { kind: 'indent'; a: number; by: number };

const at = fc.nat({ max: 1_000_000 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fragment }), weight: 4 },
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.record({ kind: fc.constant('swapLines' as const), a: at, b: at }),
  fc.record({ kind: fc.constant('duplicateLine' as const), a: at }),
  fc.record({ kind: fc.constant('deleteLine' as const), a: at }),
  fc.record({ kind: fc.constant('indent' as const), a: at, by: fc.integer({ min: -4, max: 4 }) }),
);

function applyEdit(text: string, e: Edit): string {
  const pos = (n: number) => n % (text.length + 1);
  if (e.kind === 'insert') return text.slice(0, pos(e.at)) + e.text + text.slice(pos(e.at));
  if (e.kind === 'delete') return text.slice(0, pos(e.at)) + text.slice(pos(e.at) + e.length);
  if (e.kind === 'truncate') return text.slice(0, pos(e.at));
  const lines = text.split('\n');
  const line = (n: number) => n % lines.length;
  if (e.kind === 'swapLines') {
    const [a, b] = [line(e.a), line(e.b)];
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  } else if (e.kind === 'duplicateLine') lines.splice(line(e.a), 0, lines[line(e.a)]!);
  else if (e.kind === 'deleteLine') lines.splice(line(e.a), 1);
  else {
    const i = line(e.a);
    lines[i] = e.by >= 0 ? ' '.repeat(e.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-e.by}}`), '');
  }
  return lines.join('\n');
}

const mutatedText = fc
  .tuple(fc.constantFrom(...BASES), fc.array(edit, { minLength: 1, maxLength: 6 }))
  .map(([base, edits]) => edits.reduce(applyEdit, base));

// ---------------------------------------------------------------- structural mutations

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type StructEdit = { kind: 'delete' | 'duplicate' | 'retype'; target: number; value: Json };

/** Every place in the value that can be edited: a container and a key in it. */
function slots(value: Json, out: Array<[Json[] | Record<string, Json>, string | number]> = []) {
  const entries: Array<[string | number, Json]> = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, item] of entries) {
    out.push([value as Json[] | Record<string, Json>, key]);
    slots(item, out);
  }
  return out;
}

function applyStructEdit(value: Json, e: StructEdit): Json {
  const all = slots(value);
  const slot = all[e.target % Math.max(1, all.length)];
  if (!slot) return e.value;
  const [container, key] = slot;
  if (Array.isArray(container) && typeof key === 'number') {
    if (e.kind === 'delete') container.splice(key, 1);
    else if (e.kind === 'duplicate') container.splice(key, 0, structuredClone(container[key]!));
    else container[key] = e.value;
  } else if (!Array.isArray(container) && typeof key === 'string') {
    if (e.kind === 'delete') delete container[key];
    else if (e.kind === 'duplicate')
      container[`${key}${key.length % 2 ? '' : '_'}`] = structuredClone(container[key]!);
    else container[key] = e.value;
  }
  return value;
}

const weirdString = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(
    '',
    ' ',
    'javascript:alert(1)',
    ' JavaScript:x',
    'https://ok.example/',
    'Kubеrnetes',
    'x'.repeat(3000),
  ),
);
const jsonish = fc.oneof(fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>, weirdString);
const structEdit: fc.Arbitrary<StructEdit> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'retype'),
  target: fc.nat({ max: 10_000 }),
  value: jsonish,
});

const PARSED = BASES.map((base) => load(base) as Json);
const mutatedStructure = fc
  .tuple(fc.nat({ max: PARSED.length - 1 }), fc.array(structEdit, { minLength: 1, maxLength: 5 }))
  .map(([i, edits]) => edits.reduce(applyStructEdit, structuredClone(PARSED[i]!)))
  .map((value) => dump(value, { lineWidth: -1 }));

// ---------------------------------------------------------------- random YAML and bytes

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));
const randomYaml = fc.jsonValue({ maxDepth: 5 }).map((value) => dump(value, { lineWidth: -1 }));
const mutatedBytes = fc
  .tuple(
    fc.constantFrom(...BASES),
    fc.array(fc.tuple(at, fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
  )
  .map(([base, pokes]) => {
    const bytes = new TextEncoder().encode(base);
    for (const [offset, byte] of pokes) bytes[offset % bytes.length] = byte;
    return bytes;
  });

describe(`parseCatalog under fuzzing (seed ${SEED}, ${RUNS} runs each)`, () => {
  test(
    'valid catalogs with text edits: characters, YAML punctuation, truncation, moved lines',
    { timeout },
    () => {
      fc.assert(fc.property(mutatedText, check), options);
    },
  );
  test('valid catalogs with fields deleted, duplicated and retyped', { timeout }, () => {
    fc.assert(fc.property(mutatedStructure, check), options);
  });
  test('structural and text edits together', { timeout }, () => {
    const both = fc
      .tuple(mutatedStructure, fc.array(edit, { maxLength: 3 }))
      .map(([text, edits]) => edits.reduce(applyEdit, text));
    fc.assert(fc.property(both, check), options);
  });
  test('random YAML documents and token soup', { timeout }, () => {
    fc.assert(fc.property(fc.oneof(randomYaml, tokenSoup), check), options);
  });
  // The quick count that refuses oversized files before js-yaml runs must never refuse a real
  // catalog: on anything js-yaml reads, it stays under twice the values js-yaml finds (on real
  // catalogs it counts about half), and the limit is more than twice the largest valid catalog.
  test('the quick value count never counts far more values than js-yaml reads', { timeout }, () => {
    const soundEnough = (text: string) => {
      let values: number;
      try {
        values = parseEvents(text, { maxDepth: 100 }).filter((e) => e.type >= 2 && e.type <= 5).length;
      } catch {
        return; // not YAML: nothing to compare with
      }
      const over = countValuesPast(text, 2 * values + 16);
      if (over !== undefined)
        throw new Error(`counted more than ${2 * values + 16} values, js-yaml read ${values}`);
    };
    const texts = fc.oneof(mutatedText, mutatedStructure, randomYaml, tokenSoup);
    fc.assert(fc.property(texts, soundEnough), options);
  });
  test('random and corrupted bytes', { timeout }, () => {
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), mutatedBytes), check), options);
  });
});
