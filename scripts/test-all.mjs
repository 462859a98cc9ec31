#!/usr/bin/env node
// npm test: unit and integration tests of every project, then one summary.
import { spawn } from 'node:child_process';

const projects = [
  { name: 'api', workspace: '@weave/api', what: 'unit + integration on real PostgreSQL' },
  { name: 'web', workspace: '@weave/web', what: 'unit + components' },
];

function run(project) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', 'test', '--silent', '--workspace', project.workspace], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const relay = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    child.on('close', (code) => {
      const line = output.match(/^Tests:\s+(.*)$/m)?.[1] ?? '';
      const count = (word) => Number(line.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
      resolve({
        ...project,
        code,
        passed: count('passed'),
        failed: count('failed'),
        skipped: count('skipped'),
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

const results = [];
for (const project of projects) {
  console.log(`\n=== ${project.name}: ${project.what} ===\n`);
  results.push(await run(project));
}

console.log('\n=== Summary ===');
for (const r of results) {
  const status = r.code === 0 ? 'ok    ' : 'FAILED';
  console.log(
    `${status} ${r.name.padEnd(5)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${String(r.skipped).padStart(3)} skipped  (${r.seconds.toFixed(1)} s)`,
  );
}
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
const failedProjects = results.filter((r) => r.code !== 0);
// A project that failed before counting (e.g. a compile error) counts as a failure.
const failed = total('failed') + failedProjects.filter((r) => r.failed === 0).length;
console.log(`\n${total('passed')} passed, ${failed} failed${total('skipped') ? `, ${total('skipped')} skipped` : ''}`);
process.exit(failedProjects.length > 0 ? 1 : 0);
