// What bench:live prints: one measurement (measure.mjs), the scale mode's comparison with its
// baseline, and the NOTIFY ceiling (notify-ceiling.mjs).
import os from 'node:os';

const ms = (n) => n.toFixed(1);
const per = (cpu, key) => (cpu[key] ?? 0).toFixed(2);

function rows(r, counts, clients) {
  return [
    { measure: 'join → every subscriber, p50 (ms)', value: ms(r.latency.p50) },
    { measure: 'join → every subscriber, p95 (ms)', value: ms(r.latency.p95) },
    { measure: 'join → every subscriber, max (ms)', value: ms(r.latency.max) },
    { measure: `arrivals measured (${counts.probes} joins × ${clients})`, value: r.arrivals },
    { measure: 'arrivals missing', value: r.probeLost },
    { measure: `moves sent in ${counts.seconds} s (paced)`, value: counts.moves },
    { measure: 'moves made / refused as full / failed', value: `${r.outcome.made} / ${r.outcome.full} / ${r.outcome.failed}` },
    { measure: 'moves per second sustained', value: (counts.moves / r.elapsed).toFixed(0) },
    {
      measure: 'CPU per move, ms: API processes / PostgreSQL / proxy / load generator',
      value: `${per(r.cpuPerMove, 'api')} / ${per(r.cpuPerMove, 'postgres')} / ${per(r.cpuPerMove, 'proxy')} / ${per(r.cpuPerMove, 'load')}`,
    },
    { measure: 'updates received by subscribers', value: r.messages },
    { measure: 'subscribers left with a stale wall (lost)', value: r.lost },
    { measure: 'rooms seen over capacity', value: r.overCapacity },
    { measure: 'presence rows = sum of headcounts', value: `${r.presenceRows} = ${r.headcounts}` },
  ];
}

const goalMet = (r, counts) =>
  r.latency.p95 < 250 &&
  r.elapsed <= counts.seconds * 1.1 &&
  r.lost === 0 &&
  r.overCapacity === 0 &&
  r.outcome.failed === 0 &&
  r.probeLost === 0;

function goalLine(r, counts) {
  return (
    `Goal: p95 < 250 ms (${r.latency.p95 < 250 ? 'met' : 'NOT met'}); ${counts.moves} moves in ${counts.seconds} s with 0 lost and 0 over capacity ` +
    `(${goalMet(r, counts) ? 'met' : 'NOT met'}: ${r.elapsed.toFixed(1)} s, ${r.lost} lost, ${r.overCapacity} over).`
  );
}

export function report(title, r, counts) {
  const clients = r.arrivals / counts.probes + r.probeLost / counts.probes;
  console.log(`\nOpen space live: ${title}\n`);
  console.table(rows(r, counts, clients));
  console.log(goalLine(r, counts));
}

export function reportScale({ clients, counts, baseline, scaled, spread, load }) {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`;
  console.log(`\nOpen space live at scale: ${clients} graphql-ws subscribers on one gathering's wall (${machine})\n`);
  const a = rows(baseline, counts, clients);
  const b = rows(scaled, counts, clients);
  console.table(a.map((row, i) => ({ measure: row.measure, 'one process, no proxy': row.value, 'three behind nginx': b[i].value })));
  const ratio = (x, y) => (y ? (x / y).toFixed(2) : '–');
  const cpu = (r) => r.cpuPerMove.api + r.cpuPerMove.postgres + r.cpuPerMove.proxy;
  console.log('Three behind nginx ÷ one process:');
  console.table([
    { measure: 'p50 join → every subscriber', ratio: ratio(scaled.latency.p50, baseline.latency.p50) },
    { measure: 'p95 join → every subscriber', ratio: ratio(scaled.latency.p95, baseline.latency.p95) },
    { measure: 'moves per second sustained', ratio: ratio(baseline.elapsed, scaled.elapsed) },
    { measure: 'server CPU per move (API + PostgreSQL + proxy)', ratio: ratio(cpu(scaled), cpu(baseline)) },
    { measure: 'seconds to connect every subscriber', ratio: ratio(scaled.connectSeconds, baseline.connectSeconds) },
  ]);
  console.log(`Websockets per process through nginx: ${spread.join(' / ')}.`);
  console.log(`One process: ${goalLine(baseline, counts)}`);
  console.log(`Three behind nginx: ${goalLine(scaled, counts)}`);
  const stages = ['start', 'after the baseline', 'after the scale run', 'after the NOTIFY ceiling'];
  console.log(`Load average (1 / 5 / 15 min) on ${os.cpus().length} cores:`);
  for (const [i, l] of load.entries()) console.log(`  ${stages[i]}: ${l.map((x) => x.toFixed(2)).join(' / ')}`);
}

export function reportCeiling({ ceiling, stages, listeners, publishers, maxLagMs }, scaled) {
  console.log(`\nPostgreSQL NOTIFY on this machine: ${publishers} publishing connections, ${listeners} listening (one per API process)\n`);
  console.table(
    [...stages]
      .sort((x, y) => x.rate - y.rate)
      .map((s) => ({
        'target /s': s.rate,
        'sent /s': s.sentPerSecond.toFixed(0),
        'delivered to each listener': `${s.delivered} of ${s.sent}`,
        'lag p50 (ms)': ms(s.lagP50),
        'lag p95 (ms)': ms(s.lagP95),
        'kept up': s.keptUp ? 'yes' : 'no',
      })),
  );
  const moveRate = scaled ? scaled.outcome.made / scaled.elapsed : 0;
  console.log(
    `Ceiling: about ${ceiling} NOTIFY/s delivered in full with p95 lag under ${maxLagMs} ms` +
      (moveRate
        ? ` — ${(ceiling / moveRate).toFixed(0)}× the ${moveRate.toFixed(0)} room moves a second of the scale run (one NOTIFY each).`
        : '.'),
  );
}
