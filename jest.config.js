// One runner for every kind of test; projects keep them apart so each can run alone.
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        target: 'es2022',
        transform: { react: { runtime: 'automatic' } },
      },
      module: { type: 'commonjs' },
    },
  ],
};
// Jira's search index lags behind writes; every test runs against a lagging index (hosts and
// emulators read this variable), so no view can rely on seeing its own write in a search at once.
// `OS2_INDEX_LAG_MS=0` switches it off for a run.
process.env.OS2_INDEX_LAG_MS ??= '1500';

const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default leaves one core idle; the hosts the tests start wait on I/O, so every core helps.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/static/src/test-setup.ts'],
      testMatch: ['<rootDir>/static/src/**/*.test.{ts,tsx}'],
    },
    {
      ...common,
      displayName: 'integration',
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/slow-setup.ts'],
      testMatch: ['<rootDir>/emulator/**/*.test.ts', '<rootDir>/test/integration/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/slow-setup.ts'],
    },
  ],
};
