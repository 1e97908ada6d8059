import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { breakpoints } from './scripts/vite-breakpoints.ts';

export default defineConfig({
  plugins: [breakpoints(), svelte()],
  test: {
    // tests/unit: the code, on small fixtures; tests/catalog: editorial facts of data/catalog.yaml.
    include: ['tests/unit/**/*.test.ts', 'tests/catalog/**/*.test.ts'],
    environment: 'node',
    // Sized for a loaded 2-core machine: a test that spawns a command may wait for a core.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
