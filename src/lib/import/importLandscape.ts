/**
 * A landscape.yml in the cncf/landscape format to a catalog: the bundled
 * catalog's article and problems, one project per landscape item, and an
 * account of every item read (imported, or skipped by a named rule). The result
 * is checked by the catalog validator before it is returned, so a caller never
 * gets a catalog the app would refuse. Pure: no file system, no DOM.
 */
import { parseCatalog } from '../catalog/parseCatalog.ts';
import { LIMITS } from '../catalog/limits.ts';
import type { Catalog, Problem, Project } from '../catalog/types.ts';
import { serializeCatalog } from '../catalog/serializeCatalog.ts';
import { cleanUrl, nameProblem } from './cleanText.ts';
import { itemCategory, itemDescription, itemName } from './describeItem.ts';
import { combineProblems, mapSubcategory, OTHER, pathKey } from './mapSubcategory.ts';
import { matchCurated, nameKey, urlKey } from './matchCurated.ts';
import { readLandscape, type LandscapeItem } from './readLandscape.ts';
import { assignIds } from './slugIds.ts';
import { countProblems } from './summarize.ts';
import type { ImportOptions, ImportResult, ImportSummary, SkippedItem, SkipRule } from './types.ts';

const MATURITIES = new Set(['graduated', 'incubating', 'sandbox', 'archived']);

interface Candidate {
  item: LandscapeItem;
  name: string;
  homepage: string;
  repo?: string;
  /** Every `Category / Subcategory` the item is listed in, its own first. */
  places: string[];
  member: boolean;
  /** Breaks ties between items with the same name without looking at the file's order. */
  tieBreak: string;
}

const where = (item: LandscapeItem) => `${item.category} / ${item.subcategory}`;

function secondPaths(item: LandscapeItem): string[] {
  const value = item.fields.second_path;
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((p): p is string => typeof p === 'string' && p.includes('/'));
}

