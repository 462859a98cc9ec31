import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSnapshots } from '../sql-snapshot.js';

const modulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../modules');

describe('committed SQL of hot queries', () => {
  it('matches what the repositories run (else run `npm run sql:snapshots` and review the change)', async () => {
    const rendered = await renderSnapshots(modulesDir, '.ts');
    const committed = readdirSync(modulesDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.repository.sql'));
    expect(rendered.size).toBeGreaterThan(0);
    expect([...rendered.keys()].sort()).toEqual(committed.sort());
    for (const [file, text] of rendered) expect(`${file}:\n${readFileSync(path.join(modulesDir, file), 'utf8')}`).toBe(`${file}:\n${text}`);
  });
});
