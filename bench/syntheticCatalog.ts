/**
 * A deterministic, realistic catalog of any size for benchmarks: the article and problems of
 * data/catalog.yaml, and N invented projects shaped like the CNCF landscape. Problems are
 * skewed as in the bundled catalog (observability and delivery crowd, chaos is rare), most
 * projects solve one problem, some two or three chosen among problems that go together;
 * descriptions of 15-40 words use each problem's own vocabulary plus names of languages and
 * other projects; about 91% are outside the CNCF, as in the landscape. Same seed, same catalog.
 *
 * It is valid (parseCatalog accepts it) from ceil(problems / 5) projects up: 5 with the bundled 22.
 *
 *   syntheticCatalog(2400)                    // in Node: built on data/catalog.yaml
 *   syntheticCatalog(2400, 7, bundledCatalog) // anywhere: built on a catalog you pass
 *   npx tsx bench/syntheticCatalog.ts 2400 [seed] > /tmp/landscape-2400.yaml
 */
import { dump } from 'js-yaml';
import { parseCatalog } from '../src/lib/catalog/index.ts';
import type { Catalog, Maturity, Problem, Project } from '../src/lib/catalog/types.ts';

/** mulberry32: small, fast and good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
function weighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  let r = rng() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((r -= weights[i]!) < 0) return items[i]!;
  return items.at(-1)!;
}

// Landscape proportions: ~30 graduated, ~36 incubating, ~130 sandbox, ~25 archived of ~2,400.
const MATURITIES: Maturity[] = ['graduated', 'incubating', 'sandbox', 'archived', 'none'];
const MATURITY_WEIGHTS = [1.3, 1.5, 5.5, 1, 90.7];
const PROBLEM_COUNT_WEIGHTS = [60, 28, 12]; // one, two or three problems

const STEMS = (
  'kube open cloud flux helm mesh trace log vault grid nova astra stella terra aqua pulse beacon harbor ' +
  'keel rudder anchor sail pilot kite orbit comet quasar nebula zephyr boreas atlas helios hermes iris echo ' +
  'delta sigma lambda kappa theta omni hyper micro nano poly cobalt argon xenon neon krypton onyx jade ' +
  'ember frost drift glide spark ridge cedar maple birch aspen falcon heron otter lynx badger raven wren ' +
  'tidal lunar solar polar arctic rapid swift stride vector tensor matrix cipher quill scribe ledger relay'
).split(' ');
const SUFFIXES = (
  'ly io ctl flow forge stack hub lab ops scope watch guard gate bridge port cast shift span wave craft ' +
  'base kit nest hive mint dock grid line sync store vault mesh keeper proxy fleet yard'
).split(' ');
const VENDORS =
  'Apache Acme Contoso Initech Globex Umbrella Stark Wayne Tyrell Cyberdyne Hooli Vandelay'.split(' ');
const KINDS = 'platform toolkit operator framework service engine controller library system agent CLI'.split(
  ' ',
);
const ADJECTIVES = (
  'lightweight scalable cloud-native distributed open-source Kubernetes-native declarative extensible ' +
  'high-performance vendor-neutral fast secure simple pluggable multi-tenant serverless'
).split(' ');
const VERBS = (
  'manages collects routes stores automates watches scales secures schedules exports validates ' +
  'discovers replicates encrypts provisions monitors analyses indexes'
).split(' ');
const PLACES = [
  '',
  '',
  ' across services',
  ' on Kubernetes',
  ' at the edge',
  ' for every team',
  ' in any cloud',
];
const LANGUAGES = 'Go Rust Java Python C++ TypeScript Erlang Kotlin Zig Elixir Scala C#'.split(' ');
const STOP = new Set(
  (
    'a an and are as at be by for from in into is it its of on or that the their to with this these those ' +
    'does every never other others each than then them they what when where which while would could should ' +
    'also only more most much many some such same both very just like into over under about after before ' +
    'without within between through across first second third used uses using make makes made lets tied ' +
    'your yours there here itself ones once whose'
  ).split(' '),
);

const capital = (word: string) => word.slice(0, 1).toUpperCase() + word.slice(1);
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface ProblemProfile {
  problem: Problem;
  weight: number;
  categories: string[];
  words: string[];
  wordWeights: number[];
  /** Problems that appear with this one in the bundled catalog, with counts. */
  companions: Map<string, number>;
}

function profiles(base: Catalog): ProblemProfile[] {
  return base.problems.map((problem) => {
    const primary = base.projects.filter((p) => p.problems[0] === problem.id);
    const tagged = base.projects.filter((p) => p.problems.includes(problem.id));
    // The problem's own words: those of its aliases, and those its projects' descriptions share.
    const counts = new Map<string, number>();
    const count = (text: string, by: number) => {
      for (const word of text.toLowerCase().match(/[a-z][a-z0-9-]{3,}/g) ?? [])
        if (!STOP.has(word)) counts.set(word, (counts.get(word) ?? 0) + by);
    };
    tagged.forEach((p) => count(p.description ?? '', 1));
    [problem.question, ...problem.aliases].forEach((text) => count(text, 2));
    const common = [...counts.keys()].filter((w) => counts.get(w)! >= 2).sort();
    const words = common.length > 0 ? common : [...counts.keys(), 'service'].sort();
    const companions = new Map<string, number>();
    for (const p of tagged) {
      for (const other of p.problems) {
        if (other !== problem.id) companions.set(other, (companions.get(other) ?? 0) + 1);
      }
    }
    const categories = (primary.length > 0 ? primary : tagged).map((p) => p.category);
    return {
      problem,
      weight: primary.length + 1,
      categories: categories.length > 0 ? categories : ['Other'],
      words,
      wordWeights: words.map((w) => counts.get(w)!),
      companions,
    };
  });
}

