/**
 * Stands in for `@atlaskit/feature-gate-js-client/feature-gates` (aliased in static/vite.config.mts).
 * Atlaskit asks it for platform feature flags through `@atlaskit/platform-feature-flags`; inside a Forge
 * iframe nobody initialises the Statsig client, so the real one answers every gate with `false` (after a
 * console warning) and every experiment with its default, but costs ~110 KB of JavaScript. This answers
 * the same without it. Any other member is absent on purpose: the build fails if a package starts to need it.
 */
const FeatureGates = {
  checkGate: (_gateName: string, _options?: unknown): boolean => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T, _options?: unknown): T =>
    defaultValue,
  initializeCompleted: (): boolean => false,
};

export default FeatureGates;
