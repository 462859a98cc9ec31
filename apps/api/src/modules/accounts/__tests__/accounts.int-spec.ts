import { PersonEntity } from '../person.entity.js';
import { SessionEntity } from '../session.entity.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id email } }';
const ME = '{ me { id email displayName pronouns bio locale } }';
const UPDATE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName pronouns bio locale } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('signUp', () => {
    it('creates the account with an argon2 hash, its address not proved, signs nobody in and mails a link to prove it', async () => {
      const client = t.client();
      const result = await client.request<{ signUp: boolean }>(SIGN_UP, {
        input: { email: '  New.Person@Example.org ', password: 'a long enough password', displayName: ' New Person ' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.signUp).toBe(true);
      expect(result.headers.getSetCookie().find((c) => c.startsWith('weave_session='))).toBeUndefined();

      const stored = await t.dataSource.getRepository(PersonEntity).findOneByOrFail({ email: 'New.Person@Example.org' });
      expect(stored.displayName).toBe('New Person');
      expect(stored.emailVerifiedAt).toBeNull();
      expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
      expect(stored.passwordHash).not.toContain('a long enough password');
      const mail = (await t.outbox()).find((m) => m.to.toLowerCase() === 'new.person@example.org');
      expect(mail?.text).toMatch(/\/verify-email\?token=[\w-]{40,}/);

      // The password works (the banner then asks to prove the address).
      const signIn = await client.request<{ signIn: { id: string } }>(SIGN_IN, {
        input: { email: 'new.person@example.org', password: 'a long enough password' },
      });
      const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('weave_session='));
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const { me } = await client.data<{ me: { id: string } }>(ME);
      expect(me.id).toBe(stored.id);
    });

    it('refuses a weak password and a malformed email, naming each field, and stores nothing', async () => {
      const error = await t.client().error(SIGN_UP, { input: { email: 'not-an-email', password: 'short', displayName: '' } });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual({
        email: expect.stringContaining('email address'),
        password: 'Use at least 10 characters.',
        displayName: expect.any(String),
      });
      expect(await t.dataSource.getRepository(PersonEntity).countBy({ email: 'not-an-email' })).toBe(0);
    });
  });

  describe('signIn and signOut', () => {
    it('signs in with any case of the email', async () => {
      const person = await t.newPerson({ email: 'casey@example.org' });
      const client = t.client();
      const { signIn } = await client.data<{ signIn: { id: string } }>(SIGN_IN, {
        input: { email: 'CASEY@Example.org', password: person.password },
      });
      expect(signIn.id).toBe(person.id);
      expect((await client.data<{ me: { id: string } }>(ME)).me.id).toBe(person.id);
    });

    it('gives the same answer for a wrong password and an unknown email', async () => {
      const person = await t.newPerson();
      const wrongPassword = await t.client().error(SIGN_IN, { input: { email: person.email, password: 'not the password' } });
      const unknownEmail = await t.client().error(SIGN_IN, { input: { email: 'nobody@example.org', password: 'not the password' } });
      expect(wrongPassword.code).toBe('UNAUTHENTICATED');
      expect(unknownEmail).toEqual(wrongPassword);
    });

    it('signing out revokes the session on the server, so a copied cookie no longer works', async () => {
      const person = await t.newPerson();
      const copy = t.client();
      copy.useCookies(person.client.cookieHeader);
      expect((await copy.data<{ me: { id: string } | null }>(ME)).me?.id).toBe(person.id);

      expect(await person.client.data(`mutation { signOut }`)).toEqual({ signOut: true });
      expect((await person.client.data<{ me: unknown }>(ME)).me).toBeNull();
      expect((await copy.data<{ me: unknown }>(ME)).me).toBeNull();
      expect(await t.dataSource.getRepository(SessionEntity).countBy({ personId: person.id })).toBe(0);
    });

    it('answers me with null when signed out, and signOut with true', async () => {
      const client = t.client();
      expect(await client.data(ME)).toEqual({ me: null });
      expect(await client.data('mutation { signOut }')).toEqual({ signOut: true });
    });
  });

  describe('updateProfile', () => {
    it('changes only the fields given, and clears pronouns with null', async () => {
      const person = await t.newPerson();
      await person.client.data(UPDATE, { input: { pronouns: 'they/them', bio: 'Runs a community garden.' } });
      const { updateProfile } = await person.client.data<{ updateProfile: Record<string, unknown> }>(UPDATE, {
        input: { displayName: 'Renamed', pronouns: null, locale: 'cy' },
      });
      expect(updateProfile).toMatchObject({ displayName: 'Renamed', pronouns: null, bio: 'Runs a community garden.', locale: 'cy' });
      const stored = await t.dataSource.getRepository(PersonEntity).findOneByOrFail({ id: person.id });
      expect(stored).toMatchObject({ displayName: 'Renamed', pronouns: null, bio: 'Runs a community garden.', locale: 'cy' });
    });

    it('refuses an unknown language and an empty name', async () => {
      const person = await t.newPerson();
      const error = await person.client.error(UPDATE, { input: { displayName: '   ', locale: 'xx' } });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.extensions?.fields as object).sort()).toEqual(['displayName', 'locale']);
    });
  });

  describe('changePassword', () => {
    it('changes the password, keeps this session and signs out every other one', async () => {
      const person = await t.newPerson();
      const otherDevice = t.client();
      await otherDevice.data(SIGN_IN, { input: { email: person.email, password: person.password } });

      await person.client.data(CHANGE_PASSWORD, { input: { currentPassword: person.password, newPassword: 'a brand new password' } });

      expect((await person.client.data<{ me: { id: string } }>(ME)).me.id).toBe(person.id);
      expect((await otherDevice.data<{ me: unknown }>(ME)).me).toBeNull();
      const oldPassword = await t.client().error(SIGN_IN, { input: { email: person.email, password: person.password } });
      expect(oldPassword.code).toBe('UNAUTHENTICATED');
      await t.client().data(SIGN_IN, { input: { email: person.email, password: 'a brand new password' } });
    });

    it('needs the current password, on the currentPassword field', async () => {
      const person = await t.newPerson();
      const error = await person.client.error(CHANGE_PASSWORD, {
        input: { currentPassword: 'wrong password', newPassword: 'another password' },
      });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toEqual({ currentPassword: expect.any(String) });
    });

    it('refuses a new password that is too short', async () => {
      const person = await t.newPerson();
      const error = await person.client.error(CHANGE_PASSWORD, { input: { currentPassword: person.password, newPassword: 'short' } });
      expect(error.extensions?.fields).toEqual({ newPassword: 'Use at least 10 characters.' });
    });
  });

  describe('signed-in only operations', () => {
    it.each([
      ['updateProfile', UPDATE, { input: { displayName: 'X' } }],
      ['changePassword', CHANGE_PASSWORD, { input: { currentPassword: 'whatever1234', newPassword: 'whatever5678' } }],
    ])('%s is UNAUTHENTICATED when signed out', async (_name, query, variables) => {
      const error = await t.client().error(query, variables);
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(error.message).toBe('Please sign in to do that.');
    });
  });
});
