import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { breakpoints } from './scripts/vite-breakpoints.ts';
import { fileURLToPath } from 'node:url';
import { catalogs } from './scripts/vite-catalogs.ts';
import { bundleBudget } from './scripts/vite-budget.ts';
import { preloadFirstView } from './scripts/vite-preload.ts';
import { snapshots } from './scripts/vite-snapshots.ts';
import { pages } from './scripts/vite-pages.ts';
import { logoSprite } from './scripts/vite-logos.ts';
import { cspMeta, SECURITY_HEADERS } from './scripts/securityHeaders.ts';

/** Chunks a page imports dynamically but always, on its way to the map. */
const FIRST_VIEW = { main: ['Explorer'] };

export default defineConfig({
  // Relative asset URLs: the build works at / and under any sub-path (/tools/map/).
  base: './',
  plugins: [
    // Before svelte(): it reads the styles.
    breakpoints(),
    svelte(),
    catalogs(fileURLToPath(new URL('./data', import.meta.url))),
    // The simple-icons marks the catalogs' logo fields name, as one sprite fetched after the first view.
    logoSprite(fileURLToPath(new URL('./data', import.meta.url))),
    // Static SVG pictures of the map, for readers without JavaScript (snapshots/*.svg).
    snapshots(fileURLToPath(new URL('./data', import.meta.url))),
    // A page per problem and per project, link previews, sitemap and data files (docs/deployment.md).
    pages(fileURLToPath(new URL('./data', import.meta.url))),
    // kB gzip of JS + CSS a page needs before it shows the map (issue targets: app 120, embed 60; the embed
    // is allowed 0.5 kB more for #19's loader checks: redirect consent, exact sizes, its policy's error).
    // The app's explorer is a chunk of its own (evaluated in a task of its own) but always on the way to the map.
    bundleBudget({ main: 120, embed: 60 }, FIRST_VIEW),
    // …and the app's HTML asks for all of it at once, not the explorer only after the entry has run.
    preloadFirstView(FIRST_VIEW),
    // The Content-Security-Policy as a meta tag in every HTML page, for hosts without headers.
    cspMeta(),
  ],
  // ES module Workers (startParser starts them with type: module) keep their dynamic imports as chunks:
  // the landscape importer, with its mapping and the curated catalog, downloads only for a landscape.yml.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    rollupOptions: {
      output: {
        // The small modules every page's first view shares (ids, colours, types, labels) in one chunk
        // rather than one request and one gzip header each.
        advancedChunks: {
          groups: [
            {
              name: 'shared',
              test: /src[\\/]lib[\\/](graph|catalog)[\\/](nodeIds|palette|types|maturityLabel|articleScope|paths)\.ts$/,
            },
          ],
        },
      },
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
  // `vite preview` sends the headers docs/deployment.md asks production to send, so every browser test
  // runs under the strict Content-Security-Policy.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { host: '127.0.0.1' },
});
