import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveDataDir } from './embedded-postgres.js';

const asRoot = process.getuid?.() === 0;

describe('resolveDataDir', () => {
  it('keeps a folder other users can reach', () => {
    const dir = path.join(os.tmpdir(), 'weave-reachable', 'data');
    expect(resolveDataDir(dir, () => undefined)).toBe(dir);
  });

  it('keeps a data folder PostgreSQL has made private, so data survives a restart', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'weave-open-'));
    chmodSync(parent, 0o755);
    const data = path.join(parent, 'postgres');
    mkdirSync(data, { mode: 0o700 });
    expect(resolveDataDir(data, () => undefined)).toBe(data);
  });

  (asRoot ? it : it.skip)('falls back to the temp folder, and says so, when the postgres user cannot enter the project', () => {
    const locked = mkdtempSync(path.join(os.tmpdir(), 'weave-locked-'));
    chmodSync(locked, 0o700);
    const messages: string[] = [];
    const resolved = resolveDataDir(path.join(locked, '.data', 'postgres'), (m) => messages.push(m));
    expect(resolved).toMatch(new RegExp(`^${os.tmpdir()}/weave-postgres-[0-9a-f]{12}$`));
    expect(resolveDataDir(path.join(locked, '.data', 'postgres'), () => undefined)).toBe(resolved);
    expect(messages[0]).toContain('cannot reach');
  });
});
