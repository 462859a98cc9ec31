// The ceiling of PostgreSQL LISTEN/NOTIFY on this machine, as Weave uses it: one NOTIFY per
// committed transaction (as a room move sends one), a payload the size of a live event, and one
// listening connection per API process. The rate is raised stage by stage until delivery lags:
// the ceiling is the highest rate that every listener receives in full with a p95 lag (from the
// time a notification was due to be sent to its arrival) under `maxLagMs`.
import pg from 'pg';
import { percentiles } from '../support/harness.mjs';
import { sleep } from './measure.mjs';

const CHANNEL = 'weave_bench_ceiling';

export async function notifyCeiling({
  databaseUrl,
  listeners = 3,
  publishers = 8,
  stageSeconds = 3,
  maxLagMs = 100,
  rates = [250, 500, 1000, 2000, 4000, 8000, 16000, 32000],
}) {
  const connect = async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return client;
  };
  const ears = await Promise.all(Array.from({ length: listeners }, connect));
  const mouths = await Promise.all(Array.from({ length: publishers }, connect));
  let stage = null;
  for (const ear of ears) {
    ear.on('notification', ({ payload }) => {
      if (!stage) return;
      const [tag, due] = payload.split(' ');
      if (tag !== stage.tag) return;
      stage.received += 1;
      stage.lags.push(performance.now() - Number(due));
    });
    await ear.query(`LISTEN ${CHANNEL}`);
  }
  // A live event is about 110 bytes of JSON (two ids and a kind): pad to that.
  const padding = 'x'.repeat(60);
  const runStage = async (rate) => {
    const total = Math.round(rate * stageSeconds);
    stage = { tag: `r${rate}`, received: 0, lags: [] };
    const started = performance.now();
    let next = 0;
    await Promise.all(
      mouths.map(async (mouth) => {
        while (next < total) {
          const due = started + (next++ * 1000) / rate;
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
          await mouth.query('SELECT pg_notify($1, $2)', [CHANNEL, `${stage.tag} ${due.toFixed(3)} ${padding}`]);
        }
      }),
    );
    const sentIn = (performance.now() - started) / 1000;
    const deadline = Date.now() + 5000;
    while (stage.received < total * listeners && Date.now() < deadline) await sleep(20);
    const lag = percentiles(stage.lags);
    const result = {
      rate,
      sent: total,
      sentPerSecond: total / sentIn,
      delivered: stage.received / listeners,
      lagP50: lag.p50,
      lagP95: lag.p95,
    };
    result.keptUp = result.delivered === total && lag.p95 < maxLagMs && result.sentPerSecond >= rate * 0.95;
    stages.push(result);
    return result.keptUp;
  };
  const stages = [];
  try {
    // Doubling until a stage lags, then twice halfway between the last that kept up and the first that did not.
    let kept = 0;
    let lagged = null;
    for (const rate of rates) {
      if (await runStage(rate)) kept = rate;
      else {
        lagged = rate;
        break;
      }
    }
    for (let i = 0; i < 2 && lagged !== null; i++) {
      const mid = Math.round((kept + lagged) / 2 / 50) * 50;
      if (mid <= kept || mid >= lagged) break;
      if (await runStage(mid)) kept = mid;
      else lagged = mid;
    }
  } finally {
    stage = null;
    await Promise.all([...ears, ...mouths].map((c) => c.end().catch(() => undefined)));
  }
  const ceiling = Math.max(0, ...stages.filter((s) => s.keptUp).map((s) => s.rate));
  return { ceiling, stages, listeners, publishers, maxLagMs };
}
