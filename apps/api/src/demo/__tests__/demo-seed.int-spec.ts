import { createLogger } from '../../common/logging/logger.js';
import { PersonEntity } from '../../modules/accounts/person.entity.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemoIfEmpty } from '../demo-seed.js';

describe('demo data', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('loads into an empty database, with one person for each kind of user who can sign in', async () => {
    expect(await seedDemoIfEmpty(t.app, createLogger('silent'))).toBe(true);
    const people = await t.dataSource.getRepository(PersonEntity).find();
    expect(people.map((p) => p.email).sort()).toEqual(DEMO_PEOPLE.map((p) => p.email).sort());
    expect(people.filter((p) => p.isPlatformAdmin).map((p) => p.email)).toEqual(['admin@demo.weave.test']);
    await t.client().data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'priya@demo.weave.test', password: DEMO_PASSWORD },
    });
  });

  it('leaves a database that already has people alone', async () => {
    await t.newPerson();
    expect(await seedDemoIfEmpty(t.app, createLogger('silent'))).toBe(false);
    expect(await t.dataSource.getRepository(PersonEntity).count()).toBe(1);
  });
});
