/**
 * The importer on the real CNCF landscape (../shared/data/cncf-landscape.yml,
 * never copied into this repository): the accounting adds up, the output
 * validates, every subcategory is mapped, every graduated project lands under a
 * fitting problem, and ids are unique and stable. Skipped, with a message, when
 * the shared file is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatError, parseCatalog, type Catalog, type Project } from '../../src/lib/catalog/index.ts';
import { serializeCatalog } from '../../src/lib/catalog/serializeCatalog.ts';
import {
  checkAccounting,
  importLandscape,
  loadMapping,
  skippedByRule,
  type ProblemMapping,
} from '../../src/lib/import/index.ts';
import { pathKey } from '../../src/lib/import/mapSubcategory.ts';
import { readLandscape } from '../../src/lib/import/readLandscape.ts';

const LANDSCAPE = fileURLToPath(new URL('../../../shared/data/cncf-landscape.yml', import.meta.url));
const present = existsSync(LANDSCAPE);

/** Acceptable first problems for each CNCF graduated project (by its landscape name). */
const GRADUATED: Record<string, string[]> = {
  KubeEdge: ['orchestration', 'infrastructure'],
  Dragonfly: ['container-registry'],
  Harbor: ['container-registry'],
  'cert-manager': ['identity', 'config-secrets'],
  Falco: ['policy-security'],
  'in-toto': ['supply-chain'],
  Kyverno: ['policy-security'],
  'Open Policy Agent (OPA)': ['policy-security'],
  'The Update Framework (TUF)': ['supply-chain'],
  SPIFFE: ['identity'],
  SPIRE: ['identity'],
  CubeFS: ['storage'],
  Rook: ['storage'],
  containerd: ['container-runtime'],
  'CRI-O': ['container-runtime'],
  Cilium: ['networking'],
  Crossplane: ['infrastructure', 'orchestration'],
  KEDA: ['orchestration'],
  Knative: ['orchestration', 'developer-platform'],
  Kubeflow: ['orchestration', 'developer-platform'],
  Kubernetes: ['orchestration'],
  CoreDNS: ['service-discovery'],
  etcd: ['service-discovery', 'storage'],
  Envoy: ['service-proxy', 'service-mesh'],
  Istio: ['service-mesh'],
  Linkerd: ['service-mesh'],
  TiKV: ['storage'],
  Vitess: ['storage'],
  CloudEvents: ['messaging'],
  Buildpacks: ['container-runtime', 'delivery', 'developer-platform'],
  Dapr: ['rpc', 'messaging', 'developer-platform'],
  Helm: ['config-secrets', 'delivery'],
  Argo: ['delivery'],
  Flux: ['delivery'],
  Fluentd: ['logging'],
  Jaeger: ['tracing'],
  OpenTelemetry: ['tracing', 'metrics', 'logging'],
  Prometheus: ['metrics'],
};

if (!present) {
  console.warn(
    `importRealLandscape.test.ts: ${LANDSCAPE} not found; the real-landscape import tests are skipped`,
  );
  test.skip(`real CNCF landscape import: skipped, ${LANDSCAPE} not found`, () => {});
}

