import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/** DATABASE_URL when set; otherwise an embedded PostgreSQL whose data stays in the project. */
export async function resolveDatabase(config: AppConfig, logger: Logger): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.databaseUrl) {
    logger.info('using the PostgreSQL at DATABASE_URL');
    return { url: config.databaseUrl, stop: async () => undefined };
  }
  const started = Date.now();
  const embedded = await startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    database: 'weave',
    persistent: true,
    log: (message) => logger.warn(message),
  });
  logger.info(
    { dataDir: embedded.dataDir, port: embedded.port, ms: Date.now() - started },
    `embedded PostgreSQL is running on 127.0.0.1:${embedded.port} with its data in ${embedded.dataDir}`,
  );
  return embedded;
}
