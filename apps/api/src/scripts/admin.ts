// npm run admin -- create --email someone@example.org [--name "Their Name"] [--password ...]
// npm run admin -- revoke --email someone@example.org
// Makes (or stops) a platform admin. Uses DATABASE_URL, or the embedded PostgreSQL.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createLogger } from '../common/logging/logger.js';
import { loadConfig } from '../config/app-config.js';
import { openDataSource, runMigrations } from '../database/data-source.js';
import { resolveDatabase } from '../database/database-url.js';
import { createDb } from '../database/database.js';
import { AccountsRepository } from '../modules/accounts/accounts.repository.js';
import { JobsService } from '../common/jobs/jobs.service.js';
import { MailerService } from '../common/mail/mailer.service.js';
import { EmailProofsService } from '../modules/accounts/email-proofs.service.js';
import { AccountsService } from '../modules/accounts/accounts.service.js';
import { PASSWORD_MIN } from '../modules/accounts/password.js';

const usage =
  'Usage: npm run admin -- create --email <email> [--name <display name>] [--password <password>]\n       npm run admin -- revoke --email <email>';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
});
const [command] = positionals;
const email = values.email?.trim();
if (!email || !['create', 'revoke'].includes(command ?? '') || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
  console.error(usage);
  process.exit(2);
}
if (values.password !== undefined && values.password.length < PASSWORD_MIN) {
  console.error(`The password must have at least ${PASSWORD_MIN} characters.`);
  process.exit(2);
}

const config = loadConfig();
const database = await resolveDatabase(config, createLogger('warn'));
const dataSource = await openDataSource(database.url);
try {
  await runMigrations(dataSource);
  // A composition root of its own: the accounts service on the same database, without the web server.
  const repository = new AccountsRepository(createDb(dataSource));
  const accounts = new AccountsService(
    repository,
    new EmailProofsService(repository, new MailerService(config, new JobsService(config, dataSource))),
  );
  const existing = await accounts.byEmail(email);
  if (command === 'revoke') {
    if (!existing) throw new Error(`There is no account for ${email}.`);
    await accounts.setPlatformAdmin(existing.id, false);
    console.log(`${existing.email} is no longer a platform admin.`);
  } else if (existing) {
    await accounts.setPlatformAdmin(existing.id, true);
    console.log(`${existing.email} is now a platform admin (their password is unchanged).`);
  } else {
    const password = values.password ?? randomBytes(12).toString('base64url');
    const person = await accounts.createProved({ email, displayName: values.name?.trim() || email.split('@')[0], password });
    await accounts.setPlatformAdmin(person.id, true);
    console.log(`Created platform admin ${email}${values.password ? '' : ` with the password ${password} (change it after signing in)`}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await dataSource.destroy();
  await database.stop();
}
