import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const lib = (file: string) => resolve(import.meta.dirname, 'src/lib', file);

/**
 * Redirects that depend on who imports: `tslib` for every importer but the shim itself (which takes the
 * real helpers from it), and SectionMessage's IconButton (see lazy-icon-button.tsx).
 */
function slimImports(): Plugin {
  return {
    name: 'os2-slim-imports',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'tslib' && importer !== lib('tslib-shim.ts')) return lib('tslib-shim.ts');
      if (source === '@atlaskit/button/icon/button' && importer?.includes('/@atlaskit/section-message/'))
        return lib('lazy-icon-button.tsx');
      return null;
    },
  };
}

// What every module needs before it renders, the badge included; the group takes their imports along.
const FRAMEWORK = [
  /\/node_modules\/(react|react-dom|scheduler)\//,
  /\/static\/src\/lib\/(mount|use-resolver)\.tsx?$/,
];

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
  plugins: [slimImports()],
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
      // A coloured label; see PlainLozenge.
      { find: /^@atlaskit\/lozenge$/, replacement: lib('lozenge-shim.tsx') },
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
      output: {
        codeSplitting: {
          groups: [
            // One chunk, fetched once for the panel and the badge of an issue, instead of a dozen
            // slivers of a few hundred bytes each.
            { name: 'framework', test: (id) => FRAMEWORK.some((re) => re.test(id)), priority: 10 },
          ],
        },
      },
    },
  },
});
