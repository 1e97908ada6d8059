/**
 * Real queries against the bundled catalog: what a person who knows the field expects in the
 * first five projects. Expectations name well-known projects only, and orders only where the
 * issue demands one (a problem's projects before the rest; the projects that list it first
 * before those that list it second), so they hold as the catalog grows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCatalog } from '../../src/lib/catalog/index.ts';
import { createSearchIndex, searchCatalog, type SearchResults } from '../../src/lib/search/index.ts';

const parsed = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
if (!parsed.ok) throw new Error('data/catalog.yaml does not validate; run npm run validate');
const catalog = parsed.catalog;
const index = createSearchIndex(catalog);

interface Case {
  query: string;
  /** Problems the query must name (namedProblems contains them). */
  names?: string[];
  /** Projects that must be among the first five project hits. */
  top5?: string[];
  /** The project that must come first. */
  first?: string;
  /** [a, b]: a must come before b among the project hits. */
  before?: Array<[string, string]>;
}

const projectIds = (results: SearchResults) =>
  results.hits.filter((h) => h.kind === 'project').map((h) => h.id);

const CASES: Case[] = [
  // Problem names and words
  {
    query: 'tracing',
    names: ['tracing'],
    top5: ['jaeger', 'opentelemetry'],
    before: [['jaeger', 'grafana']],
  },
  {
    query: 'distributed tracing',
    names: ['tracing'],
    top5: ['jaeger', 'zipkin'],
    before: [['zipkin', 'quickwit']],
  },
  {
    query: 'service discovery',
    names: ['service-discovery'],
    top5: ['etcd', 'coredns', 'zookeeper'],
    before: [['etcd', 'kubernetes']],
  },
  {
    query: 'service mesh',
    names: ['service-mesh'],
    top5: ['istio', 'linkerd'],
    before: [
      ['linkerd', 'envoy'],
      ['istio', 'cilium'],
    ],
  },
  {
    query: 'api gateway',
    names: ['api-gateway'],
    top5: ['envoy-gateway', 'kong'],
    before: [['kong', 'traefik']],
  },
  { query: 'log aggregation', names: ['logging'], top5: ['fluentd', 'loki'], before: [['loki', 'grafana']] },
  { query: 'container runtime', names: ['container-runtime'], top5: ['containerd', 'cri-o'] },
  { query: 'container registry', names: ['container-registry'], top5: ['harbor'] },
  { query: 'chaos engineering', names: ['chaos'], top5: ['chaos-mesh', 'litmus'] },
  { query: 'message queue', names: ['messaging'], top5: ['rabbitmq', 'nats'] },
  { query: 'event streaming', names: ['messaging'], top5: ['kafka', 'pulsar'] },
  { query: 'infrastructure as code', names: ['infrastructure'], top5: ['terraform', 'crossplane'] },
  { query: 'developer portal', names: ['developer-platform'], first: 'backstage' },
  { query: 'policy as code', names: ['policy-security'], top5: ['opa', 'kyverno'] },
  { query: 'secrets management', names: ['config-secrets'], top5: ['vault'], before: [['vault', 'etcd']] },
  { query: 'monitoring', names: ['metrics'], first: 'prometheus', before: [['thanos', 'linkerd']] },
  { query: 'load balancer', names: ['service-proxy'], top5: ['envoy', 'haproxy'] },
  { query: 'ingress controller', names: ['service-proxy'], top5: ['traefik', 'contour'] },
  { query: 'image signing', names: ['supply-chain'], top5: ['sigstore', 'notary'] },
  { query: 'vulnerability scanning', names: ['supply-chain'], top5: ['trivy'] },
  { query: 'database', names: ['storage'], top5: ['vitess', 'tikv'] },
  { query: 'autoscaling', names: ['orchestration'], top5: ['keda'] },
  { query: 'feature flags', names: ['delivery'], top5: ['openfeature'] },

  // Aliases and abbreviations
  { query: 'mtls', names: ['identity'], top5: ['spiffe', 'spire'], before: [['spire', 'istio']] },
  { query: 'mutual tls', names: ['identity'], top5: ['spiffe', 'spire'] },
  { query: 'o11y', names: ['tracing', 'logging', 'metrics'], top5: ['opentelemetry', 'jaeger'] },
  { query: 'observability', names: ['tracing', 'logging', 'metrics'], top5: ['opentelemetry'] },
  { query: 'gitops', names: ['delivery'], top5: ['argo', 'flux'] },
  { query: 'cni', names: ['networking'], top5: ['cilium', 'calico'] },
  { query: 'sbom', names: ['supply-chain'], top5: ['trivy'] },
  { query: 'k8s', names: ['orchestration'], first: 'kubernetes' },
  { query: 'ebpf', names: ['networking'], top5: ['cilium'] },
  { query: 'logs', names: ['logging'], top5: ['fluentd', 'loki'] },

  // Typos
  { query: 'prometeus', first: 'prometheus' },
  { query: 'kubernets', first: 'kubernetes' },
  { query: 'servce mesh', names: ['service-mesh'], top5: ['istio', 'linkerd'] },
  { query: 'jeager', first: 'jaeger' },
  { query: 'linkred', first: 'linkerd' },
  { query: 'distribted tracing', names: ['tracing'], top5: ['jaeger'] },
  { query: 'obsrvability', names: ['tracing', 'logging', 'metrics'], top5: ['opentelemetry'] },

  // Multi-word questions
  { query: 'trace requests across services', names: ['tracing'], top5: ['jaeger', 'opentelemetry'] },
  { query: 'how do i trace requests across services', names: ['tracing'], top5: ['jaeger', 'opentelemetry'] },
  { query: 'how do services find each other', names: ['service-discovery'], top5: ['etcd', 'coredns'] },
  { query: 'how do i know whether my services are healthy', names: ['metrics'], first: 'prometheus' },
  { query: 'how do services talk without waiting for each other', names: ['messaging'], top5: ['nats'] },
  { query: 'where do i store container images', names: ['container-registry'], top5: ['harbor'] },
  { query: 'how do i ship dozens of services safely', names: ['delivery'], top5: ['argo', 'flux'] },
  { query: 'how do i enforce rules across all services', names: ['policy-security'], top5: ['opa'] },

  // Project names and ids
  { query: 'prometheus', first: 'prometheus', top5: ['thanos', 'cortex'] },
  { query: 'kubernetes', first: 'kubernetes' },
  { query: 'istio', first: 'istio' },
  { query: 'envoy', first: 'envoy', top5: ['envoy-gateway'] },
  { query: 'open policy agent', first: 'opa' },
  { query: 'opa', names: ['policy-security'], first: 'opa' },
  { query: 'cert-manager', first: 'cert-manager' },
  { query: 'cert manager', first: 'cert-manager' },
  { query: 'cloudnative-pg', first: 'cloudnative-pg' },
  { query: 'grpc', names: ['rpc'], first: 'grpc' },
  { query: 'docker', names: ['container-runtime'], first: 'docker' },
  { query: 'helm', first: 'helm' },
  { query: 'argo', first: 'argo' },
  {
    query: 'kubernetes service discovery',
    names: ['service-discovery'],
    first: 'kubernetes',
    top5: ['etcd'],
  },

  // Alternatives
  { query: 'kafka alternative', first: 'kafka', top5: ['pulsar'] },
  { query: 'alternatives to kafka', first: 'kafka', top5: ['pulsar'] },
  { query: 'prometheus alternatives', first: 'prometheus', top5: ['victoriametrics'] },
  { query: 'terraform alternative', first: 'terraform', top5: ['pulumi'] },
  { query: 'jaeger alternatives', first: 'jaeger', top5: ['zipkin', 'tempo'] },
  { query: 'linkerd vs istio', first: 'linkerd', top5: ['istio', 'kuma'] },
  { query: 'istio vs', first: 'istio', top5: ['linkerd'] },
  // A project whose description says it is a fork of, or compatible with, the one named comes right after it.
  { query: 'terraform alternative', first: 'terraform', before: [['opentofu', 'pulumi']] },
  { query: 'vault alternative', first: 'vault', before: [['openbao', 'conjur']] },
  { query: 'docker alternative', first: 'docker', before: [['podman', 'rkt']] },
  { query: 'elasticsearch alternative', first: 'elasticsearch', before: [['opensearch', 'loki']] },
  { query: 'redis alternative', first: 'redis', before: [['valkey', 'tikv']] },

  // Issue #15: one word of the query names a problem; the project whose own text answers the
  // whole question still comes first.
  { query: 'lightweight kubernetes distribution', top5: ['k3s', 'k0s'] },
  { query: 'continuous profiling', top5: ['pixie'] },
  // The issue names Rook, Longhorn and OpenEBS; CloudNativePG and Piraeus are fair answers too.
  { query: 'running stateful workloads on kubernetes', top5: ['rook', 'openebs'] },
  // Among a named problem's projects, one with a keyword the query spells whole comes first.
  { query: 'kubernetes dashboard', names: ['developer-platform'], first: 'headlamp' },
  { query: 'kafka alternative', first: 'kafka', before: [['redpanda', 'rocketmq']] },
];

