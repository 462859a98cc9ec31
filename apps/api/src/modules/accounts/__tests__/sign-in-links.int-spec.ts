import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app.js';
import { SignInLinksService } from '../sign-in-links.service.js';

const LINK = 'mutation($input: SignInWithLinkInput!) { signInWithLink(input: $input) { id emailVerified hasPassword } }';
const SET_PASSWORD = 'mutation($input: SetPasswordInput!) { setPassword(input: $input) }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id } }';
const ME = '{ me { id emailVerified hasPassword } }';

describe('one-time sign-in links prove the address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const link = (email: string) => t.app.get(SignInLinksService).create(email);

  it('an account made through a link has proved its address and no password, and can set one once', async () => {
    const client = t.client();
    const { signInWithLink } = await client.data<{ signInWithLink: { id: string } }>(LINK, {
      input: { token: await link('linked@example.org') },
    });
    expect(signInWithLink).toMatchObject({ emailVerified: true, hasPassword: false });
    expect((await t.client().error(SIGN_IN, { input: { email: 'linked@example.org', password: 'any password at all' } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await client.data(SET_PASSWORD, { input: { newPassword: 'my first password' } })).toEqual({ setPassword: true });
    expect(await client.data(ME)).toMatchObject({ me: { hasPassword: true } });
    expect((await client.error(SET_PASSWORD, { input: { newPassword: 'another password' } })).extensions?.reason).toBe(
      'PasswordAlreadySet',
    );
    expect(await t.client().data(SIGN_IN, { input: { email: 'linked@example.org', password: 'my first password' } })).toEqual({
      signIn: { id: signInWithLink.id },
    });
  });

  it('a link to an address a stranger signed up with (never proved) gives the account to the address owner and shuts the stranger out', async () => {
    const stranger = await t.newPerson({ email: 'taken.early@example.org', verified: false });
    const owner = t.client();
    const { signInWithLink } = await owner.data<{ signInWithLink: { id: string } }>(LINK, { input: { token: await link(stranger.email) } });
    expect(signInWithLink).toEqual({ id: stranger.id, emailVerified: true, hasPassword: false });
    expect(await stranger.client.data(ME)).toEqual({ me: null });
    expect((await t.client().error(SIGN_IN, { input: { email: stranger.email, password: TEST_PASSWORD } })).code).toBe('UNAUTHENTICATED');
  });

  it('a link to a proved account signs in and changes nothing else', async () => {
    const person = await t.newPerson();
    const client = t.client();
    expect(await client.data(LINK, { input: { token: await link(person.email) } })).toEqual({
      signInWithLink: { id: person.id, emailVerified: true, hasPassword: true },
    });
    expect(await person.client.data(ME)).toMatchObject({ me: { id: person.id } });
  });
});
