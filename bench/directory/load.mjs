import http from 'node:http';
import { percentiles } from '../support/harness.mjs';

/**
 * A small closed-loop load generator: `connections` keep-alive sockets, each
 * sending the next request when the last answer arrives, for `durationMs`.
 */
export async function runLoad({ port, path = '/graphql', body, connections, durationMs }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let errors = 0;
  let firstError;
  const deadline = Date.now() + durationMs;
  const once = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
            const text = Buffer.concat(chunks).toString();
            if (res.statusCode !== 200 || text.startsWith('{"errors"') || text.includes('"errors":[')) {
              errors += 1;
              firstError ??= `${res.statusCode} ${text.slice(0, 300)}`;
            }
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        errors += 1;
        firstError ??= String(error);
        resolve();
      });
      req.end(body);
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) await once();
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  agent.destroy();
  const { p50, p95, p99 } = percentiles(latencies);
  return { requests: latencies.length, errors, firstError, rps: latencies.length / seconds, p50, p95, p99 };
}
