import { buildExampleCsv, IMPORT_COLUMNS, toCsv } from './import-csv';

describe('import CSV helpers', () => {
  it('starts the example with the column names the import reads', () => {
    const [header] = buildExampleCsv().split('\r\n');
    expect(header).toBe('name,website,area,themes,sectors,kind');
    expect(header.split(',')).toEqual([...IMPORT_COLUMNS]);
  });

  it('writes one line per row and quotes cells that need it', () => {
    const csv = toCsv([
      { name: 'Grangetown Growers, Cardiff', website: '', area: 'Cardiff', themes: 'food; growing', sectors: '', kind: 'network' },
      { name: 'The "Hub"', website: 'https://hub.example.org', area: '', themes: '', sectors: 'business', kind: '' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'name,website,area,themes,sectors,kind',
      '"Grangetown Growers, Cardiff",,Cardiff,food; growing,,network',
      '"The ""Hub""",https://hub.example.org,,,business,',
      '',
    ]);
  });
});
