import { createNdjsonParser } from './ndjson';

describe('createNdjsonParser', () => {
  it('reads whole lines as they arrive', () => {
    const parser = createNdjsonParser();
    expect(parser.push('{"done":500,"total":1200}\n{"done":1000,"total":1200}\n')).toEqual([
      { done: 500, total: 1200 },
      { done: 1000, total: 1200 },
    ]);
    expect(parser.flush()).toEqual([]);
  });

  it('keeps a line split across chunks until it is complete', () => {
    const parser = createNdjsonParser();
    expect(parser.push('{"done":5')).toEqual([]);
    expect(parser.push('00,"total":1200}\n{"impo')).toEqual([{ done: 500, total: 1200 }]);
    expect(parser.push('rted":1200}')).toEqual([]);
    expect(parser.flush()).toEqual([{ imported: 1200 }]);
  });

  it('skips blank lines and copes with Windows line endings', () => {
    const parser = createNdjsonParser();
    expect(parser.push('\n{"done":1,"total":2}\r\n\r\n{"imported":2}\n')).toEqual([{ done: 1, total: 2 }, { imported: 2 }]);
  });
});
