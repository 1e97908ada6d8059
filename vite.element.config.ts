/**
 * The custom element, built on its own: `dist/cloud-native-map.js` and `dist/cloud-native-map.css`,
 * next to the app (it loads catalog.yaml and the stylesheet from beside itself). Run after the main
 * build: `npm run build` does both.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { breakpoints } from './scripts/vite-breakpoints.ts';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  base: './',
  plugins: [breakpoints(), svelte()],
  publicDir: false,
  build: {
    target: 'es2022',
    emptyOutDir: false,
    minify: true,
    cssCodeSplit: false,
    lib: {
      entry: fileURLToPath(new URL('./src/embed/element.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'cloud-native-map.js',
      cssFileName: 'cloud-native-map',
    },
    rollupOptions: {
      output: { chunkFileNames: 'assets/element-[name]-[hash].js' },
    },
  },
});
