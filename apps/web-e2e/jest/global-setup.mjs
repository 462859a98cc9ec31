// Starts the built Weave (npm run e2e builds it first) on a free port with a
// fresh embedded PostgreSQL, and waits until /health answers.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// node:http without keep-alive, so no idle socket keeps Jest from exiting.
function healthy(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}

export default async function globalSetup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install Debian's Chromium with:\n\n    sudo apt-get install -y chromium\n\n(or set CHROMIUM_PATH to a Chromium or Chrome binary), then run npm run e2e again.`,
    );
  }
  const main = path.join(root, 'apps/api/dist/main.js');
  if (!existsSync(path.join(root, 'apps/web/dist/index.html')) || !existsSync(main)) {
    throw new Error('The app is not built. Run the journeys with `npm run e2e`, which builds it first.');
  }
  mkdirSync(path.join(root, 'apps/web-e2e/screenshots'), { recursive: true });

  const port = await freePort();
  const dataDir = path.join(os.tmpdir(), `weave-e2e-pg-${process.pid}-${Date.now()}`);
  const server = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  globalThis.weaveServer = server;

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`Weave exited with code ${server.exitCode} before it was ready`);
    const ok = await healthy(`${baseUrl}/health`);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('Weave did not become healthy within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.env.WEAVE_E2E_BASE_URL = baseUrl;
}
