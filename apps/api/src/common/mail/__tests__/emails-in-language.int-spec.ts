import { GatheringStatus, RegistrationMode, RegistrationStatus } from '../../../modules/gatherings/gathering.enums.js';
import { TEST_PASSWORD } from '../../../test/builders.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';

// The emails Weave sends directly (not as notifications) are written in the recipient's language from the
// templates in common/mail/templates: a person on Weave in theirs, someone not on Weave yet in the
// inviter's. The account's own emails carry no unsubscribe (they are about its security).

const PROFILE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { locale } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const STATUS = 'mutation($input: SetGatheringStatusInput!) { setGatheringStatus(input: $input) { status } }';
const FOLLOW_UP = 'mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }';
const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { id status } }';
const DECIDE = 'mutation($input: DecideRegistrationInput!) { decideRegistration(input: $input) { status } }';
const INVITE = 'mutation($input: InviteByEmailInput!) { inviteByEmail(input: $input) { sent } }';
const UPDATE = 'mutation($input: UpdateGatheringInput!) { updateGathering(input: $input) { title } }';

describe('direct emails in the recipient’s language', () => {
  let t: TestApp;
  let connor: TestPerson;
  let network: { id: string };
  let counter = 0;

  const mailTo = async (email: string) => (await t.outbox()).filter((m) => m.to === email.toLowerCase());
  const speaker = async (locale: 'en' | 'cy', displayName: string) => {
    const person = await t.newPerson({ displayName, email: `${displayName.toLowerCase()}.${++counter}@example.org` });
    await person.client.data(PROFILE, { input: { locale } });
    return person;
  };

  beforeAll(async () => {
    t = await createTestApp();
    connor = await t.newPerson({ displayName: 'Connor' });
    network = await t.newNetwork(connor, { name: 'Rhwydwaith Iaith' });
  });
  afterAll(() => t.close());

  it('the follow-up invitation: in Welsh to a Welsh speaker (a Welsh date), in English to an English one', async () => {
    const original = await t.build.gathering(connor, { title: 'Gweithdy', networkIds: [network.id] });
    const [cerys, ben] = [await speaker('cy', 'Cerys'), await speaker('en', 'Ben')];
    await t.build.registration(cerys, original);
    await t.build.registration(ben, original, RegistrationStatus.ATTENDED);
    const { createFollowUp } = await connor.client.data<{ createFollowUp: { id: string } }>(FOLLOW_UP, {
      input: {
        followUpOfId: original.id,
        title: 'Parhau',
        startsAt: '2027-03-14T10:00:00Z',
        endsAt: '2027-03-14T16:00:00Z',
        timeZone: 'Europe/London',
      },
    });
    await connor.client.data(STATUS, { input: { gatheringId: createFollowUp.id, status: 'PUBLISHED' } });

    const [welsh] = await mailTo(cerys.email);
    expect(welsh.subject).toBe("Parhau â'r sgwrs: Parhau");
    expect(welsh.text).toContain('Helo Cerys,');
    expect(welsh.text).toContain('Dydd Sul, 14 Mawrth 2027, 10:00–16:00 (Europe/London)');
    expect(welsh.text).toMatch(/Cofrestrwch yma: http\S+invite=/);
    const [english] = await mailTo(ben.email);
    expect(english.subject).toBe('Carry on the conversation: Parhau');
    expect(english.text).toContain('Hello Ben,');
    expect(english.text).toContain('Sunday, 14 March 2027, 10:00–16:00 (Europe/London)');
  });

  it('a declined registration, and a change of time or place, in each person’s language', async () => {
    const gathering = await t.build.gathering(connor, {
      title: 'Cyfarfod',
      networkIds: [network.id],
      registrationMode: RegistrationMode.APPROVAL,
    });
    const [cerys, ben, dafydd] = [await speaker('cy', 'Cerys'), await speaker('en', 'Ben'), await speaker('cy', 'Dafydd')];
    const ids: Record<string, string> = {};
    for (const p of [cerys, ben, dafydd]) {
      const { registerForGathering } = await p.client.data<{ registerForGathering: { id: string } }>(REGISTER, {
        input: { gatheringId: gathering.id },
      });
      ids[p.id] = registerForGathering.id;
    }
    for (const p of [cerys, ben]) {
      await connor.client.data(DECIDE, { input: { gatheringId: gathering.id, registrationId: ids[p.id], approve: false } });
    }
    const [welsh] = await mailTo(cerys.email);
    expect(welsh.subject).toBe('Eich cofrestriad: Cyfarfod');
    expect(welsh.text).toContain('nid oedd cynullwyr "Cyfarfod" yn gallu cynnig lle i chi');
    const [english] = await mailTo(ben.email);
    expect(english.subject).toBe('Your registration: Cyfarfod');
    expect(english.text).toContain('could not offer you a place');

    // Dafydd still waits for a decision: he hears of a new place in Welsh.
    await connor.client.data(UPDATE, { input: { gatheringId: gathering.id, venue: 'Amgueddfa Pontypridd' } });
    const changed = (await mailTo(dafydd.email)).filter((m) => m.subject === 'Wedi newid: Cyfarfod');
    expect(changed).toHaveLength(1);
    expect(changed[0].text).toContain('Ble: Amgueddfa Pontypridd');
    expect((await mailTo(ben.email)).filter((m) => m.subject.startsWith('Changed'))).toEqual([]);
  });

  it('invitations by email: people on Weave in their language, newcomers in the inviter’s', async () => {
    const gwen = await speaker('cy', 'Gwen');
    const gathering = await t.build.gathering(gwen, {
      title: 'Gwahoddiad',
      networkIds: [(await t.newNetwork(gwen, { name: 'Rhwydwaith Gwen' })).id],
      registrationMode: RegistrationMode.INVITATION_ONLY,
      status: GatheringStatus.PUBLISHED,
    });
    const [ben, cerys] = [await speaker('en', 'Ben'), await speaker('cy', 'Cerys')];
    const newcomer = `newcomer.${++counter}@example.org`;
    await gwen.client.data(INVITE, { input: { gatheringId: gathering.id, emails: [ben.email, cerys.email, newcomer].join('\n') } });

    const [english] = await mailTo(ben.email);
    expect(english.subject).toBe("You're invited: Gwahoddiad");
    expect(english.text).toContain('Hello Ben,');
    expect(english.text).toContain('Gwen invites you to "Gwahoddiad"');
    const [welsh] = await mailTo(cerys.email);
    expect(welsh.subject).toBe('Gwahoddiad i chi: Gwahoddiad');
    expect(welsh.text).toContain('Helo Cerys,');
    expect(welsh.text).not.toContain('/sign-in/link');
    const [toNewcomer] = await mailTo(newcomer);
    expect(toNewcomer.subject).toBe('Gwahoddiad i chi: Gwahoddiad');
    expect(toNewcomer.text).toMatch(/^Helo,$/m);
    expect(toNewcomer.text).toMatch(/Newydd i Weave\? .*\/sign-in\/link\?token=/);

    // An English-speaking convener's newcomer reads English.
    const other = `other.${++counter}@example.org`;
    const englishGathering = await t.build.gathering(connor, { title: 'Invite Day', networkIds: [network.id] });
    await connor.client.data(INVITE, { input: { gatheringId: englishGathering.id, emails: other } });
    const [toOther] = await mailTo(other);
    expect(toOther.subject).toBe("You're invited: Invite Day");
    expect(toOther.text).toMatch(/New to Weave\? .*\/sign-in\/link\?token=/);
  });

  it('account emails in the person’s language, with no unsubscribe: verification, password reset, a sign-up with a taken address', async () => {
    const client = t.client();
    const cyEmail = `newydd.${++counter}@example.org`;
    const enEmail = `new.${++counter}@example.org`;
    await client.data(SIGN_UP, { input: { email: cyEmail, password: TEST_PASSWORD, displayName: 'Newydd', locale: 'cy' } });
    await client.data(SIGN_UP, { input: { email: enEmail, password: TEST_PASSWORD, displayName: 'New' } });
    const [verifyCy] = await mailTo(cyEmail);
    expect(verifyCy.subject).toBe('Cadarnhewch eich cyfeiriad e-bost ar gyfer Weave');
    expect(verifyCy.text).toContain('Helo Newydd,');
    expect(verifyCy.text).toMatch(/\/verify-email\?token=/);
    expect(verifyCy.headers('List-Unsubscribe')).toBe('');
    const [verifyEn] = await mailTo(enEmail);
    expect(verifyEn.subject).toBe('Confirm your email address for Weave');

    const [cerys, ben] = [await speaker('cy', 'Cerys'), await speaker('en', 'Ben')];
    for (const p of [cerys, ben]) await t.client().data(REQUEST_RESET, { input: { email: p.email } });
    await t.client().data(SIGN_UP, { input: { email: cerys.email, password: TEST_PASSWORD, displayName: 'Stranger' } });
    const welsh = await mailTo(cerys.email);
    expect(welsh.map((m) => m.subject)).toEqual([
      'Gosod cyfrinair newydd ar gyfer Weave',
      "Ceisiodd rhywun ymuno â Weave gyda'ch cyfeiriad",
    ]);
    expect(welsh[0].text).toMatch(/\/reset-password\?token=/);
    expect(welsh.map((m) => m.headers('List-Unsubscribe'))).toEqual(['', '']);
    expect((await mailTo(ben.email)).map((m) => m.subject)).toEqual(['Set a new password for Weave']);
  });

  it('refuses a sign-up language Weave does not speak', async () => {
    const error = await t.client().error(SIGN_UP, {
      input: { email: `fr.${++counter}@example.org`, password: TEST_PASSWORD, displayName: 'Fr', locale: 'fr' },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual({ locale: 'Choose one of: en, cy.' });
  });
});
