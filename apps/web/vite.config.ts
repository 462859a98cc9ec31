import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
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

/**
 * codegen's `graphql(`...`)` looks each document up in a map of all of them (src/gql/gql.ts), so every
 * page would download every query. client-preset's own optimizer (a Babel plugin) turns each call into
 * an import of that one document from src/gql/graphql.ts, which the bundler then splits per route.
 */
function graphqlDocumentImports(): Plugin {
  const artifactDirectory = path.resolve(import.meta.dirname, 'src/gql');
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
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

export default defineConfig({
  // Each file is also written brotli- and gzip-compressed; the API sends whichever the browser accepts.
  plugins: [graphqlDocumentImports(), react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written for debugging but not referenced from the code, and the API never serves them.
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: each route's chunks and their imports, for the bundle budget check
    // (scripts/bundle-budget); the API does not serve dot-folders.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks cache longer.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs)[\\/]/ },
          ],
        },
      },
    },
  },
});
