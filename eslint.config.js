import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { fileURLToPath } from 'node:url';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Module boundaries, in the web and the API: a feature reaches another only through its public
// surface. Default disallow between the elements below; imports inside one element are free.
const webFeaturePublic = 'index.ts';
// What another API module may import: its module, services, fragments, models, enums, errors, dtos.
const apiModulePublic = [
  '**/*.module.ts',
  '**/*.service.ts',
  '**/*.fragments.ts',
  '**/*.model.ts',
  '**/*.enums.ts',
  '**/*.errors.ts',
  '**/dtos/**',
];
const element = (type, extra = {}) => ({ element: { type, ...extra } });
const anyOf = (...types) => ({ element: { types: { anyOf: types } } });

const moduleBoundaries = {
  files: ['apps/web/src/**/*.{ts,tsx}', 'apps/api/src/**/*.ts', 'lint-fixtures/**/*.{ts,tsx}'],
  // Tests may import anything.
  ignores: ['**/__tests__/**', '**/*.spec.{ts,tsx}', '**/*.int-spec.ts', '**/apps/api/src/test/**', '**/apps/web/src/test/**'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { [fileURLToPath(new URL('./scripts/lint/ts-import-resolver.cjs', import.meta.url))]: {} },
    'boundaries/elements': [
      // The web. Fixtures under lint-fixtures/ mirror these paths so a test can prove the rule fails.
      { type: 'web-app', pattern: '**/apps/web/src/app', partialMatch: false },
      { type: 'web-feature', pattern: '**/apps/web/src/modules/*', partialMatch: false, capture: ['root', 'feature'] },
      { type: 'web-ui', pattern: '**/apps/web/src/ui', partialMatch: false },
      { type: 'web-shared', pattern: '**/apps/web/src/{gql,i18n}', partialMatch: false },
      // main.tsx and other files at the top of src/.
      { type: 'web-root', pattern: '**/apps/web/src', partialMatch: false },
      // The API.
      { type: 'api-module', pattern: '**/apps/api/src/modules/*', partialMatch: false, capture: ['root', 'module'] },
      { type: 'api-common', pattern: '**/apps/api/src/common', partialMatch: false },
      { type: 'api-database', pattern: '**/apps/api/src/database', partialMatch: false },
      { type: 'api-config', pattern: '**/apps/api/src/config', partialMatch: false },
      // The composition root (app.module.ts, main.ts) and the tools (seeding, scripts) may use any module.
      { type: 'api-tool', pattern: '**/apps/api/src/{demo,scripts}', partialMatch: false },
      { type: 'api-root', pattern: '**/apps/api/src', partialMatch: false },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: [
          // Web: everything may use the route table, generated GraphQL types and i18n.
          {
            from: anyOf('web-app', 'web-feature', 'web-ui', 'web-shared', 'web-root'),
            allow: { to: [element('web-app', { fileInternalPath: 'routes.ts' }), element('web-shared')] },
          },
          // A feature reaches another only through its index.ts, and so does the app; ui/ (shared
          // presentational pieces) imports no feature and nothing of the app but the route table.
          {
            from: element('web-feature'),
            allow: { to: [element('web-ui'), element('web-feature', { fileInternalPath: webFeaturePublic })] },
          },
          { from: element('web-app'), allow: { to: [element('web-ui'), element('web-feature', { fileInternalPath: webFeaturePublic })] } },
          { from: element('web-root'), allow: { to: element('web-app') } },
          // API: common/ and database/ import no module (the data source lists the entities).
          { from: anyOf('api-common', 'api-database'), allow: { to: anyOf('api-common', 'api-database', 'api-config') } },
          {
            from: element('api-database', { fileInternalPath: 'data-source.ts' }),
            allow: { to: element('api-module', { fileInternalPath: '**/*.entity.ts' }) },
          },
          {
            from: element('api-module'),
            allow: {
              to: [anyOf('api-common', 'api-database', 'api-config'), element('api-module', { fileInternalPath: apiModulePublic })],
            },
          },
          // Entities declare foreign keys, so an entity may import another module's entity.
          {
            from: element('api-module', { fileInternalPath: '**/*.entity.ts' }),
            allow: { to: element('api-module', { fileInternalPath: '**/*.entity.ts' }) },
          },
          {
            from: anyOf('api-root', 'api-tool'),
            allow: { to: anyOf('api-module', 'api-common', 'api-database', 'api-config', 'api-root', 'api-tool') },
          },
          { from: element('api-config'), allow: { to: element('api-common') } },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.data/**',
      'apps/web/src/gql/**',
      'apps/api/src/database/db.generated.ts',
      '**/coverage/**',
      'apps/web-e2e/screenshots/**',
      // Deliberate boundary breaks, linted by scripts/lint/boundaries.test.mjs.
      'lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  {
    // Nest needs runtime class references for dependency injection, so type-only
    // imports there would break it; the API lets TypeScript decide.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off', '@typescript-eslint/no-unsafe-function-type': 'off' },
  },
  {
    // Every CSV export goes through the one writer that neutralises spreadsheet formulas (common/csv).
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/common/csv/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'csv-stringify', message: 'Write CSV with common/csv (csvWriter, csvFile): it neutralises formulas.' },
            { name: 'csv-stringify/sync', message: 'Write CSV with common/csv (csvWriter, csvFile): it neutralises formulas.' },
          ],
        },
      ],
    },
  },
  {
    // Dates and times people read go through ui/dates (British English or Welsh, never US style); the
    // gatherings' time-zone arithmetic is the one other user of Intl's date formatter.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: [
      'apps/web/src/ui/dates.ts',
      'apps/web/src/modules/gatherings/utils/gathering-when.ts',
      'apps/web/src/modules/gatherings/utils/zoned-time.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
          message: 'Format dates and times with ui/dates (formatDate, formatDateTime, formatTime…): British English or Welsh.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]',
          message: 'Format dates and times with ui/dates (formatDate, formatDateTime, formatTime…): British English or Welsh.',
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  moduleBoundaries,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/__tests__/**', '**/jest/**'],
    languageOptions: { globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
