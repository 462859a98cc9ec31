import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';

// Issue 11 §1: what is sent to an address is honoured only for an account that has proved it.

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id emailVerified } }';
const VERIFY = 'mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { id emailVerified } }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id emailVerified } }';
const INVITE = 'mutation($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { id } }';
const MINE = '{ myNetworkInvitations { id } }';
const RESPOND = 'mutation($input: RespondToNetworkInvitationInput!) { respondToNetworkInvitation(input: $input) { status } }';
const NETWORK = 'query($slug: String!) { network(slug: $slug) { id name } }';
const ME = '{ me { id emailVerified hasPassword } }';

describe('proved addresses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** The token in the newest mail to `to` whose link has this path. */
  async function tokenFrom(to: string, path: '/verify-email' | '/reset-password' | '/sign-in/link'): Promise<string> {
    const mail = (await t.outbox()).filter((m) => m.to === to && m.text.includes(`${path}?token=`)).at(-1);
    if (!mail) throw new Error(`no mail to ${to} with ${path}`);
    return mail.text.match(new RegExp(`${path}\\?token=([\\w-]+)`))![1];
  }

  async function signUp(email: string, password = TEST_PASSWORD): Promise<GraphQLClient> {
    const client = t.client();
    expect(await client.data(SIGN_UP, { input: { email, password, displayName: 'Someone' } })).toEqual({ signUp: true });
    return client;
  }

  it('a stranger who signs up with an invited address cannot see or accept the invitation, nor read the network; its owner, once proved, can', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith, { name: 'Quiet Circle', visibility: 'MEMBERS_ONLY' });
    const owner = 'owner.of.this@example.org';
    const { inviteToNetwork } = await faith.client.data<{ inviteToNetwork: { id: string } }>(INVITE, {
      input: { networkId: network.id, email: owner, role: 'MEMBER' },
    });

    // The stranger makes an account with the address (not theirs) and signs in with their own password.
    const stranger = await signUp(owner, 'the strangers own password');
    const { signIn } = await stranger.data<{ signIn: { id: string; emailVerified: boolean } }>(SIGN_IN, {
      input: { email: owner, password: 'the strangers own password' },
    });
    expect(signIn.emailVerified).toBe(false);
    expect(await stranger.data(MINE)).toEqual({ myNetworkInvitations: [] });
    expect((await stranger.error(RESPOND, { input: { invitationId: inviteToNetwork.id, accept: true } })).code).toBe('NOT_FOUND');
    expect((await stranger.error(NETWORK, { slug: network.slug })).code).toBe('NOT_FOUND');
    // The link mailed at sign-up went to the owner's inbox; without it the stranger cannot prove the address.

    // The owner of the address proves it (a password reset reaches only their inbox), which shuts the stranger out.
    const ownerClient = t.client();
    expect(await ownerClient.data(REQUEST_RESET, { input: { email: owner } })).toEqual({ requestPasswordReset: true });
    const { resetPassword } = await ownerClient.data<{ resetPassword: { id: string; emailVerified: boolean } }>(RESET, {
      input: { token: await tokenFrom(owner, '/reset-password'), newPassword: 'the owners new password' },
    });
    expect(resetPassword).toEqual({ id: signIn.id, emailVerified: true });
    expect(await stranger.data(ME)).toEqual({ me: null });
    expect((await t.client().error(SIGN_IN, { input: { email: owner, password: 'the strangers own password' } })).code).toBe(
      'UNAUTHENTICATED',
    );

    expect(await ownerClient.data(MINE)).toEqual({ myNetworkInvitations: [{ id: inviteToNetwork.id }] });
    expect(await ownerClient.data(RESPOND, { input: { invitationId: inviteToNetwork.id, accept: true } })).toEqual({
      respondToNetworkInvitation: { status: 'ACCEPTED' },
    });
    expect(await ownerClient.data(NETWORK, { slug: network.slug })).toEqual({ network: { id: network.id, name: 'Quiet Circle' } });
  });

  it('the owner of an address cannot be made to prove it for an account a stranger made: the link alone is not enough', async () => {
    const email = 'never.clicked@example.org';
    await signUp(email, 'the strangers own password');
    const token = await tokenFrom(email, '/verify-email');
    const owner = t.client();
    const error = await owner.error(VERIFY, { input: { token } });
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.extensions?.reason).toBe('PasswordNeededToVerify');
    expect((await owner.error(VERIFY, { input: { token, password: 'a guess at the password' } })).code).toBe('UNAUTHENTICATED');
    const someoneElse = await t.newPerson();
    expect((await someoneElse.client.error(VERIFY, { input: { token } })).extensions?.reason).toBe('SignedInAsSomeoneElse');
  });

  it('the person who signed up proves their address with the link and their password, and is signed in', async () => {
    const email = 'new.arrival@example.org';
    const client = await signUp(email);
    expect(await client.data(ME)).toEqual({ me: null });
    const verify = await client.request<{ verifyEmail: { emailVerified: boolean } }>(VERIFY, {
      input: { token: await tokenFrom(email, '/verify-email'), password: TEST_PASSWORD },
    });
    expect(verify.data?.verifyEmail.emailVerified).toBe(true);
    expect(verify.headers.getSetCookie().some((c) => c.startsWith('weave_session='))).toBe(true);
    expect(await client.data(ME)).toMatchObject({ me: { emailVerified: true, hasPassword: true } });
  });

  it('the link brings the person back to where they were going when they signed up, and only within Weave', async () => {
    const email = 'came.from.an.invitation@example.org';
    const next = '/gatherings/spring-open-space?invite=abc&from=email';
    expect(await t.client().data(SIGN_UP, { input: { email, password: TEST_PASSWORD, displayName: 'Someone', next } })).toEqual({
      signUp: true,
    });
    const mail = (await t.outbox()).filter((m) => m.to === email).at(-1)!;
    const link = new URL(mail.text.match(/https?:\/\/\S*\/verify-email\?\S+/)![0]);
    expect(link.searchParams.get('next')).toBe(next);
    expect(link.searchParams.get('token')).toBe(await tokenFrom(email, '/verify-email'));
    // Someone already has the address: the owner's sign-in link carries it instead.
    const owner = await t.newPerson();
    await t.client().data(SIGN_UP, { input: { email: owner.email, password: TEST_PASSWORD, displayName: 'B', next } });
    const toOwner = (await t.outbox()).filter((m) => m.to === owner.email).at(-1)!;
    expect(toOwner.text).toContain(`/sign-in?${new URLSearchParams({ next })}`);
    for (const elsewhere of [
      'https://evil.example/phish',
      '//evil.example',
      '/\\evil.example',
      'gatherings/x',
      '/a b',
      `/${'x'.repeat(500)}`,
    ]) {
      const refused = await t.client().error(SIGN_UP, {
        input: { email: 'elsewhere@example.org', password: TEST_PASSWORD, displayName: 'C', next: elsewhere },
      });
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: { next: expect.any(String) } } });
    }
    expect((await t.outbox()).some((m) => m.to === 'elsewhere@example.org')).toBe(false);
  });

  it('a verification link works once, even when two requests race with it (one wins, one is told the link is spent)', async () => {
    const person = await t.newPerson({ verified: false });
    await person.client.data('mutation { resendVerificationEmail }');
    const token = await tokenFrom(person.email, '/verify-email');
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => person.client.request<{ verifyEmail: { emailVerified: boolean } }>(VERIFY, { input: { token } })),
    );
    const won = answers.filter((a) => a.data?.verifyEmail.emailVerified === true);
    const spent = answers.filter((a) => a.errors?.[0].extensions?.reason === 'EmailLinkSpent');
    expect([won.length, spent.length]).toEqual([1, 5]);
    expect(await person.client.data(ME)).toMatchObject({ me: { emailVerified: true } });
  });

  it('a reset link works once, even when two requests race with it, and an expired one not at all', async () => {
    const person = await t.newPerson();
    await t.client().data(REQUEST_RESET, { input: { email: person.email } });
    const token = await tokenFrom(person.email, '/reset-password');
    const answers = await Promise.all(
      ['first new password', 'second new password'].map((newPassword) => t.client().request(RESET, { input: { token, newPassword } })),
    );
    expect(answers.filter((a) => a.errors === undefined)).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0].extensions?.reason === 'EmailLinkSpent')).toHaveLength(1);

    await t.client().data(REQUEST_RESET, { input: { email: person.email } });
    const stale = await tokenFrom(person.email, '/reset-password');
    await t.dataSource.query(`UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND person_id = $1`, [
      person.id,
    ]);
    expect((await t.client().error(RESET, { input: { token: stale, newPassword: 'a third new password' } })).extensions?.reason).toBe(
      'EmailLinkSpent',
    );
  });

  it('stores only a hash of each token', async () => {
    const person = await t.newPerson({ verified: false });
    await person.client.data('mutation { resendVerificationEmail }');
    const token = await tokenFrom(person.email, '/verify-email');
    const rows: { token_hash: Buffer }[] = await t.dataSource.query('SELECT token_hash FROM email_tokens WHERE person_id = $1', [
      person.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash.toString('base64url')).not.toBe(token);
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM email_tokens WHERE person_id = $1', [person.id]))).not.toContain(token);
  });

  it('a password reset signs out every session of the account and signs in the resetter', async () => {
    const person = await t.newPerson();
    const elsewhere = t.client();
    await elsewhere.data(SIGN_IN, { input: { email: person.email, password: person.password } });
    await t.client().data(REQUEST_RESET, { input: { email: person.email } });
    const resetter = t.client();
    await resetter.data(RESET, { input: { token: await tokenFrom(person.email, '/reset-password'), newPassword: 'a brand new password' } });
    expect(await person.client.data(ME)).toEqual({ me: null });
    expect(await elsewhere.data(ME)).toEqual({ me: null });
    expect(await resetter.data(ME)).toMatchObject({ me: { id: person.id } });
    expect(await t.client().data(SIGN_IN, { input: { email: person.email, password: 'a brand new password' } })).toMatchObject({
      signIn: { id: person.id },
    });
  });

  it('sign-up gives the same answer for a taken address, changes nothing, and mails its owner instead', async () => {
    const owner = await t.newPerson({ email: 'already.here@example.org' });
    const fresh = await t
      .client()
      .request(SIGN_UP, { input: { email: 'not.yet.here@example.org', password: TEST_PASSWORD, displayName: 'A' } });
    const taken = await t
      .client()
      .request(SIGN_UP, { input: { email: 'ALREADY.here@example.org', password: 'another password', displayName: 'B' } });
    expect(taken.data).toEqual(fresh.data);
    expect(taken.errors).toBeUndefined();
    expect(taken.headers.getSetCookie()).toEqual(fresh.headers.getSetCookie());
    const mails = (await t.outbox()).filter((m) => m.to === owner.email);
    expect(mails.map((m) => m.subject)).toEqual(['Someone tried to sign up to Weave with your address']);
    expect(mails[0].text).toContain('/forgot-password');
    expect(await t.client().data(SIGN_IN, { input: { email: owner.email, password: owner.password } })).toMatchObject({
      signIn: { id: owner.id },
    });
  });

  it('asking for a reset gives the same answer whether or not the address has an account', async () => {
    const person = await t.newPerson();
    const known = await t.client().request(REQUEST_RESET, { input: { email: person.email } });
    const unknown = await t.client().request(REQUEST_RESET, { input: { email: 'nobody.at.all@example.org' } });
    expect(unknown.data).toEqual(known.data);
    expect((await t.outbox()).some((m) => m.to === 'nobody.at.all@example.org')).toBe(false);
  });

  it('garbage and signed-out callers get a code, never a 500', async () => {
    for (const token of ['x'.repeat(30), 'not a token at all, but long enough']) {
      expect((await t.client().error(VERIFY, { input: { token, password: 'whatever it is' } })).code).toBe('BAD_USER_INPUT');
      expect((await t.client().error(RESET, { input: { token, newPassword: 'whatever it is' } })).code).toBe('BAD_USER_INPUT');
    }
    expect((await t.client().error(VERIFY, { input: { token: 'short' } })).code).toBe('BAD_USER_INPUT');
    expect((await t.client().error('mutation { resendVerificationEmail }')).code).toBe('UNAUTHENTICATED');
    expect(
      (
        await t
          .client()
          .error('mutation($input: SetPasswordInput!) { setPassword(input: $input) }', { input: { newPassword: 'a long password' } })
      ).code,
    ).toBe('UNAUTHENTICATED');
  });
});
