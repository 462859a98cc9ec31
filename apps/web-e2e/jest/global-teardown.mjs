export default async function globalTeardown() {
  const server = globalThis.weaveServer;
  if (!server || server.exitCode !== null) return;
  // SIGTERM lets the API stop its embedded PostgreSQL too.
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (server.exitCode === null) server.kill('SIGKILL');
}
