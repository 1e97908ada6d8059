/**
 * Vite plugin: the catalogs in data/ are served and shipped as plain files next
 * to index.html, so a site owner can swap catalog.yaml in the deployed folder
 * without rebuilding. `catalogs.json` lists them for the catalog picker.
 * A bundled catalog that does not validate fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatError, parseCatalog, type Catalog } from '../src/lib/catalog/index.ts';
import { compileCatalog, compiledPath } from '../src/lib/load/compileCatalog.ts';

export interface CatalogEntry {
  file: string;
  title: string;
  projects: number;
}

interface Parsed extends CatalogEntry {
  catalog: Catalog;
}

const HEADER = '# yaml-language-server: $schema=./catalog.schema.json';
const TITLES: Record<string, string> = {
  'catalog.yaml': 'Curated catalog',
  'landscape.yaml': 'Whole CNCF landscape (imported)',
};

function catalogFiles(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.yaml'))
    .filter((name) => readFileSync(join(dataDir, name), 'utf8').startsWith(HEADER))
    .sort((a, b) => (a === 'catalog.yaml' ? -1 : b === 'catalog.yaml' ? 1 : a.localeCompare(b)));
}

function parseAll(dataDir: string): Parsed[] {
  return catalogFiles(dataDir).map((file) => {
    const result = parseCatalog(readFileSync(join(dataDir, file)), `data/${file}`);
    if (!result.ok) {
      throw new Error(`data/${file} is not a valid catalog:\n${result.errors.map(formatError).join('\n')}`);
    }
    const { catalog } = result;
    return {
      file,
      title: catalog.foundation
        ? `${catalog.foundation.name} landscape (imported)`
        : (TITLES[file] ?? file.replace(/\.yaml$/, '')),
      projects: catalog.projects.length,
      catalog,
    };
  });
}

const entryOf = ({ file, title, projects }: Parsed): CatalogEntry => ({ file, title, projects });

export function catalogs(dataDir: string): Plugin {
  return {
    name: 'cloud-native-map:catalogs',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split('?')[0]!.replace(/^.*\//, '');
        if (name === 'catalogs.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(parseAll(dataDir).map(entryOf)));
        } else if (name.endsWith('.yaml') && catalogFiles(dataDir).includes(name)) {
          res.setHeader('Content-Type', 'application/yaml; charset=utf-8');
          res.end(readFileSync(join(dataDir, name)));
        } else next();
      });
    },
    generateBundle() {
      const parsed = parseAll(dataDir);
      for (const { file, catalog } of parsed) {
        const bytes = readFileSync(join(dataDir, file));
        this.emitFile({ type: 'asset', fileName: file, source: bytes });
        // The validated, laid-out catalog as JSON: used while the YAML is unchanged (src/lib/load/prebuilt.ts).
        this.emitFile({
          type: 'asset',
          fileName: compiledPath(file),
          source: JSON.stringify(compileCatalog(bytes, file, catalog)),
        });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'catalogs.json',
        source: JSON.stringify(parsed.map(entryOf), null, 2),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'catalog.schema.json',
        source: readFileSync(join(dataDir, 'catalog.schema.json')),
      });
    },
  };
}