function inventName(rng: Rng, taken: Set<string>, profile: ProblemProfile): string {
  for (let attempt = 0; ; attempt++) {
    const stem = pick(rng, STEMS);
    const suffix = rng() < 0.8 || stem.length <= 4 ? pick(rng, SUFFIXES) : '';
    const word = capital(stem) + (rng() < 0.15 ? capital(suffix) : suffix);
    const r = rng();
    let name = word;
    if (r < 0.12) name = `${pick(rng, VENDORS)} ${word}`;
    else if (r < 0.2) name = `${word} ${capital(pick(rng, profile.words).replace(/-.*/, ''))}`;
    else if (r < 0.25) name = `${word} Operator`;
    if (attempt > 20) name = `${name} ${attempt}`;
    if (!taken.has(slug(name)) && slug(name) !== '') {
      taken.add(slug(name));
      return name;
    }
  }
}

function describe(rng: Rng, profile: ProblemProfile, others: string[]): string {
  const w = () => weighted(rng, profile.words, profile.wordWeights);
  const adjective = pick(rng, ADJECTIVES);
  const alias =
    profile.problem.aliases.length > 0 ? pick(rng, profile.problem.aliases) : profile.problem.name;
  const parts = [
    `${/^[aeiou]/.test(adjective) ? 'An' : 'A'} ${adjective} ${pick(rng, KINDS)} for ${alias.toLowerCase()} that ${pick(rng, VERBS)} ${w()} and ${w()}${pick(rng, PLACES)}`,
    rng() < 0.7 ? `, with ${w()}, ${w()} and ${w()} built in.` : '.',
    rng() < 0.6 ? ` Written in ${pick(rng, LANGUAGES)}.` : '',
    rng() < 0.5 && others.length > 0 ? ` It integrates with ${pick(rng, others)} and ${w()} ${w()}.` : '',
    rng() < 0.5 ? ` It ${pick(rng, VERBS)} ${w()} for teams that run ${w()} at scale.` : '',
  ];
  let text = parts.join('');
  const count = text.split(/\s+/).length;
  if (count < 15) text += ` It ${pick(rng, VERBS)} ${w()} ${w()} and ${w()} without extra ${w()}.`;
  const words = text.split(/\s+/);
  return words.length > 40 ? words.slice(0, 39).join(' ').replace(/[,.]$/, '') + '.' : text;
}

function generate(base: Catalog, projectCount: number, seed: number): Catalog {
  const rng = random(seed);
  const all = profiles(base);
  const taken = new Set<string>();
  const names: string[] = [];
  const projects: Project[] = [];
  for (let i = 0; i < projectCount; i++) {
    const profile = weighted(
      rng,
      all,
      all.map((p) => p.weight),
    );
    const ids = [profile.problem.id];
    const extra = weighted(rng, [0, 1, 2], PROBLEM_COUNT_WEIGHTS);
    for (let k = 0; k < extra; k++) {
      const pool = all.filter((p) => !ids.includes(p.problem.id));
      const weights = pool.map((p) => (profile.companions.get(p.problem.id) ?? 0) * 3 + 0.2 * p.weight);
      ids.push(weighted(rng, pool, weights).problem.id);
    }
    const name = inventName(rng, taken, profile);
    const id = slug(name);
    const maturity = weighted(rng, MATURITIES, MATURITY_WEIGHTS);
    const project: Project = {
      id,
      name,
      description: describe(rng, profile, names),
      homepage: `https://${id}.example.org/`,
      maturity,
      problems: ids,
      category: pick(rng, profile.categories),
    };
    if (rng() < 0.8) project.repo = `https://github.com/${slug(pick(rng, VENDORS))}/${id}`;
    if (rng() < 0.005) project.named_in_article = true;
    if (rng() < 0.05) project.landscape_name = `${name} ${capital(pick(rng, KINDS))}`;
    projects.push(project);
    names.push(name);
  }
  // The catalog format requires every problem to be used at least once: give each unused one to
  // the project with the fewest (a project lists at most five problems).
  const used = new Set(projects.flatMap((p) => p.problems));
  for (const { problem } of all) {
    if (used.has(problem.id) || projects.length === 0) continue;
    const roomiest = projects.reduce((a, b) => (b.problems.length < a.problems.length ? b : a));
    if (roomiest.problems.length < 5) roomiest.problems.push(problem.id);
  }
  return { article: base.article, problems: base.problems, projects };
}

function bundledCatalog(): Catalog {
  const fs = globalThis.process?.getBuiltinModule?.('node:fs');
  if (!fs) throw new Error('syntheticCatalog: outside Node, pass the base catalog as the third argument');
  const result = parseCatalog(fs.readFileSync(new URL('../data/catalog.yaml', import.meta.url)));
  if (!result.ok) throw new Error('syntheticCatalog: data/catalog.yaml is not a valid catalog');
  return result.catalog;
}

export function syntheticCatalog(projectCount: number, seed = 1, base: Catalog = bundledCatalog()): Catalog {
  return generate(base, projectCount, seed);
}

/** The catalog as YAML that parseCatalog accepts, for loading into the app. */
export function syntheticCatalogYaml(projectCount: number, seed = 1, base?: Catalog): string {
  const catalog = syntheticCatalog(projectCount, seed, base);
  return `# yaml-language-server: $schema=./catalog.schema.json\n${dump(catalog, { lineWidth: 120 })}`;
}

if (import.meta.url === `file://${globalThis.process?.argv[1]}`) {
  const [count = '2400', seed = '1'] = process.argv.slice(2);
  process.stdout.write(syntheticCatalogYaml(Number(count), Number(seed)));
}
