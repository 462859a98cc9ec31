import { Writable } from 'node:stream';
import { createLogger } from '../logger.js';

// What lands in the log: what matters at info, Nest's start-up chatter only at debug.

/** A stream that keeps what is written to it. */
function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

describe('createLogger', () => {
  it.each([
    ['info', false],
    ['debug', true],
  ])('at %s, Nest’s per-module and per-route start-up lines are shown: %s', (level, shown) => {
    const out = sink();
    {
      const logger = createLogger(level, 'json', out);
      logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/calendar/:token.ics, GET} route');
      logger.info({ context: 'InstanceLoader' }, 'AppModule dependencies initialized');
      logger.info({ context: 'Seeder' }, 'loaded the demo directory');
      logger.warn({ context: 'RouterExplorer' }, 'a route is odd');
    }
    const text = out.text();
    expect(text.includes('Mapped {/api/calendar')).toBe(shown);
    expect(text.includes('AppModule dependencies initialized')).toBe(shown);
    expect(text).toContain('loaded the demo directory');
    expect(text).toContain('a route is odd');
  });

  it('writes one JSON object a line by default, and short readable lines when pretty', async () => {
    const json = sink();
    createLogger('info', 'json', json).info({ url: 'http://localhost:3000' }, 'Weave is ready');
    expect(JSON.parse(json.text())).toMatchObject({ level: 30, msg: 'Weave is ready', url: 'http://localhost:3000', service: 'weave-api' });
    const out = sink();
    createLogger('info', 'pretty', out).info({ url: 'http://localhost:3000' }, 'Weave is ready');
    await new Promise((resolve) => setImmediate(resolve));
    const pretty = out.text();
    expect(pretty).toMatch(/^\[\d\d:\d\d:\d\d\] .*INFO.*: Weave is ready\n/);
    expect(pretty).not.toContain('"level"');
    expect(pretty).not.toContain('localhost:3000'); // the facts are in the message; JSON keeps them for collectors
  });

  it('shows a failed start’s error with its stack, and a request in a few words, when pretty', async () => {
    const out = sink();
    const logger = createLogger('info', 'pretty', out);
    logger.fatal({ err: new Error('ENOENT: no such file') }, 'Weave could not start');
    logger.info({ req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 }, responseTime: 12 }, 'request completed');
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.text()).toMatch(/Weave could not start: Error: ENOENT: no such file\n\s+at /);
    expect(out.text()).toContain('POST /graphql → 200 in 12 ms');
  });
});
