/**
 * A landscape.yml in the cncf/landscape format to a catalog: the bundled
 * catalog's article and problems, one project per landscape item, and an
 * account of every item read (imported, or skipped by a named rule). The result
 * is checked by the catalog validator before it is returned, so a caller never
 * gets a catalog the app would refuse. Pure: no file system, no DOM.
 */
import { parseCatalog } from '../catalog/parseCatalog.ts';
import { serializeCatalog } from '../catalog/serializeCatalog.ts';
import type { Catalog, Problem, Project } from '../catalog/types.ts';
import { itemCategory, itemDescription, itemName } from './describeItem.ts';
import { combineProblems, mapSubcategory, OTHER, pathKey } from './mapSubcategory.ts';
import { matchCurated } from './matchCurated.ts';
import { readLandscape } from './readLandscape.ts';
import { CNCF_MATURITIES, selectItems } from './selectItems.ts';
import { assignIds } from './slugIds.ts';
import { distinctNames } from './distinctNames.ts';
import { ARTICLE_HUB_NAME } from '../catalog/checkNames.ts';
import { countProblems } from './summarize.ts';
import type { ImportOptions, ImportResult, ImportSummary } from './types.ts';
import { setItemDates } from './itemDates.ts';

export function importLandscape(text: string, options: ImportOptions): ImportResult {
  const { bundled, mapping, includeMembers, file } = options;
  const read = readLandscape(text, file);
  if (!read.ok) return read;
  const { candidates, skipped, unknownSecondPaths, charactersRemoved } = selectItems(
    read.items,
    read.subcategories,
    mapping,
    includeMembers,
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

  const unmapped = new Set(
    candidates.flatMap((c) => c.places).filter((place) => !mapping.subcategories.has(pathKey(place))),
  );
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
    const maturity = (CNCF_MATURITIES.has(maturityValue) ? maturityValue : 'none') as Project['maturity'];
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
  projects.forEach((project, i) => setItemDates(project, candidates[i]!.item));

  if (projects.length === 0) {
    const count = read.items.length;
    const rules = [...new Set(skipped.map((s) => s.rule))].join(', ') || 'no items';
    const message = `nothing to import: ${count} item${count === 1 ? '' : 's'} read, all skipped (${rules})`;
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message }] };
  }
  const used = new Set(projects.flatMap((p) => p.problems));
  const allProblems: Problem[] = [...bundled.problems, ...mapping.problems];
  const problems = allProblems.filter((p) => used.has(p.id));
  // Names that read the same get told apart (the validator refuses them), the hub's name included.
  const taken = [ARTICLE_HUB_NAME, bundled.article.title, ...problems.map((p) => p.name)];
  const catalog: Catalog = { article: bundled.article, problems, projects: distinctNames(projects, taken) };

  // The guarantee: what the importer returns is what the app accepts.
  const checked = parseCatalog(serializeCatalog(catalog), `${file} (imported)`);
  if (!checked.ok) {
    const message = (m: string) => `the imported catalog does not validate (an importer bug): ${m}`;
    return { ok: false, errors: checked.errors.map((e) => ({ ...e, message: message(e.message) })) };
  }
  const summary: ImportSummary = {
    read: read.items.length,
    imported: projects.length,
    skipped,
    perProblem: countProblems(problems, projects),
    curated: curatedIndex.filter((i) => i !== undefined).length,
    unmappedSubcategories: [...unmapped],
    unknownSecondPaths,
    droppedProblems: bundled.problems.filter((p) => !used.has(p.id)).map((p) => p.id),
    curatedMissing: bundled.projects.filter((_, i) => !curatedIndex.includes(i)).map((p) => p.id),
    fixes,
  };
  return { ok: true, catalog: checked.catalog, summary };
}
