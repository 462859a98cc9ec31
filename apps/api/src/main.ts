import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { createLogger } from './common/logging/logger.js';
import { loadConfig } from './config/app-config.js';
import { resolveDatabase } from './database/database-url.js';
import { seedDemoIfEmpty } from './demo/demo-seed.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  const app = await createApp({ config, databaseUrl: database.url, logger });
  await app.init();
  await seedDemoIfEmpty(app, logger);
  await app.listen(config.port, config.host);

  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.info(`Weave is ready at http://${shown}:${config.port}`);

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
  createLogger('error').fatal({ err: error }, 'Weave could not start');
  process.exit(1);
});
