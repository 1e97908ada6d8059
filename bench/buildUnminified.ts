/**
 * `npx tsx bench/buildUnminified.ts OUTDIR`: the app built without minifying, so a CPU profile names
 * functions as src/ does, with source maps to tell which file each comes from (bench/profile.ts). The bundle budget is left out of this build only: unminified
 * chunks are over it by design, and the real build still checks it.
 */
import { build, type Plugin } from 'vite';

const outDir = process.argv[2];
if (!outDir) throw new Error('bench/buildUnminified: pass the folder to build into');

const noBudget: Plugin = {
  name: 'bench:no-bundle-budget',
  configResolved(config) {
    const plugins = config.plugins as Plugin[];
    const at = plugins.findIndex((p) => p.name === 'cloud-native-map:bundle-budget');
    if (at >= 0) plugins.splice(at, 1);
  },
};

await build({
  root: new URL('..', import.meta.url).pathname,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, minify: false, sourcemap: true },
  plugins: [noBudget],
});