export function importLandscape(text: string, options: ImportOptions): ImportResult {
  const { bundled, mapping, includeMembers, file } = options;
  const read = readLandscape(text, file);
  if (!read.ok) return read;

  const memberKeys = new Set(mapping.memberCategories.map((c) => pathKey(c)));
  const known = new Set(read.subcategories.map(pathKey));
  const skipped: SkippedItem[] = [];
  const candidates: Candidate[] = [];
  const firstListing = new Map<string, Candidate>();
  const unknownSecondPaths = new Set<string>();
  let charactersRemoved = 0;

  for (const item of read.items) {
    const skip = (rule: SkipRule, name: string, detail?: string) =>
      skipped.push({ rule, name, where: where(item), line: item.line, ...(detail ? { detail } : {}) });
    const member = memberKeys.has(pathKey(item.category));
    const cleanName = itemName(item);
    const name = cleanName.text;
    if (member && !includeMembers) {
      skip('members', name || '(no name)');
      continue;
    }
    charactersRemoved += cleanName.removed;
    if (!name) {
      skip('no-name', '(no name)');
      continue;
    }
    const lookAlike = nameProblem(name);
    if (lookAlike) {
      skip('look-alike-name', name, lookAlike);
      continue;
    }
    const homepage = cleanUrl(item.fields.homepage_url);
    if (!homepage) {
      const given = item.fields.homepage_url;
      skip('unusable-homepage', name, typeof given === 'string' ? `"${given.slice(0, 80)}"` : 'missing');
      continue;
    }
    const listing = `${nameKey(name)} ${urlKey(homepage)}`;
    const first = firstListing.get(listing);
    if (first) {
      first.places.push(where(item));
      skip('listed-twice', name, `first listed in ${first.places[0]}`);
      continue;
    }
    if (candidates.length >= LIMITS.projects) {
      skip('over-limit', name, `at most ${LIMITS.projects} projects`);
      continue;
    }
    const places = [where(item)];
    for (const path of secondPaths(item)) {
      if (known.has(pathKey(path))) places.push(path.trim());
      else unknownSecondPaths.add(path.trim());
    }
    const repo = cleanUrl(item.fields.repo_url);
    const project = MATURITIES.has(String(item.fields.project ?? '').toLowerCase()) ? 0 : 1;
    const tieBreak = `${project}|${where(item)}|${homepage}`;
    const candidate: Candidate = {
      item,
      name,
      homepage,
      ...(repo ? { repo } : {}),
      places,
      member,
      tieBreak,
    };
    firstListing.set(listing, candidate);
    candidates.push(candidate);
  }

  const curatedIndex = matchCurated(candidates, bundled.projects);
  const ids = assignIds(
    candidates.map((c, i) => {
      const curated = bundled.projects[curatedIndex[i] ?? -1];
      return {
        name: c.name,
        subcategory: c.item.subcategory,
        homepage: c.homepage,
        member: c.member,
        tieBreak: c.tieBreak,
        ...(curated ? { fixed: curated.id } : {}),
      };
    }),
  );

  const unmapped = new Set<string>();
  const fixes: ImportSummary['fixes'] = {
    placeholderDescriptions: 0,
    summaryUseCaseDescriptions: 0,
    truncated: 0,
    repoDropped: 0,
    charactersRemoved,
  };
  const projects: Project[] = candidates.map((c, i) => {
    const curated = bundled.projects[curatedIndex[i] ?? -1];
    const described = itemDescription(c.item);
    const maturityValue = String(c.item.fields.project ?? '').toLowerCase();
    const maturity = (MATURITIES.has(maturityValue) ? maturityValue : 'none') as Project['maturity'];
    const category = itemCategory(c.item);
    if (curated) {
      const project: Project = { ...curated, maturity, category };
      delete project.landscape_name;
      if (curated.name !== c.name) project.landscape_name = c.name;
      return project;
    }
    fixes.charactersRemoved += described.removed;
    if (described.source === 'placeholder') fixes.placeholderDescriptions++;
    if (described.source === 'summary_use_case') fixes.summaryUseCaseDescriptions++;
    if (described.truncated || itemName(c.item).truncated) fixes.truncated++;
    if (c.item.fields.repo_url !== undefined && c.item.fields.repo_url !== null && !c.repo)
      fixes.repoDropped++;
    const matchText = `${c.name}\n${described.source === 'placeholder' ? '' : described.text}`;
    const problems = combineProblems(
      c.places.map((place) => {
        const rule = mapping.subcategories.get(pathKey(place));
        if (!rule) unmapped.add(place);
        return rule ? mapSubcategory(rule, matchText) : [OTHER];
      }),
    );
    return {
      id: ids[i]!,
      name: c.name,
      description: described.text,
      homepage: c.homepage,
      ...(c.repo ? { repo: c.repo } : {}),
      maturity,
      problems,
      category,
    };
  });

  if (projects.length === 0) {
    const count = read.items.length;
    const message = `nothing to import: ${count} item${count === 1 ? '' : 's'} read, all skipped (${[...new Set(skipped.map((s) => s.rule))].join(', ') || 'no items'})`;
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message }] };
  }
  const used = new Set(projects.flatMap((p) => p.problems));
  const allProblems: Problem[] = [...bundled.problems, ...mapping.problems];
  const problems = allProblems.filter((p) => used.has(p.id));
  const catalog: Catalog = { article: bundled.article, problems, projects };

  // The guarantee: what the importer returns is what the app accepts.
  const checked = parseCatalog(serializeCatalog(catalog), 'imported catalog');
  if (!checked.ok) {
    const message = (m: string) => `${file}: the imported catalog does not validate (an importer bug): ${m}`;
    return { ok: false, errors: checked.errors.map((e) => ({ ...e, message: message(e.message) })) };
  }
  const summary: ImportSummary = {
    read: read.items.length,
    imported: projects.length,
    skipped,
    perProblem: countProblems(problems, projects),
    curated: curatedIndex.filter((i) => i !== undefined).length,
    unmappedSubcategories: [...unmapped],
    unknownSecondPaths: [...unknownSecondPaths],
    droppedProblems: bundled.problems.filter((p) => !used.has(p.id)).map((p) => p.id),
    curatedMissing: bundled.projects.filter((_, i) => !curatedIndex.includes(i)).map((p) => p.id),
    fixes,
  };
  return { ok: true, catalog: checked.catalog, summary };
}