describe('search finds what a person who knows the field expects', () => {
  test('the table has at least 40 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  test.each(CASES.map((c) => [c.query, c] as const))('%s', (_, c) => {
    const results = searchCatalog(index, c.query);
    const ids = projectIds(results);
    const top5 = ids.slice(0, 5);
    for (const problem of c.names ?? []) expect(results.namedProblems).toContain(problem);
    if (c.names) {
      // The named problem comes first, unless the query is exactly a project's name ("grpc", "docker"):
      // that project leads, then the problem.
      const firstProblem = results.hits.findIndex((h) => h.kind === 'problem');
      expect(firstProblem).toBeGreaterThanOrEqual(0);
      for (const hit of results.hits.slice(0, firstProblem)) {
        expect(hit.kind).toBe('project');
        expect(['name', 'id']).toContain(hit.field);
      }
      expect(firstProblem).toBeLessThanOrEqual(1);
    }
    if (c.first) expect(ids[0]).toBe(c.first);
    for (const id of c.top5 ?? []) expect(top5, `${id} in the top 5`).toContain(id);
    for (const [a, b] of c.before ?? []) {
      expect(ids, `${a} found`).toContain(a);
      expect(ids, `${b} found`).toContain(b);
      expect(ids.indexOf(a), `${a} before ${b}`).toBeLessThan(ids.indexOf(b));
    }
  });
});

