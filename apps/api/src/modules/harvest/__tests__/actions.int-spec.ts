import { GatheringStatus } from '../../gatherings/gathering.enums.js';
import { JobsService } from '../../../common/jobs/jobs.service.js';
import { ACTIONS_DUE_SOON_JOB, ActionsService } from '../actions.service.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { harvestDay, heldSession, noticesOf } from './harvest-fixture.js';

const ADD = 'mutation($input: AddActionInput!) { addAction(input: $input) { id ownerId ownerName } }';
const DONE = 'mutation($input: SetActionDoneInput!) { setActionDone(input: $input) { done } }';
const MINE = '{ myActions { id what dueOn done sessionTitle gatheringId gatheringTitle gatheringSlug } }';

describe('actions live on after the day', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives an action only to someone taking part, or to a name for someone not on Weave', async () => {
    const day = await harvestDay(t);
    const session = await heldSession(t, day, 'Transport', []);
    const refused = await day.ana.client.error(ADD, {
      input: { sessionId: session, what: 'Write to the council', ownerName: 'Olly', ownerId: day.outsider.id },
    });
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { reason: 'OwnerNotParticipant', fields: { ownerId: expect.any(String) } },
    });
    const unknown = await day.ana.client.error(ADD, {
      input: { sessionId: session, what: 'Write to the council', ownerName: 'Nobody', ownerId: '0c8f3a52-6d3e-4b8e-9a61-2f1d5c7e9b10' },
    });
    expect(unknown.extensions?.reason).toBe('OwnerNotParticipant');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM session_actions WHERE session_id = $1`, [session]);
    expect(count).toBe(0);
    expect(await noticesOf(t, 'action_given', day.outsider.id)).toEqual([]);
    const named = await day.ana.client.data<{ addAction: { ownerId: string | null; ownerName: string } }>(ADD, {
      input: { sessionId: session, what: 'Ask the library', ownerName: 'Mo from the library' },
    });
    expect(named.addAction).toMatchObject({ ownerId: null, ownerName: 'Mo from the library' });
    const convener = await day.ana.client.data<{ addAction: { ownerId: string } }>(ADD, {
      input: { sessionId: session, what: 'Book the hall', ownerName: 'Connor Convener', ownerId: day.connor.id },
    });
    expect(convener.addAction.ownerId).toBe(day.connor.id);
  });

  it('tells the owner when someone else gives them an action (ACTION_GIVEN), and nobody when it is their own', async () => {
    const day = await harvestDay(t);
    const session = await heldSession(t, day, 'Transport', []);
    const given = await day.connor.client.data<{ addAction: { id: string } }>(ADD, {
      input: { sessionId: session, what: 'Map the bus routes', ownerName: 'Ana Participant', ownerId: day.ana.id },
    });
    expect(await noticesOf(t, 'action_given', given.addAction.id)).toEqual([day.ana.id]);
    const own = await day.ana.client.data<{ addAction: { id: string } }>(ADD, {
      input: { sessionId: session, what: 'Ride the 44', ownerName: 'Ana Participant', ownerId: day.ana.id },
    });
    expect(await noticesOf(t, 'action_given', own.addAction.id)).toEqual([]);
  });

  it('lists the signed-in person’s actions across gatherings, open first, and lets them mark one done after the gathering closed', async () => {
    const first = await harvestDay(t);
    const second = await harvestDay(t);
    await t.build.registration(first.ana, second.gathering);
    const s1 = await heldSession(t, first, 'Transport', []);
    const s2 = await heldSession(t, { ...second, ana: first.ana }, 'Money', []);
    const add = (sessionId: string, what: string, dueOn: string | null) =>
      first.connor.client.data<{ addAction: { id: string } }>(ADD, {
        input: { sessionId, what, ownerName: 'Ana', ownerId: first.ana.id, dueOn },
      });
    await t.dataSource.query(
      `INSERT INTO role_assignments (person_id, scope_type, scope_id, role) VALUES ($1, 'gathering', $2, 'convener')`,
      [first.connor.id, second.gathering.id],
    );
    const late = await add(s1, 'Later', '2027-12-01');
    const soon = await add(s2, 'Sooner', '2027-11-01');
    const undated = await add(s1, 'Some day', null);
    await t.dataSource.query(
      `INSERT INTO session_actions (session_id, what, owner_name, created_by_id) VALUES ($1, 'Not mine', 'Ana', $2)`,
      [s1, first.connor.id],
    );

    await first.connor.client.data('mutation($input: SetGatheringStatusInput!) { setGatheringStatus(input: $input) { status } }', {
      input: { gatheringId: first.gathering.id, status: 'CLOSED' },
    });
    // Closed, yet the action lives on: its owner marks it done (refused as "closed" before this change).
    expect(
      (await first.ana.client.data<{ setActionDone: { done: boolean } }>(DONE, { input: { actionId: late.addAction.id, done: true } }))
        .setActionDone.done,
    ).toBe(true);
    // Nobody else's list shows it, and nobody else may mark it.
    expect((await first.outsider.client.error(DONE, { input: { actionId: soon.addAction.id, done: true } })).code).toMatch(
      /FORBIDDEN|NOT_FOUND/,
    );

    const { myActions } = await first.ana.client.data<{
      myActions: { id: string; gatheringTitle: string; done: boolean; sessionTitle: string }[];
    }>(MINE);
    expect(myActions.map((a) => a.id)).toEqual([soon.addAction.id, undated.addAction.id, late.addAction.id]);
    expect(myActions[0]).toMatchObject({ sessionTitle: 'Money', gatheringTitle: 'Harvest Day', done: false });
    expect((await first.outsider.client.data<{ myActions: unknown[] }>(MINE)).myActions).toEqual([]);
    expect((await t.client().error(MINE)).code).toBe('UNAUTHENTICATED');
  });

  it('reminds owners of open actions due within two days, once per action and due date', async () => {
    const day = await harvestDay(t, GatheringStatus.CLOSED);
    const session = await heldSession(t, day, 'Reminders', [], null);
    const insert = async (what: string, dueOn: string, ownerId: string | null, done = false) =>
      (
        await t.dataSource.query(
          `INSERT INTO session_actions (session_id, what, owner_name, owner_id, due_on, done, created_by_id) VALUES ($1, $2, 'x', $3, $4, $5, $6) RETURNING id`,
          [session, what, ownerId, dueOn, done, day.connor.id],
        )
      )[0].id as string;
    const today = await insert('Today', '2031-03-10', day.ana.id);
    const inTwo = await insert('In two days', '2031-03-12', day.ana.id);
    const inThree = await insert('In three days', '2031-03-13', day.ana.id);
    const yesterday = await insert('Yesterday', '2031-03-09', day.ana.id);
    const done = await insert('Done already', '2031-03-11', day.ana.id, true);
    const byName = await insert('Someone not on Weave', '2031-03-11', null);
    const reminders = t.app.get(ActionsService);
    const now = new Date('2031-03-10T07:00:00Z');

    expect(await reminders.remindDueSoon(now)).toBe(2);
    for (const [id, told] of [
      [today, 1],
      [inTwo, 1],
      [inThree, 0],
      [yesterday, 0],
      [done, 0],
      [byName, 0],
    ] as const) {
      expect((await noticesOf(t, 'action_due_soon', id)).length).toBe(told);
    }
    // Run again (the scheduler may run twice, or two processes at once): nobody is told twice.
    expect(await Promise.all([reminders.remindDueSoon(now), reminders.remindDueSoon(now)])).toEqual([0, 0]);
    expect(await noticesOf(t, 'action_due_soon', today)).toEqual([day.ana.id]);
    // A new due date is a new reminder.
    await t.dataSource.query(`UPDATE session_actions SET due_on = '2031-03-11' WHERE id = $1`, [inThree]);
    expect(await reminders.remindDueSoon(now)).toBe(1);
    const [row] = await t.dataSource.query(
      `SELECT actor_id, event_key FROM notifications WHERE subject_id = $1 AND kind = 'action_due_soon'`,
      [inThree],
    );
    expect(row).toEqual({ actor_id: null, event_key: `action-due-soon:${inThree}:2031-03-11` });
  });

  it('runs the reminders every morning as a scheduled job (UK time)', async () => {
    const schedules = await t.dataSource.query(`SELECT name, cron, timezone FROM pgboss.schedule WHERE name = $1`, [ACTIONS_DUE_SOON_JOB]);
    expect(schedules).toEqual([{ name: ACTIONS_DUE_SOON_JOB, cron: '0 8 * * *', timezone: 'Europe/London' }]);
    const day = await harvestDay(t, GatheringStatus.CLOSED);
    const session = await heldSession(t, day, 'Due tomorrow', [], null);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO session_actions (session_id, what, owner_name, owner_id, due_on, created_by_id) VALUES ($1, 'Book the hall', 'Ana', $2, $3, $4) RETURNING id`,
      [session, day.ana.id, tomorrow, day.connor.id],
    );
    await t.app.get(JobsService).enqueue(ACTIONS_DUE_SOON_JOB, {});
    await t.drainJobs();
    expect(await noticesOf(t, 'action_due_soon', id)).toEqual([day.ana.id]);
  });
});
