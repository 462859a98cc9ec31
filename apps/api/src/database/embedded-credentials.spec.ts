import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { credentialsFile, loadOrCreateCredentials } from './embedded-credentials.js';

describe('loadOrCreateCredentials', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'weave-fresh-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('works on a fresh checkout, where the data folder’s parent (.data) does not exist yet', async () => {
    const dataDir = path.join(root, '.data', 'postgres');
    const made = await loadOrCreateCredentials(dataDir);
    expect(made.superuserPassword).toMatch(/^[\w-]{32}$/);
    expect(statSync(credentialsFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateCredentials(dataDir)).toEqual(made);
  });
});
