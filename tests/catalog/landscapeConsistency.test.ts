/**
 * The catalog against the real CNCF landscape (../shared/data/cncf-landscape.yml,
 * a copy of cncf/landscape's landscape.yml kept outside this repository).
 * Maturity levels, names, homepages and repositories of CNCF projects must
 * agree with it, except where EXCEPTIONS says why they differ on purpose, and
 * every graduated and incubating project must be in the catalog. Without the
 * file the tests are skipped, and say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseCatalog, type Project } from '../../src/lib/catalog/index.ts';

const LANDSCAPE_PATH =
  process.env.CNCF_LANDSCAPE ??
  fileURLToPath(new URL('../../../shared/data/cncf-landscape.yml', import.meta.url));
const exists = existsSync(LANDSCAPE_PATH);
if (!exists) {
  console.warn(
    `landscape consistency tests skipped: ${LANDSCAPE_PATH} not found (set CNCF_LANDSCAPE to its path)`,
  );
}

/**
 * Deliberate differences from the landscape item, one reason each. Subprojects
 * of a CNCF project carry the parent's level and `landscape_name`, so their own
 * homepage and repository differ from the parent's item.
 */
const EXCEPTIONS: Record<string, { homepage?: string; repo?: string }> = {
  'linkerd2-proxy': { repo: 'the data-plane proxy of Linkerd, in its own repository' },
  'fluent-bit': {
    homepage: 'a Fluentd subproject with its own site',
    repo: 'a Fluentd subproject with its own repository',
  },
  flagger: {
    homepage: 'a Flux subproject with its own site',
    repo: 'a Flux subproject with its own repository',
  },
  'envoy-gateway': {
    homepage: 'an Envoy subproject with its own site',
    repo: 'an Envoy subproject with its own repository',
  },
  gatekeeper: {
    homepage: 'an OPA subproject with its own documentation site',
    repo: 'an OPA subproject with its own repository',
  },
  tetragon: {
    homepage: 'a Cilium subproject with its own site',
    repo: 'a Cilium subproject with its own repository',
  },
  karpenter: {
    homepage: 'a Kubernetes SIG Autoscaling subproject with its own site',
    repo: 'a Kubernetes SIG subproject in kubernetes-sigs',
  },
  'external-dns': {
    homepage: 'a Kubernetes SIG Network subproject with its own documentation',
    repo: 'a Kubernetes SIG subproject in kubernetes-sigs',
  },
  'gateway-api': {
    homepage: 'a Kubernetes SIG Network subproject with its own site',
    repo: 'a Kubernetes SIG subproject in kubernetes-sigs',
  },
  kustomize: {
    homepage: 'a Kubernetes SIG CLI subproject with its own site',
    repo: 'a Kubernetes SIG subproject in kubernetes-sigs',
  },
  'cluster-api': {
    homepage: 'a Kubernetes SIG Cluster Lifecycle subproject with its own site',
    repo: 'a Kubernetes SIG subproject in kubernetes-sigs',
  },
  sops: { homepage: 'the landscape links the GitHub organisation; getsops.io is the project site' },
  distribution: {
    homepage: 'the landscape links the repository; the project documentation has its own site',
  },
};

interface LandscapeItem {
  name: string;
  subcategory: string;
  homepage?: string;
  repo?: string;
  project?: string;
  /** Subcategory of the item's second_path, e.g. "Data Architecture". */
  secondSubcategory?: string;
}

const CNCF_LEVELS = new Set(['graduated', 'incubating', 'sandbox', 'archived']);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Every item of the landscape; each node starts with a null key (`- item:`) followed by its fields. */
function readLandscape(path: string): LandscapeItem[] {
  const items: LandscapeItem[] = [];
  for (const category of list(record(load(readFileSync(path, 'utf8'))).landscape)) {
    for (const subcategory of list(record(category).subcategories)) {
      const sub = record(subcategory);
      for (const entry of list(sub.items)) {
        const item = record(entry);
        const name = text(item.name);
        if (name === undefined) continue;
        items.push({
          name,
          subcategory: text(sub.name) ?? '',
          homepage: text(item.homepage_url),
          repo: text(item.repo_url),
          project: text(item.project),
          secondSubcategory: text(item.second_path)?.split('/').pop()?.trim(),
        });
      }
    }
  }
  return items;
}

function readCatalog(): Project[] {
  const result = parseCatalog(readFileSync('data/catalog.yaml'), 'data/catalog.yaml');
  if (!result.ok) throw new Error(`data/catalog.yaml is invalid; run npm run validate`);
  return result.catalog.projects;
}

const key = (name: string) => name.trim().toLowerCase();

/** Same URL for our purposes: scheme, "www.", case, trailing slashes and ".git" do not matter. */
function normaliseUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
}

describe('normaliseUrl', () => {
  test.each([
    ['https://www.example.io/', 'example.io'],
    ['http://github.com/Org/Repo.git', 'github.com/org/repo'],
    ['https://kubeedge.io/en/', 'kubeedge.io/en'],
  ])('%s', (url, expected) => {
    expect(normaliseUrl(url)).toBe(expected);
  });
});