describe.skipIf(!present)('importing the real CNCF landscape', () => {
  let source = '';
  let bundled: Catalog;
  let mapping: ProblemMapping;
  const run = (includeMembers: boolean) => {
    const started = performance.now();
    const result = importLandscape(source, { bundled, mapping, includeMembers, file: 'cncf-landscape.yml' });
    const ms = Math.round(performance.now() - started);
    if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
    return { ...result, ms };
  };
  let plain: ReturnType<typeof run>;
  let members: ReturnType<typeof run>;

  beforeAll(() => {
    source = readFileSync(LANDSCAPE, 'utf8');
    const bundledResult = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
    if (!bundledResult.ok) throw new Error(bundledResult.errors.map(formatError).join('\n'));
    bundled = bundledResult.catalog;
    const mappingResult = loadMapping(
      readFileSync('data/landscape-problems.yaml', 'utf8'),
      bundled,
      'mapping',
    );
    if (!mappingResult.ok) throw new Error(mappingResult.errors.map(formatError).join('\n'));
    mapping = mappingResult.mapping;
    plain = run(false);
    members = run(true);
    console.info(
      `CNCF landscape import: ${plain.summary.read} read; ${plain.summary.imported} imported in ${plain.ms} ms ` +
        `without members, ${members.summary.imported} in ${members.ms} ms with members`,
    );
  });

  test('every subcategory of the file is in the mapping, and every second_path resolves or is reported', () => {
    const read = readLandscape(source, 'cncf-landscape.yml');
    if (!read.ok) throw new Error('unreadable');
    const unmapped = read.subcategories.filter((path) => !mapping.subcategories.has(pathKey(path)));
    // Only the member tiers are left to the landscape's own structure.
    expect(unmapped.filter((path) => !path.startsWith('CNCF Members /'))).toEqual([]);
    expect(plain.summary.unmappedSubcategories).toEqual([]);
    expect(members.summary.unmappedSubcategories.every((p) => p.startsWith('CNCF Members /'))).toBe(true);
  });

  test.each([false, true])(
    'includeMembers %s: read = imported + skipped, and the catalog validates',
    (withMembers) => {
      const { catalog, summary } = withMembers ? members : plain;
      expect(checkAccounting(summary)).toBeUndefined();
      expect(summary.read).toBe(summary.imported + summary.skipped.length);
      expect(summary.imported).toBe(catalog.projects.length);
      const reparsed = parseCatalog(serializeCatalog(catalog), 'landscape.yaml');
      expect(reparsed.ok ? [] : reparsed.errors.slice(0, 5).map(formatError)).toEqual([]);
    },
  );

  test('members are left out unless asked for, and only members and duplicates are skipped', () => {
    expect(plain.summary.read).toBe(members.summary.read);
    const rules = skippedByRule(plain.summary).map((r) => r.rule);
    expect(rules).toContain('organisations');
    expect(rules.filter((r) => r !== 'organisations' && r !== 'listed-twice')).toEqual([]);
    expect(skippedByRule(members.summary).map((r) => r.rule)).not.toContain('organisations');
    // About 1,400 technologies without the companies, about 2,400 items with them (issue 8).
    expect(plain.summary.imported).toBeGreaterThan(1300);
    expect(plain.summary.imported).toBeLessThan(1600);
    expect(members.summary.imported).toBeGreaterThan(2300);
    const vendors = members.summary.perProblem.find((p) => p.id === 'vendors');
    expect(vendors?.projects).toBeGreaterThan(200);
    expect(plain.catalog.problems.map((p) => p.id)).not.toContain('vendors');
    // Every company is an organisation, and no problem holds more than a quarter of the map either way.
    const organisations = members.catalog.projects.filter((p) => p.kind === 'organisation');
    expect(organisations.length).toBe(members.summary.imported - plain.summary.imported);
    for (const { summary } of [plain, members]) {
      expect(summary.overCap).toEqual([]);
      expect(summary.largestProblem!.share).toBeLessThanOrEqual(0.25);
    }
  });

  test('every CNCF graduated project lands under a fitting problem', () => {
    const read = readLandscape(source, 'cncf-landscape.yml');
    if (!read.ok) throw new Error('unreadable');
    const graduated = read.items
      .filter((item) => item.fields.project === 'graduated')
      .map((i) => String(i.fields.name));
    expect(
      graduated.filter((name) => !(name in GRADUATED)),
      'graduated projects missing from the table',
    ).toEqual([]);
    const byName = new Map<string, Project>();
    for (const p of plain.catalog.projects) byName.set(p.landscape_name ?? p.name, p);
    const misplaced = graduated.flatMap((name) => {
      const project = byName.get(name);
      const first = project?.problems[0];
      return first !== undefined && GRADUATED[name]!.includes(first)
        ? []
        : [`${name}: ${project ? project.problems.join(', ') : 'not imported'}`];
    });
    expect(misplaced).toEqual([]);
    for (const name of graduated) expect(byName.get(name)?.maturity, name).toBe('graduated');
  });

  test('no CNCF project (graduated or incubating) ends up in "other"', () => {
    const inOther = plain.catalog.projects
      .filter((p) => (p.maturity === 'graduated' || p.maturity === 'incubating') && p.problems[0] === 'other')
      .map((p) => p.name);
    expect(inOther).toEqual([]);
  });

  test('ids are unique, and stable across runs', () => {
    const ids = (c: Catalog) => c.projects.map((p) => p.id);
    for (const catalog of [plain.catalog, members.catalog]) {
      expect(new Set(ids(catalog)).size).toBe(catalog.projects.length);
    }
    expect(ids(run(false).catalog)).toEqual(ids(plain.catalog));
    // With members added, every technology keeps its id.
    const withMembers = new Map(members.catalog.projects.map((p) => [`${p.name} ${p.homepage}`, p.id]));
    const changed = plain.catalog.projects.filter((p) => withMembers.get(`${p.name} ${p.homepage}`) !== p.id);
    expect(changed.map((p) => p.id)).toEqual([]);
  });

  test('curated projects found in the landscape keep their id, description and problems', () => {
    const curated = new Map(bundled.projects.map((p) => [p.id, p]));
    const kept = plain.catalog.projects.filter((p) => curated.has(p.id));
    expect(kept.length).toBe(plain.summary.curated);
    for (const project of kept) {
      const original = curated.get(project.id)!;
      expect(project.description).toBe(original.description);
      expect(project.problems).toEqual(original.problems);
    }
  });
});
