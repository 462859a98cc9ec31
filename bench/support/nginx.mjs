// nginx from the Debian package, run with the deployment's own configuration (deploy/nginx/) in
// front of local API processes: the same nginx.conf and weave.conf docker-compose.yml mounts, with
// the upstream's `server api:3000` line made one line per local process and `listen 80` a free
// local port. nginx checks the result (`nginx -t`) before it starts.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const deploy = new URL('../../deploy/nginx/', import.meta.url).pathname;
const INSTALL_HINT = 'nginx is not installed: `sudo apt-get install -y --no-install-recommends nginx` (Debian/Ubuntu), then run again.';

/** Where nginx is, or null. */
export function nginxBinary() {
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file)) ?? null;
}

/** deploy/nginx/weave.conf with its upstream server and listen lines pointed at local ports. */
export function localWeaveConf(text, { upstreamPorts, port }) {
  const server = /^(\s*)server api:3000(.*);$/m;
  const listen = /^(\s*)listen 80;$/m;
  if (!server.test(text) || !listen.test(text)) throw new Error('deploy/nginx/weave.conf has no `server api:3000 …;` or `listen 80;` line');
  return text
    .replace(server, (_, indent, options) => upstreamPorts.map((p) => `${indent}server 127.0.0.1:${p}${options};`).join('\n'))
    .replace(listen, (_, indent) => `${indent}listen 127.0.0.1:${port};`);
}

/** Starts nginx in `work`/nginx in front of the API processes on `upstreamPorts`; `track` (the harness's) is told of its process. */
export async function startNginx({ work, upstreamPorts, track }) {
  const binary = nginxBinary();
  if (!binary) throw new Error(INSTALL_HINT);
  const dir = path.join(work, 'nginx');
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
  const port = await freePort();
  await copyFile(path.join(deploy, 'nginx.conf'), path.join(dir, 'nginx.conf'));
  await writeFile(
    path.join(dir, 'weave.conf'),
    localWeaveConf(await readFile(path.join(deploy, 'weave.conf'), 'utf8'), { upstreamPorts, port }),
  );
  const args = ['-p', dir, '-e', 'stderr', '-c', path.join(dir, 'nginx.conf'), '-g', `pid ${path.join(dir, 'nginx.pid')}; daemon off;`];
  await promisify(execFile)(binary, ['-t', '-q', ...args]).catch((error) => {
    throw new Error(`nginx -t refused the configuration:\n${error.stderr}`);
  });
  const child = track(spawn(binary, args, { stdio: ['ignore', 'inherit', 'inherit'] }), { proxy: true });
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`nginx exited (${code}) before it was ready`))));
  await Promise.race([waitForPort(port), exited]);
  return { port, child, url: `http://127.0.0.1:${port}` };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port} within 5 s`);
}
