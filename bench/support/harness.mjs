// What every benchmark needs: a throwaway embedded PostgreSQL with Weave's migrations, API
// processes (forked, so load generators do not share their event loop), and a clean-up that
// runs whatever happens (a watchdog stops everything after ten minutes).
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const dist = (p) => new URL(`../../apps/api/dist/${p}`, import.meta.url).href;
const here = path.dirname(new URL(import.meta.url).pathname);

export async function createHarness(name, { minutes = 10 } = {}) {
  const { startEmbeddedPostgres } = await import(dist('database/embedded-postgres.js'));
  const { openDataSource, runMigrations } = await import(dist('database/data-source.js'));
  const work = await mkdtemp(path.join(os.tmpdir(), `weave-bench-${name}-`));
  // Embedded PostgreSQL runs as the postgres user when we are root: let it in.
  await chmod(work, 0o755);
  const children = new Set();
  const proxyProcesses = new WeakSet();
  let database;

  async function cleanUp() {
    for (const child of children) child.kill('SIGTERM');
    await database?.stop().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
  const watchdog = setTimeout(() => {
    console.error(`The benchmark took over ${minutes} minutes; stopping.`);
    void cleanUp().finally(() => process.exit(1));
  }, minutes * 60_000);
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  // A throw in a callback would leave the API processes, nginx and PostgreSQL running: stop them first.
  process.once('uncaughtException', (error) => {
    console.error(error);
    void cleanUp().finally(() => process.exit(1));
  });

  return {
    work,
    /** Starts PostgreSQL and migrates it; returns its URL. */
    async startDatabase() {
      database = await startEmbeddedPostgres({
        dataDir: path.join(work, 'pg'),
        database: `weave_bench_${name}`,
        persistent: false,
        log: console.warn,
      });
      const dataSource = await openDataSource(database.url);
      await runMigrations(dataSource);
      await dataSource.destroy();
      return database.url;
    },
    /**
     * CPU time used so far (ms, user + system, from /proc) by each API process, by this
     * benchmark's PostgreSQL (the postmaster and its backends), by a proxy (nginx and its workers) and by the load generator: on a
     * shared machine, CPU per operation says more than wall-clock time. With `only`, `api` counts those processes alone.
     */
    cpuTimes(only = null) {
      const ticks = (pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          // utime + stime; `reaped` adds cutime + cstime, the CPU of children that have exited (PostgreSQL's
          // backends end with their connections, and would otherwise take their CPU with them).
          return {
            ppid: Number(fields[1]),
            ms: (Number(fields[11]) + Number(fields[12])) * 10,
            reaped: (Number(fields[13]) + Number(fields[14])) * 10,
          };
        } catch {
          return null;
        }
      };
      const postmaster = Number(readFileSync(path.join(work, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      const proxies = new Set([...children].filter((child) => proxyProcesses.has(child)).map((child) => child.pid));
      const main = ticks(postmaster);
      let postgres = main ? main.ms + main.reaped : 0;
      let proxy = [...proxies].reduce((sum, pid) => sum + (ticks(pid)?.ms ?? 0), 0);
      for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
        const t = ticks(pid);
        if (t?.ppid === postmaster) postgres += t.ms;
        if (proxies.has(t?.ppid)) proxy += t.ms;
      }
      return {
        api: (only ?? [...children].filter((child) => !proxyProcesses.has(child))).reduce(
          (sum, child) => sum + (ticks(child.pid)?.ms ?? 0),
          0,
        ),
        postgres,
        proxy,
        load: ticks(process.pid)?.ms ?? 0,
      };
    },
    /** Forks an API process (bench/support/api-server.mjs) and waits until it listens. */
    startApi(env, execArgv = []) {
      const child = fork(path.join(here, 'api-server.mjs'), {
        env: { ...process.env, ...env },
        execArgv,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.add(child);
      return new Promise((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`the API exited (${code}) before it was ready`)));
        child.once('message', (m) => resolve({ child, port: m.ready }));
      });
    },
    /** Forks any server script that reports { ready: port } once listening. */
    startServer(file, env) {
      const child = fork(file, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.add(child);
      return new Promise((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`${file} exited (${code}) before it was ready`)));
        child.once('message', (m) => resolve({ child, port: m.ready }));
      });
    },
    /** Stops `child` (any process this benchmark started) with everything else at the end; a proxy's CPU is counted apart. */
    track(child, { proxy = false } = {}) {
      children.add(child);
      if (proxy) proxyProcesses.add(child);
      child.once('exit', () => children.delete(child));
      return child;
    },
    async stop(child) {
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      children.delete(child);
    },
    async finish() {
      clearTimeout(watchdog);
      await cleanUp();
    },
  };
}

/** Asks a forked API process over IPC and waits for its answer. */
export function askApi(child, message) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
}

/** Percentiles of a list of numbers. */
export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? NaN };
}

/** Self time by package (or Node internals), and with `functions` the busiest functions, from a V8 CPU profile. */
export function printProfile(profile, { functions = false } = {}) {
  const self = new Map();
  const byFunction = new Map();
  const hits = new Map(profile.samples.map((id) => [id, 0]));
  for (const id of profile.samples) hits.set(id, hits.get(id) + 1);
  let total = 0;
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    if (!n) continue;
    total += n;
    const url = node.callFrame.url;
    const pkg = url.includes('node_modules/')
      ? url
          .split('node_modules/')
          .at(-1)
          .split('/')
          .slice(0, url.split('node_modules/').at(-1).startsWith('@') ? 2 : 1)
          .join('/')
      : url.includes('/apps/api/dist/')
        ? 'weave api code'
        : url.startsWith('node:')
          ? 'node internals'
          : `(${node.callFrame.functionName || 'native/idle'})`;
    self.set(pkg, (self.get(pkg) ?? 0) + n);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + n);
  }
  console.log('\nWhere the API process spends its CPU (self time, profiling run):');
  console.table(
    [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([where, n]) => ({ where, '%': ((100 * n) / total).toFixed(1) })),
  );
  if (functions) {
    console.log('Busiest functions (self time):');
    console.table(
      [...byFunction.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([fn, n]) => ({ function: fn, '%': ((100 * n) / total).toFixed(1) })),
    );
    printCallers(profile, hits, total, 'kysely');
  }
}

/** For time spent inside `pkg`, the nearest Weave function up the stack: who makes that package busy. */
function printCallers(profile, hits, total, pkg) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const callers = new Map();
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    if (!n || !node.callFrame.url.includes(`node_modules/${pkg}/`)) continue;
    let up = parent.get(node.id);
    while (up !== undefined && !byId.get(up).callFrame.url.includes('/apps/api/dist/')) up = parent.get(up);
    const frame = up === undefined ? null : byId.get(up).callFrame;
    const caller = frame
      ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`
      : '(no Weave caller)';
    callers.set(caller, (callers.get(caller) ?? 0) + n);
  }
  if (callers.size === 0) return;
  console.log(`Who keeps ${pkg} busy (its self time, by the nearest Weave function calling it):`);
  console.table(
    [...callers.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([caller, n]) => ({ caller, '%': ((100 * n) / total).toFixed(1) })),
  );
}
