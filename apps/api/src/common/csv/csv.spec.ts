import { parse } from 'csv-parse/sync';
import { csvFile, neutraliseFormula } from './csv.js';

describe('the CSV writer of every export', () => {
  it.each(['=1+2', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1'])('writes %j as text (a quote in front)', (hostile) => {
    expect(neutraliseFormula(hostile)).toBe(`'${hostile}`);
  });

  it.each(['Riverside', 'a=b', '', ' =1', '1-2', 'café'])('leaves %j as it is', (plain) => {
    expect(neutraliseFormula(plain)).toBe(plain);
  });

  it('quotes text cells, keeps numbers, and reads back as what was typed behind the quote', () => {
    const file = csvFile([{ name: '=HYPERLINK("https://evil.example","x")', count: -3, note: 'fine, "quoted"' }]);
    expect(file.startsWith('\ufeff')).toBe(true);
    expect(file).toContain('"\'=HYPERLINK(""https://evil.example"",""x"")",-3,"fine, ""quoted"""');
    expect(parse(file, { bom: true, columns: true })).toEqual([
      { name: '\'=HYPERLINK("https://evil.example","x")', count: '-3', note: 'fine, "quoted"' },
    ]);
  });
});
