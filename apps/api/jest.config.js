// Unit specs (*.spec.ts) and integration specs (*.int-spec.ts) run in one Jest
// invocation as two projects; integration specs share one embedded PostgreSQL
// started by the global setup, and each test file gets a fresh database.
const transform = {
  '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }],
};
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform,
  testEnvironment: 'node',
  // Decorator metadata must be in place before any module defines a class.
  setupFiles: ['reflect-metadata', '<rootDir>/jest/fresh-graphql-metadata.cjs'],
};

export default {
  // Integration files spend most of their time waiting on PostgreSQL and HTTP, so two
  // run side by side even on 2 cores (each on its own database). Jest takes this only globally.
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'api:unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'api:int',
      testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/jest/global-setup.mjs',
      globalTeardown: '<rootDir>/jest/global-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/jest/int-timeout.cjs'],
    },
  ],
};
