// The real Weave API (compiled), in its own process so the load generator does not share its event loop.
// On request over IPC: counts the websockets it accepted, captures the SQL of one request (so a baseline can run the very same
// statements), signs people in (returns session cookies, as the API's own sign-in makes them), or
// profiles its CPU between profile-start and profile-stop (returns the V8 CPU profile).
import 'reflect-metadata';
import { Session } from 'node:inspector/promises';
import { pino } from 'pino';

const dist = (p) => new URL(`../../apps/api/dist/${p}`, import.meta.url).href;
const { createApp } = await import(dist('app.factory.js'));
const { loadConfig } = await import(dist('config/app-config.js'));

let capturing = false;
const captured = [];
const queryLogger = {
  logQuery: (query, parameters) => {
    if (capturing) captured.push({ query, parameters: parameters ?? [] });
  },
  logQueryError() {},
  logQuerySlow() {},
  logSchemaBuild() {},
  logMigration() {},
  log() {},
};

const level = process.env.LOG_LEVEL ?? 'info';
// Same logger as the app's (pino, JSON lines) but written to /dev/null, so its cost is counted without flooding the terminal.
const logger = pino({ level, base: { service: 'weave-api' } }, pino.destination({ dest: '/dev/null', sync: false }));
const config = {
  ...loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: level,
    DIRECTORY_CACHE: process.env.DIRECTORY_CACHE,
    // Behind bench/support/nginx.mjs: who the client is, from X-Forwarded-For, and a limit small enough to reach.
    TRUST_PROXY: process.env.TRUST_PROXY,
    SIGN_IN_LIMIT_PER_IP: process.env.SIGN_IN_LIMIT_PER_IP,
  }),
  webDistDir: '/nonexistent',
};
const app = await createApp({ config, databaseUrl: process.env.DATABASE_URL, logger, queryLogger });
// Websockets this process accepted (behind a proxy: proof that it spreads them over the processes).
let upgrades = 0;
app.getHttpServer().on('upgrade', () => (upgrades += 1));
await app.listen(0, '127.0.0.1');
process.send({ ready: app.getHttpServer().address().port });

let profiler;
process.on('message', async (message) => {
  if (message?.type === 'sessions') {
    const { SessionsService } = await import(dist('modules/accounts/sessions.service.js'));
    const sessions = app.get(SessionsService);
    const cookies = [];
    for (const personId of message.personIds) cookies.push(`weave_session=${(await sessions.start(personId, 'bench')).token}`);
    process.send({ cookies });
  } else if (message === 'upgrades') {
    process.send({ upgrades });
  } else if (message === 'profile-start') {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    process.send({ profiling: true });
  } else if (message === 'profile-stop') {
    const { profile } = await profiler.post('Profiler.stop');
    profiler.disconnect();
    process.send({ profile });
  } else if (message === 'capture-start') {
    captured.length = 0;
    capturing = true;
  } else if (message === 'capture-stop') {
    capturing = false;
    process.send({ captured });
  }
});
process.once('SIGTERM', async () => {
  // Exit normally even if closing fails, so a CPU profile (--cpu-prof) is written.
  await Promise.race([app.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
  process.exit(0);
});
