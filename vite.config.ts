import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { catalogs } from './scripts/vite-catalogs.ts';

export default defineConfig({
  // Relative asset URLs: the build works at / and under any sub-path (/tools/map/).
  base: './',
  plugins: [svelte(), catalogs(fileURLToPath(new URL('./data', import.meta.url)))],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
