import http from 'node:http';
import { percentiles } from '../support/harness.mjs';

/**
 * A small closed-loop load generator: `connections` keep-alive sockets, each
 * sending the next request when the last answer arrives, for `durationMs`:
 * `body` every time, or the next of `requests` ({ body, cookie, group }) in turn, with
 * percentiles by group as well; with `once`, each of `requests` exactly once, however long it takes.
 */
export async function runLoad({
  port,
  path = '/graphql',
  body,
  requests = [{ body }],
  connections,
  durationMs,
  once: oncePerRequest = false,
}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const byGroup = new Map();
  let next = 0;
  let errors = 0;
  let firstError;
  const deadline = Date.now() + durationMs;
  const once = () =>
    new Promise((resolve) => {
      const { body, cookie, group } = requests[next++ % requests.length];
      const started = process.hrtime.bigint();
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(cookie ? { cookie } : {}),
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            latencies.push(ms);
            if (group) (byGroup.get(group) ?? byGroup.set(group, []).get(group)).push(ms);
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
      while (oncePerRequest ? next < requests.length : Date.now() < deadline) await once();
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  agent.destroy();
  const { p50, p95, p99 } = percentiles(latencies);
  const groups = Object.fromEntries([...byGroup].map(([group, values]) => [group, { requests: values.length, ...percentiles(values) }]));
  return { requests: latencies.length, errors, firstError, rps: latencies.length / seconds, seconds, p50, p95, p99, groups, latencies };
}
