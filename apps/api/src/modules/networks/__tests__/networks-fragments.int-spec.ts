import type { Viewer } from '../../../common/access/request-context.js';
import { createDb, type Db } from '../../../database/database.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { NetworksService } from '../directory/networks.service.js';
import { sql } from 'kysely';
import { activeTies, networkNameOf, networkNamesOf, networkSummaries, visibleMemberCount, visibleNetwork } from '../networks.fragments.js';

// What other modules build into their queries: the same rules the networks module's own queries use.
describe('networks fragments for other modules', () => {
  let t: TestApp;
  let db: Db;
  let faith: TestPerson;
  let outsider: Viewer;
  let open: { id: string; name: string };
  let hidden: { id: string; name: string };
  let coalition: { id: string; name: string };

  const as = (person: TestPerson): Viewer => ({ personId: person.id, sessionId: 'test', isPlatformAdmin: false });

  beforeAll(async () => {
    t = await createTestApp();
    db = createDb(t.dataSource);
    faith = await t.newPerson();
    outsider = as(await t.newPerson());
    coalition = await t.newNetwork(faith, { name: 'Zeta Coalition', kind: 'COALITION' });
    open = await t.newNetwork(faith, { name: 'Beta Open' });
    hidden = await t.newNetwork(faith, { name: 'Alpha Hidden', visibility: 'MEMBERS_ONLY' });
    for (const member of [open, hidden]) {
      await faith.client.data('mutation($input: ProposeMembershipInput!) { proposeMembership(input: $input) { id } }', {
        input: { memberNetworkId: member.id, parentNetworkId: coalition.id },
      });
    }
  });
  afterAll(() => t.close());

  const sees = async (networkId: string, viewer: Viewer | null) =>
    (await db.selectNoFrom(visibleNetwork(networkId, viewer).as('seen')).executeTakeFirstOrThrow()).seen;

  it('visibleNetwork: public networks to all, members-only ones to people in them and to platform admins', async () => {
    expect(await sees(open.id, null)).toBe(true);
    expect(await sees(hidden.id, null)).toBe(false);
    expect(await sees(hidden.id, outsider)).toBe(false);
    expect(await sees(hidden.id, as(faith))).toBe(true);
    expect(await sees(hidden.id, { ...outsider, isPlatformAdmin: true })).toBe(true);
    expect(await sees('00000000-0000-4000-8000-000000000000', as(faith))).toBe(false);
  });

  it('networkSummaries and activeTies: the active members of a network, as the viewer may see them', async () => {
    const members = (viewer: Viewer | null) =>
      db
        .selectFrom(networkSummaries(viewer).as('n'))
        .select(['n.name', 'n.isClosed'])
        .where('n.id', 'in', activeTies().clearSelect().select('activeTie.memberId').where('activeTie.parentId', '=', coalition.id))
        .orderBy('n.name')
        .execute();
    expect(await members(as(faith))).toEqual([
      { name: 'Alpha Hidden', isClosed: false },
      { name: 'Beta Open', isClosed: false },
    ]);
    expect(await members(outsider)).toEqual([{ name: 'Beta Open', isClosed: false }]);
    expect(await members(null)).toEqual([{ name: 'Beta Open', isClosed: false }]);
  });

  it('networkNamesOf: names the viewer may see by name, then "a members-only network" for each other, joined with "; "', async () => {
    const names = async (viewer: Viewer | null) =>
      (await db.selectNoFrom(networkNamesOf([open.id, hidden.id], viewer).as('names')).executeTakeFirstOrThrow()).names;
    expect(await names(as(faith))).toBe('Alpha Hidden; Beta Open');
    expect(await names(outsider)).toBe('Beta Open; a members-only network');
  });

  it('networkNameOf and visibleMemberCount: nothing of a network the viewer may not see', async () => {
    const row = (viewer: Viewer | null) =>
      db
        .selectNoFrom([networkNameOf(sql.lit(hidden.id), viewer).as('name'), visibleMemberCount(coalition.id, viewer).as('members')])
        .executeTakeFirstOrThrow();
    expect(await row(as(faith))).toEqual({ name: 'Alpha Hidden', members: 2 });
    expect(await row(outsider)).toEqual({ name: null, members: 1 });
  });

  it('NetworksService.summaries: by id, by name, unknown ids and networks the viewer may not see left out', async () => {
    expect(await t.app.get(NetworksService).summaries([hidden.id], outsider)).toEqual([]);
    const summaries = await t.app.get(NetworksService).summaries([open.id, coalition.id, '00000000-0000-4000-8000-000000000000'], null);
    expect(summaries.map((s) => s.name)).toEqual(['Beta Open', 'Zeta Coalition']);
    expect(summaries[0]).toEqual({ id: open.id, slug: expect.any(String), name: 'Beta Open', kind: 'network', isClosed: false });
  });
});
