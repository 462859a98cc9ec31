/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  // Whole-app renders are slow on a busy 2-core machine; give them room rather than flake.
  testTimeout: 30000,
  // A promise rejected with nobody to catch it (e.g. Apollo's AbortError when a page unmounts
  // during a refetch) fails the test it came from, with its stack, instead of killing the worker
  // after the file's last test.
  waitForUnhandledRejections: true,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  setupFiles: ['<rootDir>/jest.polyfills.js'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  moduleNameMapper: {
    '\\.css$': '<rootDir>/src/test/style-stub.ts',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
};

export default config;
