/**
 * A landscape.yml in the cncf/landscape format to a catalog, on the
 * landscape's own terms: its foundation and that foundation's levels, its
 * subcategories as problems (where the mapping file does not place them on the
 * curated catalog's problems), its organisations left out unless asked for,
 * and no text it does not contain. Every item read is accounted for (imported,
 * or skipped by a named rule). The result is checked by the catalog validator
 * before it is returned, so a caller never gets a catalog the app would
 * refuse. Pure: text in, catalog and summary out; no file system, no DOM, so
 * it runs in Node and in a Worker alike.
 */
import { CNCF } from '../catalog/maturityLabel.ts';
import { parseCatalog } from '../catalog/parseCatalog.ts';
import { serializeCatalog } from '../catalog/serializeCatalog.ts';
import type { Catalog, Foundation, Problem, Project } from '../catalog/types.ts';
import { capProblems } from './capProblems.ts';
import { itemDescription, itemName } from './describeItem.ts';
import { cleanText } from './cleanText.ts';
import { distinctNames } from './distinctNames.ts';
import { ARTICLE_HUB_NAME } from '../catalog/checkNames.ts';
import { LIMITS } from '../catalog/limits.ts';
import { combineProblems, mapSubcategory, MAX_PROBLEMS, OTHER, pathKey, unique } from './mapSubcategory.ts';
import { matchCurated } from './matchCurated.ts';
import { nameFoundation } from './nameFoundation.ts';
import { organisationPlaces } from './organisations.ts';
import { OwnProblems } from './ownProblems.ts';
import { readLandscape } from './readLandscape.ts';
import { readLevels } from './readLevels.ts';
import { selectItems, type Candidate } from './selectItems.ts';
import { assignIds } from './slugIds.ts';
import { buildSummary } from './buildSummary.ts';
import type { ImportOptions, ImportResult } from './types.ts';
import { setItemDates } from './itemDates.ts';

const CNCF_IDS = new Set(CNCF.levels.map((l) => l.id));

