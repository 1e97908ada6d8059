/**
 * Vite plugin: the logo sprite. At build start it reads the catalogs in data/, fails the build on a
 * `logo` simple-icons does not have (file:line:column, with the slug it likely meant), and writes one
 * JSON file with the marks of exactly the slugs they use, named by its content's hash so browsers keep
 * it. The app learns the file's name from `import.meta.env.LOGO_SPRITE` and downloads it after the
 * first view is drawn (src/components/logos/logoSprite.svelte.ts). Catalogs without any logo get no
 * sprite and no download. Builds without this plugin (the custom element) draw no logos.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatError, parseCatalog, type Catalog } from '../src/lib/catalog/index.ts';
import { logoErrors } from '../src/lib/logos/logoErrors.ts';
import { buildLogoSprite, usedLogos } from '../src/lib/logos/logoSprite.ts';
import { brandMark, loadBrands, SIMPLE_ICONS } from './simpleIcons.ts';

const HEADER = '# yaml-language-server: $schema=./catalog.schema.json';

/** The bundled catalogs, as vite-catalogs.ts finds them; it reports their other errors. */
function bundledCatalogs(dataDir: string): Catalog[] {
  const catalogs: Catalog[] = [];
  for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.yaml'))) {
    const text = readFileSync(join(dataDir, name), 'utf8');
    if (!text.startsWith(HEADER)) continue;
    const result = parseCatalog(text, `data/${name}`);
    if (!result.ok) continue;
    const errors = logoErrors(text, `data/${name}`, result.catalog, loadBrands);
    if (errors.length > 0) {
      throw new Error(`data/${name}: unknown logos:\n${errors.map(formatError).join('\n')}`);
    }
    catalogs.push(result.catalog);
  }
  return catalogs;
}

export function logoSprite(dataDir: string): Plugin {
  let sprite: { fileName: string; source: string } | null = null;
  return {
    name: 'cloud-native-map:logos',
    config() {
      const slugs = usedLogos(bundledCatalogs(dataDir));
      if (slugs.length > 0) {
        const source = JSON.stringify(buildLogoSprite(slugs, brandMark, SIMPLE_ICONS));
        const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
        sprite = { fileName: `assets/logos-${hash}.json`, source };
      }
      return { define: { 'import.meta.env.LOGO_SPRITE': JSON.stringify(sprite?.fileName ?? '') } };
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!sprite || !(req.url ?? '').split('?')[0]!.endsWith(sprite.fileName)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(sprite.source);
      });
    },
    generateBundle() {
      if (sprite) this.emitFile({ type: 'asset', fileName: sprite.fileName, source: sprite.source });
    },
  };
}
