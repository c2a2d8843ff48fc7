import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** One Custom UI resource, one HTML entry per Forge module; Vite splits shared code into common chunks. */
export const ENTRIES = [
  'wish-panel',
  'wish-badge',
  'project',
  'settings',
  'portfolio',
  'admin',
  'gadget',
  'gadget-edit',
];

export default defineConfig({
  root: import.meta.dirname,
  // Forge serves resources under an app-specific prefix: every asset path must be relative.
  base: './',
  publicDir: resolve(import.meta.dirname, 'public'),
  resolve: {
    // Atlaskit ships an ES2019 build next to its ES5 one: native classes, async and spread instead of
    // Babel's helpers and regenerator, which every module would otherwise load.
    mainFields: ['module:es2019', 'browser', 'module', 'jsnext:main', 'jsnext'],
    alias: [
      // Atlaskit's feature-flag lookups pull in the whole Statsig client; see the shim for why it is safe.
      {
        find: /^@atlaskit\/feature-gate-js-client\/feature-gates$/,
        replacement: resolve(import.meta.dirname, 'src/lib/feature-gates-shim.ts'),
      },
      // @forge/bridge is CommonJS and cannot be tree-shaken; the shim takes only the members the app uses.
      { find: /^@forge\/bridge$/, replacement: resolve(import.meta.dirname, 'src/lib/forge-bridge-shim.ts') },
    ],
  },
  build: {
    outDir: resolve(import.meta.dirname, 'build'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      input: Object.fromEntries(ENTRIES.map((name) => [name, resolve(import.meta.dirname, `${name}.html`)])),
    },
  },
});
