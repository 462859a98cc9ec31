import net from 'node:net';
import { loadConfig } from '../../../config/app-config.js';
import { DB_TOKEN, type Db } from '../../../database/database.js';
import { PersonEntity } from '../../../modules/accounts/person.entity.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { MailerService } from '../mailer.service.js';

// Email is queued work: a mail server that is down never fails what the person did (the email waits
// for a retry), and an act that rolls back sends nothing.

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) }';

describe('email through the job queue', () => {
  describe('with a mail server that refuses connections', () => {
    let t: TestApp;

    beforeAll(async () => {
      // A port nobody listens on.
      const port = await new Promise<number>((resolve) => {
        const server = net.createServer().listen(0, '127.0.0.1', () => {
          const { port: free } = server.address() as net.AddressInfo;
          server.close(() => resolve(free));
        });
      });
      t = await createTestApp({ config: { mail: { ...loadConfig({ NODE_ENV: 'test' }).mail, smtpUrl: `smtp://127.0.0.1:${port}` } } });
    });
    afterAll(() => t.close());

    it('still signs the person up, and keeps the email for a later try', async () => {
      const result = await t.client().request<{ signUp: boolean }>(SIGN_UP, {
        input: { email: 'patient@example.org', password: 'a long enough password', displayName: 'Patient' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.signUp).toBe(true);
      expect(await t.dataSource.getRepository(PersonEntity).findOneBy({ email: 'patient@example.org' })).not.toBeNull();

      await t.drainJobs();
      const [job] = (await t.dataSource.query(
        `SELECT state, output, extract(epoch FROM start_after - now())::float AS wait FROM pgboss.job WHERE name = 'email' AND data->>'to' = 'patient@example.org'`,
      )) as { state: string; output: { message: string }; wait: number }[];
      expect(job.state).toBe('retry');
      expect(job.output.message).toMatch(/ECONNREFUSED/);
      expect(job.wait).toBeGreaterThan(20);
    });
  });

  describe('with the outbox', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('sends an email queued in a transaction only when the transaction commits', async () => {
      const mailer = t.app.get(MailerService);
      const db = t.app.get<Db>(DB_TOKEN);
      await expect(
        db.transaction().execute(async (trx) => {
          await mailer.send({ to: 'never@example.org', subject: 'Rolled back', text: 'No.' }, trx);
          throw new Error('the act failed');
        }),
      ).rejects.toThrow('the act failed');
      await db.transaction().execute((trx) => mailer.send({ to: 'kept@example.org', subject: 'Committed', text: 'Yes.' }, trx));
      expect((await t.outbox()).map((m) => m.to)).toEqual(['kept@example.org']);
      // A sent email's text (which may hold a sign-in or reset link) is not kept in the queue.
      expect(
        await t.dataSource.query(
          `SELECT id FROM pgboss.job WHERE name = 'email' UNION ALL SELECT id FROM pgboss.archive WHERE name = 'email'`,
        ),
      ).toEqual([]);
    });
  });
});
