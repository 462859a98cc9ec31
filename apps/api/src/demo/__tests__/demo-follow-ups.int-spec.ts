import { createLogger } from '../../common/logging/logger.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../demo-seed.js';

describe('demo: after the day', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.app, createLogger('silent'));
  }, 180_000);
  afterAll(() => t.close());

  it('has a closed past open-space day whose rooms a participant reads, and a follow-up carried on from one, linked both ways', async () => {
    const priya = t.client();
    await priya.data('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'priya@demo.weave.test', password: DEMO_PASSWORD },
    });
    const { gathering } = await priya.data<{
      gathering: { id: string; status: string; endsAt: string; followedUpBy: { title: string; status: string }[] };
    }>('query { gathering(slug: "cynon-valley-open-space") { id status endsAt followedUpBy { title status } } }');
    expect(gathering.status).toBe('CLOSED');
    expect(new Date(gathering.endsAt).getTime()).toBeLessThan(Date.now());
    expect(gathering.followedUpBy).toEqual([{ title: 'How can the convener exit? (carried on)', status: 'PUBLISHED' }]);
    const { wall } = await priya.data<{ wall: { sessions: { id: string; title: string }[] } }>(
      'query($id: UUID!) { wall(gatheringId: $id) { sessions { id title } } }',
      { id: gathering.id },
    );
    const exit = wall.sessions.find((s) => s.title === 'How can the convener exit?')!;
    const { room } = await priya.data<{
      room: { people: unknown[]; whoCame: unknown[]; notes: unknown[]; actions: { ownerName: string }[] };
    }>('query($id: UUID!) { room(sessionId: $id) { people { id } whoCame { id } notes { text } actions { ownerName } } }', { id: exit.id });
    expect([room.people.length, room.whoCame.length, room.notes.length, room.actions.length]).toEqual([0, 4, 2, 1]);
    // Those who came to Priya's breakout are told of its follow-up in Weave (Priya, who announced it, is not).
    const [told] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN gatherings g ON g.id = n.subject_id
        WHERE n.kind = 'follow_up_announced' AND g.title = 'How can the convener exit? (carried on)'`,
    );
    expect(told.n).toBe(3);
  });
});
