// Starts the built Weave (npm run e2e builds it first) on a free port with a
// fresh embedded PostgreSQL, and waits until /health answers.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBuilt, startWeave } from './weave-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default async function globalSetup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install Debian's Chromium with:\n\n    sudo apt-get install -y chromium\n\n(or set CHROMIUM_PATH to a Chromium or Chrome binary), then run npm run e2e again.`,
    );
  }
  assertBuilt();
  mkdirSync(path.join(root, 'apps/web-e2e/screenshots'), { recursive: true });

  process.env.WEAVE_E2E_OUTBOX = mkdtempSync(path.join(os.tmpdir(), 'weave-e2e-outbox-'));
  const { server, baseUrl } = await startWeave();
  globalThis.weaveServer = server;
  process.env.WEAVE_E2E_BASE_URL = baseUrl;
}
