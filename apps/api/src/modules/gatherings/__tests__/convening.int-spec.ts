import { parse } from 'csv-parse/sync';
import { RegistrationMode } from '../gathering.enums.js';
import { RolesService } from '../../roles/roles.service.js';
import { createTestApp, type GatheringFixture, type TestApp, type TestPerson } from '../../../test/test-app.js';

const STATUS = 'mutation($input: SetGatheringStatusInput!) { setGatheringStatus(input: $input) { status } }';
const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { id status } }';
const DECIDE = 'mutation($input: DecideRegistrationInput!) { decideRegistration(input: $input) { status } }';
const MISSING = 'query($id: UUID!) { whosMissing(gatheringId: $id) { networks { name } sectors regions } }';
const FOLLOW_UP =
  'mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id slug status followUpOfId convenedBy { name } } }';

describe('convening: approvals, who is missing, follow-ups, exports', () => {
  let t: TestApp;
  let connor: TestPerson;
  let coalition: { id: string };

  const gathering = (fixture: GatheringFixture = {}) =>
    t.build.gathering(connor, { title: 'Convening Test', networkIds: [coalition.id], ...fixture });

  beforeAll(async () => {
    t = await createTestApp();
    connor = await t.newPerson();
    coalition = await t.newNetwork(connor, {
      name: 'Convening Coalition',
      kind: 'COALITION',
      sectors: ['VOLUNTARY_SECTOR'],
      area: { region: 'WALES' },
    });
  });
  afterAll(() => t.close());

  it('approval mode: people wait for a convener, who approves (place or waiting list) or declines, and they are told', async () => {
    const g = await gathering({ registrationMode: RegistrationMode.APPROVAL, capacity: 1 });
    const [a, b, c] = [await t.newPerson(), await t.newPerson(), await t.newPerson()];
    const ids = [];
    for (const p of [a, b, c]) {
      const { registerForGathering } = await p.client.data<{ registerForGathering: { id: string; status: string } }>(REGISTER, {
        input: { gatheringId: g.id },
      });
      expect(registerForGathering.status).toBe('PENDING_APPROVAL');
      ids.push(registerForGathering.id);
    }
    const decide = (registrationId: string, approve: boolean) =>
      connor.client.data<{ decideRegistration: { status: string } }>(DECIDE, { input: { gatheringId: g.id, registrationId, approve } });
    expect((await decide(ids[0], true)).decideRegistration.status).toBe('REGISTERED');
    expect((await decide(ids[1], true)).decideRegistration.status).toBe('WAITLISTED');
    expect((await decide(ids[2], false)).decideRegistration.status).toBe('CANCELLED');
    expect((await connor.client.error(DECIDE, { input: { gatheringId: g.id, registrationId: ids[0], approve: true } })).code).toBe(
      'NOT_FOUND',
    );
    expect((await a.client.error(DECIDE, { input: { gatheringId: g.id, registrationId: ids[1], approve: true } })).code).toBe('FORBIDDEN');
    const mails = await t.outbox();
    expect(mails.find((m) => m.to === c.email)?.text).toContain('could not offer you a place');
    expect(mails.find((m) => m.to === a.email)?.text).toContain('has been approved');
  });

  it("who's missing: invited networks nobody came for, and sectors and regions not represented", async () => {
    const member = await t.newNetwork(connor, { name: 'Here Network', sectors: ['COMMUNITY_GROUP'], area: { region: 'WALES' } });
    const absent = await t.newNetwork(connor, { name: 'Absent Network', sectors: ['BUSINESS'], area: { region: 'SCOTLAND' } });
    for (const n of [member, absent]) {
      await connor.client.data('mutation($input: ProposeMembershipInput!) { proposeMembership(input: $input) { id } }', {
        input: { memberNetworkId: n.id, parentNetworkId: coalition.id },
      });
    }
    const g = await gathering();
    const person = await t.newPerson();
    await t.app.get(RolesService).grant(person.id, 'network', member.id, 'member');
    await person.client.data(REGISTER, { input: { gatheringId: g.id, representingNetworkIds: [member.id] } });
    const { whosMissing } = await connor.client.data<{
      whosMissing: { networks: { name: string }[]; sectors: string[]; regions: string[] };
    }>(MISSING, { id: g.id });
    expect(whosMissing.networks.map((n) => n.name)).toEqual(['Absent Network', 'Convening Coalition']);
    expect(whosMissing.sectors).toContain('BUSINESS');
    expect(whosMissing.sectors).not.toContain('COMMUNITY_GROUP');
    expect(whosMissing.regions).toEqual(['SCOTLAND']);
    expect((await person.client.error(MISSING, { id: g.id })).code).toBe('FORBIDDEN');
  });

  it('a follow-up is linked, convened by the same networks, and publishing it invites the participants once', async () => {
    const original = await gathering({ title: 'First Workshop' });
    const [p1, p2] = [await t.newPerson(), await t.newPerson()];
    for (const p of [p1, p2]) await t.build.registration(p, original);
    const { createFollowUp } = await connor.client.data<{
      createFollowUp: { id: string; slug: string; status: string; followUpOfId: string; convenedBy: { name: string }[] };
    }>(FOLLOW_UP, {
      input: {
        followUpOfId: original.id,
        title: 'Online Follow-up',
        format: 'ONLINE',
        startsAt: '2027-10-01T17:00:00Z',
        endsAt: '2027-10-01T18:00:00Z',
        timeZone: 'Europe/London',
      },
    });
    expect(createFollowUp).toMatchObject({ status: 'DRAFT', followUpOfId: original.id, convenedBy: [{ name: 'Convening Coalition' }] });
    expect((await t.outbox()).filter((m) => m.subject.includes('Online Follow-up'))).toEqual([]);

    await connor.client.data(STATUS, { input: { gatheringId: createFollowUp.id, status: 'PUBLISHED' } });
    const invited = (await t.outbox()).filter((m) => m.subject === 'Carry on the conversation: Online Follow-up');
    expect(invited.map((m) => m.to).sort()).toEqual([p1.email, p2.email].sort());
    const code = invited[0].text.match(/invite=([\w-]+)/)?.[1];
    expect(code).toBeDefined();
    const registered = await (invited[0].to === p1.email ? p1 : p2).client.data<{ registerForGathering: { status: string } }>(REGISTER, {
      input: { gatheringId: createFollowUp.id, invitationCode: code },
    });
    expect(registered.registerForGathering.status).toBe('REGISTERED');
    expect(
      (
        await p1.client.error(FOLLOW_UP, {
          input: {
            followUpOfId: original.id,
            title: 'Mine',
            format: 'ONLINE',
            startsAt: '2027-10-01T17:00:00Z',
            endsAt: '2027-10-01T18:00:00Z',
            timeZone: 'Europe/London',
          },
        })
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('exports registrations as CSV for conveners only, with shared access needs only', async () => {
    const g = await gathering({ title: 'Export Me' });
    const open = await t.newPerson({ displayName: 'Open Person' });
    const quiet = await t.newPerson({ displayName: 'Quiet Person' });
    await open.client.data(REGISTER, { input: { gatheringId: g.id, accessNeeds: 'Hearing loop', shareAccessNeeds: true } });
    await quiet.client.data(REGISTER, { input: { gatheringId: g.id, accessNeeds: 'Not for sharing', shareAccessNeeds: false } });
    const response = await fetch(`${t.baseUrl}/api/gatherings/${g.id}/registrations.csv`, {
      headers: { cookie: connor.client.cookieHeader },
    });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.name, r.status, r['access needs (shared)']])).toEqual([
      ['Open Person', 'registered', 'Hearing loop'],
      ['Quiet Person', 'registered', ''],
    ]);
    expect(
      (await fetch(`${t.baseUrl}/api/gatherings/${g.id}/registrations.csv`, { headers: { cookie: open.client.cookieHeader } })).status,
    ).toBe(404);
    expect((await fetch(`${t.baseUrl}/api/gatherings/${g.id}/registrations.csv`)).status).toBe(401);
  });

  it('writes hostile names and access needs in the registrations CSV as text, never as formulas', async () => {
    const g = await gathering({ title: 'Hostile Export' });
    const names = ['=HYPERLINK("https://evil.example","Open")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A9)'];
    for (const displayName of names) {
      const person = await t.newPerson({ displayName });
      await person.client.data(REGISTER, { input: { gatheringId: g.id, accessNeeds: '=1+2 and a ramp', shareAccessNeeds: true } });
    }
    const response = await fetch(`${t.baseUrl}/api/gatherings/${g.id}/registrations.csv`, {
      headers: { cookie: connor.client.cookieHeader },
    });
    const rows = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.name)).toEqual(names.map((name) => `'${name}`));
    expect(rows.map((r) => r['access needs (shared)'])).toEqual(names.map(() => "'=1+2 and a ramp"));
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