describe.skipIf(!exists)('the catalog agrees with the CNCF landscape', () => {
  const landscape = exists ? readLandscape(LANDSCAPE_PATH) : [];
  const projects = exists ? readCatalog() : [];

  /** The landscape item a project stands for: by landscape_name or name, preferring CNCF projects. */
  function itemOf(project: Project): LandscapeItem | undefined {
    const wanted = key(project.landscape_name ?? project.name);
    const matches = landscape.filter((item) => key(item.name) === wanted);
    return matches.find((item) => item.project !== undefined) ?? matches[0];
  }

  const cncf = projects.filter((project) => CNCF_LEVELS.has(project.maturity));

  test('the landscape file has the CNCF projects it is expected to have', () => {
    const levels = landscape.filter((item) => item.project === 'graduated' || item.project === 'incubating');
    expect(levels.length).toBeGreaterThan(50);
  });

  test('every CNCF project names a landscape item and has its maturity level', () => {
    const wrong = cncf.flatMap((project) => {
      const item = itemOf(project);
      const name = project.landscape_name ?? project.name;
      if (!item) return [`${project.id}: no landscape item is called "${name}"`];
      if (item.project !== project.maturity) {
        return [
          `${project.id}: ${project.maturity} here, ${item.project ?? 'not a CNCF project'} in the landscape`,
        ];
      }
      return [];
    });
    expect(wrong).toEqual([]);
  });

  test('projects outside the CNCF are not CNCF projects in the landscape', () => {
    const wrong = projects
      .filter((project) => project.maturity === 'none')
      .flatMap((project) => {
        const item = itemOf(project);
        return item?.project ? [`${project.id}: marked none, but ${item.project} in the landscape`] : [];
      });
    expect(wrong).toEqual([]);
  });

  test('homepage and repo agree with the landscape item, or an exception says why not', () => {
    const wrong: string[] = [];
    for (const project of cncf) {
      const item = itemOf(project);
      if (!item) continue;
      const exception = EXCEPTIONS[project.id] ?? {};
      const pairs = [
        ['homepage', project.homepage, item.homepage],
        ['repo', project.repo, item.repo],
      ] as const;
      for (const [field, ours, theirs] of pairs) {
        const same =
          (ours === undefined) === (theirs === undefined) &&
          normaliseUrl(ours ?? '') === normaliseUrl(theirs ?? '');
        if (!same && !exception[field]) {
          wrong.push(
            `${project.id}.${field}: ${ours ?? '(none)'} here, ${theirs ?? '(none)'} in the landscape`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every exception is still needed and gives a reason', () => {
    const stale: string[] = [];
    for (const [id, fields] of Object.entries(EXCEPTIONS)) {
      const project = cncf.find((candidate) => candidate.id === id);
      const item = project && itemOf(project);
      if (!project || !item) {
        stale.push(`${id}: no CNCF project with this id`);
        continue;
      }
      for (const field of ['homepage', 'repo'] as const) {
        const reason = fields[field];
        if (reason === undefined) continue;
        if (reason.trim().length < 10) stale.push(`${id}.${field}: give a reason`);
        const ours = project[field];
        const theirs = field === 'homepage' ? item.homepage : item.repo;
        if (ours !== undefined && theirs !== undefined && normaliseUrl(ours) === normaliseUrl(theirs)) {
          stale.push(`${id}.${field}: agrees with the landscape now; remove the exception`);
        }
      }
    }
    expect(stale).toEqual([]);
  });

  test('every graduated and incubating landscape project is in the catalog', () => {
    const covered = new Set(cncf.map((project) => key(project.landscape_name ?? project.name)));
    const missing = landscape
      .filter((item) => item.project === 'graduated' || item.project === 'incubating')
      .filter((item) => !covered.has(key(item.name)))
      .map((item) => `${item.name} (${item.project}, ${item.subcategory})`);
    expect(missing).toEqual([]);
  });

  test('categories are landscape subcategories, and a CNCF project uses its own item subcategory', () => {
    const subcategories = new Set(landscape.map((item) => item.subcategory));
    const wrong = projects.flatMap((project) => {
      if (!subcategories.has(project.category)) {
        return [`${project.id}: "${project.category}" is not a landscape subcategory`];
      }
      const item = itemOf(project);
      // A subproject points at its parent's item (and has a repo exception); only the item itself is compared.
      const ownItem = CNCF_LEVELS.has(project.maturity) && !EXCEPTIONS[project.id]?.repo;
      if (
        ownItem &&
        item &&
        project.category !== item.subcategory &&
        project.category !== item.secondSubcategory
      ) {
        return [
          `${project.id}: category "${project.category}", but the landscape files it under "${item.subcategory}"`,
        ];
      }
      return [];
    });
    expect(wrong).toEqual([]);
  });
});
