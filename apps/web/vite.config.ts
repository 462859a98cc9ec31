import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { compression } from 'vite-plugin-compression2';

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

// The browser only ever talks to its own origin; the dev and preview servers
// forward API traffic so session cookies stay same-origin.
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiTarget, ws: true },
  '/health': { target: apiTarget },
  // File downloads and uploads (the directory's CSV export).
  '/api': { target: apiTarget },
};

const documentModule = 'virtual:weave-graphql-document:';

/** Each `export const XDocument = {…}` line of src/gql/graphql.ts, by name (codegen writes one document a line). */
function readDocuments(file: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/.exec(line);
    if (match) documents.set(match[1], match[2]);
  }
  return documents;
}

/**
 * codegen's `graphql(`...`)` looks each document up in a map of all of them (src/gql/gql.ts), so every
 * page would download every query. client-preset's own optimizer (a Babel plugin) turns each call into
 * an import of that one document from src/gql/graphql.ts; each such import then reads its document from
 * a module of its own, so the bundler puts a route's documents with the route (one module holding all
 * 151 would be one shared chunk that every page downloads).
 */
function graphqlDocumentImports(): Plugin {
  const artifactDirectory = path.resolve(import.meta.dirname, 'src/gql');
  const artifactFile = path.join(artifactDirectory, 'graphql.ts');
  let documents: Map<string, string> | undefined;
  return {
    name: 'weave:graphql-document-imports',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(artifactDirectory) || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }]],
        sourceMaps: true,
      });
      if (!result?.code) return null;
      // On one line, as the optimizer wrote it, so the source map still fits.
      const perDocument = result.code.replace(/^import \{([^}]+)\} from "([^"]+)";$/gm, (line, names: string, from: string) =>
        path.resolve(path.dirname(id), from) === path.join(artifactDirectory, 'graphql')
          ? names
              .split(',')
              .map((name) => `import {${name}} from "${documentModule}${name.trim().split(/\s+/)[0]}";`)
              .join(' ')
          : line,
      );
      return { code: perDocument, map: result.map };
    },
    resolveId(id) {
      return id.startsWith(documentModule) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${documentModule}`)) return null;
      this.addWatchFile(artifactFile);
      documents ??= readDocuments(artifactFile);
      const name = id.slice(documentModule.length + 1);
      const document = documents.get(name);
      if (!document) throw new Error(`${name} is not a document in ${artifactFile} (run npm run codegen)`);
      return `export const ${name} = ${document};`;
    },
    watchChange(id) {
      if (id === artifactFile) documents = undefined;
    },
  };
}

export default defineConfig({
  // Each file is also written brotli- and gzip-compressed; the API sends whichever the browser accepts. Small
  // files too (a page loads a dozen under 1 KB; gzip saves about a third of each), unless compressing makes one larger.
  plugins: [graphqlDocumentImports(), react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  // rxjs (under Apollo) ships ES2015 for this condition and ES5 with helpers otherwise: 1.6 KB less per first visit.
  resolve: { conditions: ['es2015', ...defaultClientConditions] },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: {
    outDir: 'dist',
    modulePreload: { polyfill: false },
    emptyOutDir: true,
    // Maps are written for debugging but not referenced from the code, and the API never serves them.
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: each route's chunks and their imports, for the bundle budget check
    // (scripts/bundle-budget); the API does not serve dot-folders.
    manifest: true,
    rolldownOptions: {
      output: {
        // Chunks named by their hash alone: each name is in every file that imports it and, 129 times, in
        // the entry's list of what to preload with each page, so readable names cost every route ~1.3 KB.
        // The build's manifest (.vite/manifest.json) says which source each chunk holds.
        chunkFileNames: 'assets/[hash].js',
        // Libraries change less often than our code: separate chunks cache longer.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // Not graphql-ws nor Apollo's link over it: they come with the first subscription (src/app/subscription-link.ts).
            { name: 'apollo', test: /node_modules[\\/](@apollo[\\/](?!client[\\/]link[\\/]subscriptions)|graphql[\\/]|rxjs[\\/])/ },
          ],
        },
      },
    },
  },
});
