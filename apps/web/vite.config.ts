import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
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

export default defineConfig({
  // Each file is also written brotli- and gzip-compressed; the API sends whichever the browser accepts.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
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
