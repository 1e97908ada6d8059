/**
 * Which simple-icons brands look like a project's own mark, so a catalog edit cannot forget a logo
 * (tests/catalog/catalogLogos.test.ts). A brand matches when one of its names is the project's name or
 * id (an organisation's prefix such as "HashiCorp" or a trailing ".io" aside), or when simple-icons took
 * the mark from the project's own site (its homepage is that site's root) or its own repository.
 * A parent's mark is not the project's: Grafana's site hosts Loki, and the Kubernetes repository is not
 * Karpenter's, so neither matches.
 */
import type { Project } from '../catalog/types.ts';
import { brandNames, nameToSlug, type Brand } from './brands.ts';

/** Words an organisation puts before its projects' names. */
const ORG_PREFIX = /^(apache|hashicorp|netflix|grafana|red hat|eclipse|the)\s+/i;
/** Hosts that serve many brands: only a repository path there says whose mark it is. */
const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);

export interface BrandIndex {
  byName: Map<string, Brand[]>;
  bySite: Map<string, Brand[]>;
}

function push(map: Map<string, Brand[]>, key: string, brand: Brand) {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [brand]);
  else if (!list.includes(brand)) list.push(brand);
}

const nameKeys = (name: string) => [nameToSlug(name), nameToSlug(name.replace(ORG_PREFIX, ''))];

/**
 * `host/owner/repo` for a repository on a code host; otherwise `host` (only for the site's root when
 * `rootOnly`), or with `page` the host and path of that very page. '' when none applies.
 */
export function siteKey(url: string | undefined, rootOnly: boolean, page = false): string {
  if (!url) return '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const parts = parsed.pathname.split('/').filter(Boolean);
  if (CODE_HOSTS.has(host)) {
    return parts.length >= 2 ? `${host}/${parts[0]}/${parts[1]!.replace(/\.git$/, '')}`.toLowerCase() : '';
  }
  if (page) return parts.length > 0 ? `${host}/${parts.join('/')}`.toLowerCase() : '';
  return rootOnly && parts.length > 0 ? '' : host;
}

export function brandIndex(brands: readonly Brand[]): BrandIndex {
  const index: BrandIndex = { byName: new Map(), bySite: new Map() };
  for (const brand of brands) {
    push(index.byName, brand.slug, brand);
    for (const name of brandNames(brand)) {
      // "NATS.io" is NATS, "Envoy Proxy" is Envoy.
      for (const key of nameKeys(name.replace(/\.(io|dev|org)$|\s+proxy$/i, '')))
        push(index.byName, key, brand);
    }
    for (const url of [brand.source, brand.guidelines]) {
      push(index.bySite, siteKey(url, false), brand);
      push(index.bySite, siteKey(url, false, true), brand);
    }
  }
  return index;
}

/** The slugs of the brands that look like `project`'s own mark, name matches first. */
export function matchBrand(
  project: Pick<Project, 'id' | 'name' | 'homepage' | 'repo'>,
  index: BrandIndex,
): string[] {
  const found: string[] = [];
  const add = (brands: Brand[] | undefined) =>
    brands?.forEach((b) => found.includes(b.slug) || found.push(b.slug));
  for (const name of [project.name, project.id]) for (const key of nameKeys(name)) add(index.byName.get(key));
  add(index.bySite.get(siteKey(project.homepage, true)));
  add(index.bySite.get(siteKey(project.homepage, false, true)));
  add(index.bySite.get(siteKey(project.repo, false)));
  return found;
}
