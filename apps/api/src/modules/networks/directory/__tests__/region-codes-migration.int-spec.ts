import { Logger } from '@nestjs/common';
import { jest } from '@jest/globals';
import { RegionCodes1796880000000, regionCodeOf } from '../../../../database/migrations/1796880000000-region-codes.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// The migration from free-text regions to codes, run back and forth on a database that holds
// values people typed before the list existed.
describe('region codes migration', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('reads typed regions case-, space- and accent-insensitively', () => {
    expect(regionCodeOf('  wales ')).toBe('wales');
    expect(regionCodeOf('Cymru')).toBe('wales');
    expect(regionCodeOf('YORKSHIRE')).toBe('yorkshire_and_the_humber');
    expect(regionCodeOf('Yorkshire & the Humber')).toBe('yorkshire_and_the_humber');
    expect(regionCodeOf('North-West  England')).toBe('north_west');
    expect(regionCodeOf('Yr Alban')).toBe('scotland');
    expect(regionCodeOf('Heronshire')).toBeNull();
  });

  it('maps existing values to codes, keeps the ones it cannot map as the place, and reports them', async () => {
    const migration = new RegionCodes1796880000000();
    const runner = t.dataSource.createQueryRunner();
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      await migration.down(runner);
      const typed: [string, string | null, string | null][] = [
        ['Typed Wales', ' wales ', null],
        ['Typed Cymru', 'Cymru', 'Aberdare'],
        ['Typed Yorkshire', 'YORKSHIRE', 'Sheffield'],
        ['Typed North West', 'North-West England', null],
        ['Typed Heronshire', 'Heronshire', null],
        ['Typed Atlantis', 'Atlantis', 'Lost City'],
        ['Typed Blank', '  ', 'Leeds'],
      ];
      for (const [name, region, place] of typed) {
        await t.dataSource.query(
          `INSERT INTO networks (name, slug, kind, scope, region, place_name) VALUES ($1, lower(replace($1, ' ', '-')), 'network', 'local', $2, $3)`,
          [name, region, place],
        );
      }
      await migration.up(runner);
      const rows: { name: string; region: string | null; place_name: string | null }[] = await t.dataSource.query(
        `SELECT name, region, place_name FROM networks WHERE name LIKE 'Typed %' ORDER BY name`,
      );
      expect(rows).toEqual([
        { name: 'Typed Atlantis', region: null, place_name: 'Lost City, Atlantis' },
        { name: 'Typed Blank', region: null, place_name: 'Leeds' },
        { name: 'Typed Cymru', region: 'wales', place_name: 'Aberdare' },
        { name: 'Typed Heronshire', region: null, place_name: 'Heronshire' },
        { name: 'Typed North West', region: 'north_west', place_name: null },
        { name: 'Typed Wales', region: 'wales', place_name: null },
        { name: 'Typed Yorkshire', region: 'yorkshire_and_the_humber', place_name: 'Sheffield' },
      ]);
      const reported = warn.mock.calls.map((call) => String(call[0])).join('\n');
      expect(reported).toContain('"Heronshire"');
      expect(reported).toContain('"Atlantis"');
      expect(reported).not.toContain('Cymru');
      // The search document was rebuilt: the region's names and the kept place are found.
      const found = (words: string) =>
        t.dataSource
          .query(`SELECT name FROM networks WHERE search @@ websearch_to_tsquery('english', $1) ORDER BY name`, [words])
          .then((r: { name: string }[]) => r.map((n) => n.name));
      expect(await found('Cymru')).toEqual(['Typed Cymru', 'Typed Wales']);
      expect(await found('Heronshire')).toEqual(['Typed Heronshire']);
      await expect(t.dataSource.query(`UPDATE networks SET region = 'Narnia' WHERE name = 'Typed Wales'`)).rejects.toThrow(
        /networks_region_code/,
      );
    } finally {
      warn.mockRestore();
      await runner.release();
    }
  });
});
