/**
 * Stands in for `@forge/bridge` in the browser build (aliased in static/vite.config.mts). The package is
 * CommonJS, so its index drags in every API (object store, realtime, permissions, Rovo, ...) whether used
 * or not. This re-exports, from the package's own files, only what the app uses; a new import of another
 * member fails the build, and adding it here is the fix.
 */
export { events } from '../../../node_modules/@forge/bridge/out/events';
export { showFlag } from '../../../node_modules/@forge/bridge/out/flag';
export * as i18n from '../../../node_modules/@forge/bridge/out/i18n';
export { invoke } from '../../../node_modules/@forge/bridge/out/invoke';
export { Modal } from '../../../node_modules/@forge/bridge/out/modal';
export { router } from '../../../node_modules/@forge/bridge/out/router';
export { view } from '../../../node_modules/@forge/bridge/out/view';
