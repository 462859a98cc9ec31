import { readImportRow } from './network-csv-row.js';

describe('readImportRow', () => {
  it('reads sectors and kinds however people write them', () => {
    expect(
      readImportRow(
        { name: ' Hub  One ', sectors: 'Voluntary Sector; PUBLIC_SECTOR|public-sector', kind: 'Coalition', themes: 'Food;food' },
        2,
      ),
    ).toEqual({
      row: 2,
      name: 'Hub One',
      website: null,
      placeName: null,
      themes: ['food'],
      sectors: ['voluntary_sector', 'public_sector'],
      kind: 'coalition',
    });
  });

  it('gives every reason a row cannot be imported', () => {
    expect(readImportRow({ name: '', website: 'ftp://x', sectors: 'aliens', kind: 'planet' }, 7)).toEqual({
      row: 7,
      reason: expect.stringMatching(/name is missing.*ftp:\/\/x.*kind "planet".*sector "aliens"/),
    });
  });
});
