import { GatheringFormat, RegistrationMode } from '../gathering.enums.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';

const INVITE =
  'mutation($input: InviteByEmailInput!) { inviteByEmail(input: $input) { sent alreadyRegistered invalid { line value reason } } }';
const LINK = 'mutation($input: SignInWithLinkInput!) { signInWithLink(input: $input) { email displayName } }';
const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { status } }';

describe('inviting a list of email addresses', () => {
  let t: TestApp;
  let connor: TestPerson;
  let gathering: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp();
    connor = await t.newPerson({ displayName: 'Connor' });
    const network = await t.newNetwork(connor, { name: 'Email Network' });
    gathering = await t.build.gathering(connor, {
      title: 'Invite Day',
      format: GatheringFormat.ONLINE,
      startsAt: new Date('2027-11-01T18:00:00Z'),
      endsAt: new Date('2027-11-01T19:00:00Z'),
      registrationMode: RegistrationMode.INVITATION_ONLY,
      networkIds: [network.id],
    });
  });
  afterAll(() => t.close());

  it('sends a link to each good address, reports bad lines by number, and skips people already registered', async () => {
    const existing = await t.newPerson({ email: 'already@example.org' });
    const { createInvitation } = await connor.client.data<{ createInvitation: { code: string } }>(
      'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { code } }',
      {
        input: { gatheringId: gathering.id },
      },
    );
    await existing.client.data(REGISTER, { input: { gatheringId: gathering.id, invitationCode: createInvitation.code } });
    const member = await t.newPerson({ email: 'member@example.org' });

    const { inviteByEmail } = await connor.client.data<{
      inviteByEmail: { sent: number; alreadyRegistered: string[]; invalid: unknown[] };
    }>(INVITE, {
      input: {
        gatheringId: gathering.id,
        emails: 'newcomer@example.org\n\nnot an email\nmember@example.org\nNEWCOMER@example.org\nalready@example.org\n',
      },
    });
    expect(inviteByEmail).toEqual({
      sent: 2,
      alreadyRegistered: ['already@example.org'],
      invalid: [
        { line: 3, value: 'not an email', reason: 'not an email address' },
        { line: 5, value: 'NEWCOMER@example.org', reason: 'the same address as line 1' },
      ],
    });
    const mails = await t.outbox();
    const toMember = mails.find((m) => m.to === member.email)!;
    expect(toMember.subject).toBe("You're invited: Invite Day");
    expect(toMember.text).not.toContain('/sign-in/link');

    // The newcomer signs in with the one-time link (an account is made) and registers through the invitation.
    const toNewcomer = mails.find((m) => m.to === 'newcomer@example.org')!;
    const token = toNewcomer.text.match(/token=([\w-]+)/)![1];
    const code = toNewcomer.text.match(/invite=([\w-]+)/)![1];
    const newcomer = t.client();
    expect(await newcomer.data(LINK, { input: { token } })).toEqual({
      signInWithLink: { email: 'newcomer@example.org', displayName: 'newcomer' },
    });
    expect(await newcomer.data(REGISTER, { input: { gatheringId: gathering.id, invitationCode: code } })).toEqual({
      registerForGathering: { status: 'REGISTERED' },
    });
    const reused = await t.client().error(LINK, { input: { token } });
    expect(reused.code).toBe('UNAUTHENTICATED');
    expect(reused.message).toContain('expired or has been used');
  });

  it('refuses more than 500 addresses, an empty list, and anyone but a convener', async () => {
    const many = Array.from({ length: 501 }, (_, i) => `p${i}@example.org`).join('\n');
    expect((await connor.client.error(INVITE, { input: { gatheringId: gathering.id, emails: many } })).extensions?.fields).toEqual({
      emails: 'Invite at most 500 people at a time (this list has 501).',
    });
    expect((await connor.client.error(INVITE, { input: { gatheringId: gathering.id, emails: '\n \n' } })).code).toBe('BAD_USER_INPUT');
    const other = await t.newPerson();
    expect((await other.client.error(INVITE, { input: { gatheringId: gathering.id, emails: 'x@example.org' } })).code).toBe('FORBIDDEN');
  });

  it('an expired link does not sign anyone in', async () => {
    await connor.client.data(INVITE, { input: { gatheringId: gathering.id, emails: 'late@example.org' } });
    const token = (await t.outbox()).find((m) => m.to === 'late@example.org')!.text.match(/token=([\w-]+)/)![1];
    await t.dataSource.query(`UPDATE sign_in_links SET expires_at = now() - interval '1 minute' WHERE email = 'late@example.org'`);
    expect((await t.client().error(LINK, { input: { token } })).code).toBe('UNAUTHENTICATED');
  });

  it('an address only a stranger has signed up with (never proved) is not "already registered", and its owner gets a sign-in link', async () => {
    const stranger = await t.newPerson({ email: 'claimed.early@example.org', verified: false });
    const { createInvitation } = await connor.client.data<{ createInvitation: { code: string } }>(
      'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { code } }',
      { input: { gatheringId: gathering.id } },
    );
    await stranger.client.data(REGISTER, { input: { gatheringId: gathering.id, invitationCode: createInvitation.code } });
    const { inviteByEmail } = await connor.client.data<{ inviteByEmail: { sent: number; alreadyRegistered: string[] } }>(INVITE, {
      input: { gatheringId: gathering.id, emails: stranger.email },
    });
    expect(inviteByEmail).toMatchObject({ sent: 1, alreadyRegistered: [] });
    const mail = (await t.outbox()).filter((m) => m.to === stranger.email).at(-1)!;
    expect(mail.text).toContain('/sign-in/link?token=');
  });
});
