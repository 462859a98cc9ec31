import type { CodegenConfig } from '@graphql-codegen/cli';

// Output in src/gql is committed; CI regenerates it and fails on any diff.
const config: CodegenConfig = {
  overwrite: true,
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
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
