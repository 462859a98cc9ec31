import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { createLogger } from './common/logging/logger.js';
import { loadConfig, type LogFormat } from './config/app-config.js';
import { resolveDatabase } from './database/database-url.js';
import { DEMO_PASSWORD, demoAccounts, seedDemoIfEmpty } from './demo/demo-seed.js';

/** The configured log format, or JSON when the configuration itself is what failed. */
function logFormatOrJson(): LogFormat {
  try {
    return loadConfig().logFormat;
  } catch {
    return 'json';
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.logFormat);
  const database = await resolveDatabase(config, logger);
  const app = await createApp({ config, databaseUrl: database.url, logger });
  await app.init();
  await seedDemoIfEmpty(app, logger);
  await app.listen(config.port, config.host);

  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = `http://${shown}:${config.port}`;
  const demo = await demoAccounts(app);
  // One block a newcomer can read at the end of the log: where to go and how to sign in.
  const lines = [`Weave is ready: open ${url}`];
  if (demo.length > 0) {
    lines.push(`Demo accounts, each with the password "${DEMO_PASSWORD}":`, ...demo.map((p) => `  ${p.email.padEnd(26)}${p.role}`));
  }
  lines.push('Stop with Ctrl-C.');
  logger.info({ url, demoAccounts: demo.map((p) => p.email) }, lines.join('\n'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  createLogger('error', logFormatOrJson()).fatal({ err: error }, 'Weave could not start');
  process.exit(1);
});
