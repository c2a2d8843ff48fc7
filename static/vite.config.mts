import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const lib = (file: string) => resolve(import.meta.dirname, 'src/lib', file);

/** `tslib` for every importer but the shim itself, which takes the real helpers from it. */
function slimTslib(): Plugin {
  return {
    name: 'os2-slim-tslib',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'tslib' && importer !== lib('tslib-shim.ts')) return lib('tslib-shim.ts');
      return null;
    },
  };
}

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
  plugins: [slimTslib()],
  resolve: {
    // Atlaskit ships an ES2019 build next to its ES5 one: native classes, async and spread instead of
    // Babel's helpers and regenerator, which every module would otherwise load.
    mainFields: ['module:es2019', 'browser', 'module', 'jsnext:main', 'jsnext'],
    alias: [
      // Atlaskit's feature-flag lookups pull in the whole Statsig client; see the shim for why it is safe.
      {
        find: /^@atlaskit\/feature-gate-js-client\/feature-gates$/,
        replacement: lib('feature-gates-shim.ts'),
      },
      // @forge/bridge is CommonJS and cannot be tree-shaken; the shim takes only the members the app uses.
      { find: /^@forge\/bridge$/, replacement: lib('forge-bridge-shim.ts') },
      // Only @forge/i18n uses it in the browser; see the shim.
      { find: /^lodash\/get$/, replacement: lib('lodash-get-shim.ts') },
    ],
  },
  build: {
    outDir: resolve(import.meta.dirname, 'build'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // Every browser Jira supports knows modulepreload; the polyfill would be in every module's first chunk.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: Object.fromEntries(ENTRIES.map((name) => [name, resolve(import.meta.dirname, `${name}.html`)])),
    },
  },
});