describe("a named problem's projects come most fitting first", () => {
  // Queries that are only a problem's name or alias. With more words ("kubernetes service discovery"),
  // the projects that also cover the rest of the query come first: a problem's name boosts its
  // projects but does not override one that matches more of the query (issue #15).
  const single = CASES.filter(
    (c) => c.names?.length === 1 && !(c.first && c.query.includes(' ') && c.query.includes(c.first)),
  );
  test.each(single.map((c) => [c.query, c.names![0]!] as const))('%s', (query, problem) => {
    const results = searchCatalog(index, query);
    // Projects shown through the problem (not those the query names outright) are ordered by
    // where they list it: first, then second, then third.
    const positions = results.hits
      .filter(
        (h) => h.kind === 'project' && h.viaProblem === problem && h.field !== 'name' && h.field !== 'id',
      )
      .map((h) => catalog.projects.find((p) => p.id === h.id)!.problems.indexOf(problem));
    expect(positions.length).toBeGreaterThan(0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Every project tagged with the problem is among the hits.
    const tagged = catalog.projects.filter((p) => p.problems.includes(problem)).map((p) => p.id);
    expect(projectIds(results)).toEqual(expect.arrayContaining(tagged));
  });
});

describe('typing a project name opens that project', () => {
  // Regression: "kafka" is also an alias of the messaging problem, and Enter picked the problem.
  test.each(['kafka', 'vault', 'grpc', 'docker', 'helm', 'prometheus'])('%s', (query) => {
    const first = searchCatalog(index, query).hits[0]!;
    expect(first.kind).toBe('project');
    expect(first.field).toBe('name');
  });
});
