import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { breakpoints } from './scripts/vite-breakpoints.ts';

export default defineConfig({
  plugins: [breakpoints(), svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Sized for a loaded 2-core machine: a test that spawns a command may wait for a core.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
