import type { CodegenConfig } from '@graphql-codegen/cli';

// Output in src/gql is committed; CI regenerates it and fails on any diff.
const config: CodegenConfig = {
  overwrite: true,
  schema: '../api/schema.graphql',
  // The app's own operations; tests write throwaway documents of their own, which need no types.
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.spec.{ts,tsx}', '!src/**/__tests__/**', '!src/test/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: { input: 'string', output: 'string' }, UUID: { input: 'string', output: 'string' } },
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