export function importLandscape(text: string, options: ImportOptions): ImportResult {
  const { bundled, mapping, includeMembers, file } = options;
  const read = readLandscape(text, file);
  if (!read.ok) return read;
  const levels = readLevels(read.items, read.subcategories);
  const organisations = organisationPlaces(read.items, read.subcategories, mapping.memberCategories);
  const categories = unique(read.subcategories.map((p) => p.split(' / ')[0]!));
  const named = nameFoundation(options.foundation, categories, file);
  const cncf = named.short_name === CNCF.short_name && levels.levels.every((l) => CNCF_IDS.has(l.id));
  // The CNCF's levels are the format's default: a CNCF catalog needs no foundation block.
  const foundation: Foundation | undefined = cncf ? undefined : { ...named, levels: levels.levels };

  const levelOf = (c: Candidate) => levels.levelOf(c.item.fields.project);
  const { candidates, skipped, unknownSecondPaths, charactersRemoved } = selectItems(
    read.items,
    read.subcategories,
    organisations,
    includeMembers,
    (item) => levels.levelOf(item.fields.project) !== undefined,
  );

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

  /**
   * Where an item is listed, for its problems: organisation lists only for organisations, and lists by
   * level only when the item is listed nowhere else (then its category stands for them).
   */
  const placesOf = (c: Candidate): string[] => {
    const places = c.places.filter((p) => c.member || !organisations.keys.has(pathKey(p)));
    const real = places.filter((p) => !levels.levelLists.has(p));
    return real.length > 0 ? real : [c.item.category];
  };

  const taken = new Set([...bundled.problems, ...mapping.problems].map((p) => p.id));
  const own = new OwnProblems(taken, named.short_name);
  const unmapped = new Set<string>();
  const fixes = {
    withoutDescription: 0,
    summaryUseCaseDescriptions: 0,
    truncated: 0,
    repoDropped: 0,
    charactersRemoved,
  };

  const imported: Project[] = candidates.map((c, i) => {
    const curated = bundled.projects[curatedIndex[i] ?? -1];
    const maturity = levelOf(c) ?? 'none';
    const places = placesOf(c);
    const category = cleanText(places[0]!.split(' / ').slice(-1)[0], LIMITS.nameLength).text;
    const kind = c.member ? { kind: 'organisation' as const } : {};
    /** A landscape's own subcategories come first: they are that landscape's map. */
    const ownIds = places
      .filter((place) => !mapping.subcategories.has(pathKey(place)))
      .map((place) => {
        unmapped.add(place);
        return own.idFor(place);
      });
    if (curated) {
      // Curated tags are kept, after the landscape's own problems where it has any.
      const problems = unique([...ownIds, ...curated.problems]).slice(0, MAX_PROBLEMS);
      const project: Project = { ...curated, maturity, category, problems, ...kind };
      delete project.landscape_name;
      // Curated dates are the CNCF's: they say nothing about another foundation's levels.
      if (foundation || maturity === 'none') delete project.dates;
      if (curated.name !== c.name) project.landscape_name = c.name;
      return project;
    }
    const described = itemDescription(c.item);
    fixes.charactersRemoved += described.removed;
    if (described.source === 'none') fixes.withoutDescription++;
    if (described.source === 'summary_use_case') fixes.summaryUseCaseDescriptions++;
    if (described.truncated || itemName(c.item).truncated) fixes.truncated++;
    if (c.item.fields.repo_url !== undefined && c.item.fields.repo_url !== null && !c.repo)
      fixes.repoDropped++;
    const matchText = `${c.name}\n${described.text}`;
    let next = 0;
    const problems = combineProblems(
      places.map((place) => {
        const rule = mapping.subcategories.get(pathKey(place));
        return rule ? mapSubcategory(rule, matchText) : [ownIds[next++]!];
      }),
    );
    return {
      id: ids[i]!,
      name: c.name,
      ...(described.text ? { description: described.text } : {}),
      homepage: c.homepage,
      ...(c.repo ? { repo: c.repo } : {}),
      maturity,
      problems,
      category,
      ...kind,
    };
  });
  imported.forEach((project, i) => setItemDates(project, candidates[i]!.item));

  if (imported.length === 0) {
    const count = read.items.length;
    const rules = [...new Set(skipped.map((s) => s.rule))].join(', ') || 'no items';
    const message = `nothing to import: ${count} item${count === 1 ? '' : 's'} read, all skipped (${rules})`;
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message }] };
  }
  const ownProblems = own.problems(
    read.subcategories,
    [...bundled.problems, ...mapping.problems].map((p) => p.name),
  );
  const added = mapping.problems.filter((p) => p.id !== OTHER);
  const ordered: Problem[] = [
    ...bundled.problems,
    ...added,
    ...ownProblems.map(({ place: _place, ...problem }) => problem),
    ...mapping.problems.filter((p) => p.id === OTHER),
  ];
  const used = new Set(imported.flatMap((p) => p.problems));
  const capped = capProblems(
    ordered.filter((p) => used.has(p.id)),
    imported,
    new Set(ownProblems.map((p) => p.id)),
  );
  const catalog: Catalog = {
    ...(foundation ? { foundation } : {}),
    article: bundled.article,
    problems: capped.problems,
    // Names that read the same get told apart (the validator refuses them), the hub's name included.
    projects: distinctNames(capped.projects, [
      ARTICLE_HUB_NAME,
      bundled.article.title,
      ...capped.problems.map((p) => p.name),
    ]),
  };

  // The guarantee: what the importer returns is what the app accepts.
  const checked = parseCatalog(serializeCatalog(catalog), `${file} (imported)`);
  if (!checked.ok) {
    const message = (m: string) => `the imported catalog does not validate (an importer bug): ${m}`;
    return { ok: false, errors: checked.errors.map((e) => ({ ...e, message: message(e.message) })) };
  }
  const summary = buildSummary({
    read: read.items.length,
    catalog: checked.catalog,
    skipped,
    named,
    levels,
    organisations,
    bundled,
    used,
    curatedIndex,
    unmapped: [...unmapped],
    unknownSecondPaths,
    ownProblems: ownProblems.length,
    split: capped.split,
    fixes,
  });
  return { ok: true, catalog: checked.catalog, summary };
}
