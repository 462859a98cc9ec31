import { parse } from 'csv-parse/sync';
import { QueryCounter } from '../../../database/query-counter.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { HARVEST, harvestDay, heldSession, SAVE, SET_STATUS, type Day } from './harvest-fixture.js';

describe('the harvest as files, and what reading it costs', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ queryLogger: counter });
  });
  afterAll(() => t.close());

  const get = (who: TestPerson | null, day: Day | string, file: string) =>
    fetch(`${t.baseUrl}/api/gatherings/${typeof day === 'string' ? day : day.gathering.id}/${file}`, {
      headers: who ? { cookie: who.client.cookieHeader } : {},
    });

  async function published(visibility: 'PARTICIPANTS' | 'EVERYONE'): Promise<Day> {
    const day = await harvestDay(t);
    const themes = [{ heading: '# Not a heading', body: 'Line one\n- not a list\n\n<script>alert(1)</script>' }];
    await day.connor.client.data(SAVE, { input: { gatheringId: day.gathering.id, themes, visibility, expectedVersion: 0 } });
    const session = await heldSession(t, day, 'Convener exit', [day.ana]);
    await t.dataSource.query(`INSERT INTO session_notes (session_id, author_id, text) VALUES ($1, $2, 'Share the role early')`, [
      session,
      day.ana.id,
    ]);
    await t.dataSource.query(
      `INSERT INTO session_actions (session_id, what, owner_name, owner_id, due_on, created_by_id, done) VALUES
       ($1, '=HYPERLINK("http://evil")', 'Ana Participant', $2, '2027-10-01', $2, false),
       ($1, 'Book the hall', 'Govanhill Baths', NULL, NULL, $2, true)`,
      [session, day.ana.id],
    );
    await day.connor.client.data(SET_STATUS, { input: { gatheringId: day.gathering.id, status: 'PUBLISHED', expectedVersion: 1 } });
    return day;
  }

  it('gives a participant the Markdown: themes, sessions, notes and actions, with markup in their words made harmless', async () => {
    const day = await published('PARTICIPANTS');
    const response = await get(day.ana, day, 'harvest.md');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/markdown; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${day.gathering.slug}-harvest.md"`);
    const text = await response.text();
    expect(text).toContain('# Harvest Day — harvest');
    expect(text).toContain('### \\# Not a heading');
    expect(text).toContain('Line one  \n\\- not a list');
    expect(text).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(text).toContain('### Convener exit');
    expect(text).toContain('- Space: Garden');
    expect(text).toContain('- Took part: 1');
    expect(text).toContain('> Share the role early');
    expect(text).toContain('- [x] Book the hall (Govanhill Baths)');
    expect(text).toContain('(Ana Participant, due 2027-10-01)');
  });

  it('gives a participant the CSV of actions, formulas neutralised', async () => {
    const day = await published('PARTICIPANTS');
    const response = await get(day.connor, day, 'harvest-actions.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows: { action: string }[] = parse((await response.text()).replace(/^\ufeff/, ''), { columns: true });
    // Recorded in one statement, so in no particular order between them.
    expect(rows.sort((a, b) => a.action.localeCompare(b.action))).toEqual(
      [
        { session: 'Convener exit', action: `'=HYPERLINK("http://evil")`, owner: 'Ana Participant', due: '2027-10-01', done: 'no' },
        { session: 'Convener exit', action: 'Book the hall', owner: 'Govanhill Baths', due: '', done: 'yes' },
      ].sort((a, b) => a.action.localeCompare(b.action)),
    );
  });

  it('answers 404 HarvestNotFound to anyone the rule leaves out, a draft included, and 400 to an id that is not one', async () => {
    const day = await published('PARTICIPANTS');
    for (const file of ['harvest.md', 'harvest-actions.csv']) {
      for (const who of [day.outsider, null]) {
        const response = await get(who, day, file);
        expect(response.status).toBe(404);
        expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND', reason: 'HarvestNotFound' } }] });
      }
      expect((await get(day.ana, '0c8f3a52-6d3e-4b8e-9a61-2f1d5c7e9b10', file)).status).toBe(404);
      expect((await get(day.ana, 'not-an-id', file)).status).toBe(400);
    }
    // Back to draft: gone for the participant, exactly as if there were none.
    await day.connor.client.data(SET_STATUS, { input: { gatheringId: day.gathering.id, status: 'DRAFT', expectedVersion: 2 } });
    const draft = await get(day.ana, day, 'harvest.md');
    expect(draft.status).toBe(404);
    const none = await harvestDay(t);
    expect(await draft.json()).toEqual(await (await get(none.ana, none, 'harvest.md')).json());
  });

  it('lets anyone, signed out too, download a harvest published for everyone', async () => {
    const day = await published('EVERYONE');
    expect((await get(null, day, 'harvest.md')).status).toBe(200);
    expect((await get(day.outsider, day, 'harvest-actions.csv')).status).toBe(200);
  });

  it('reads the harvest in a number of statements that does not grow with the sessions, notes and actions', async () => {
    const statements = async (sessions: number) => {
      const day = await harvestDay(t);
      await day.connor.client.data(SAVE, {
        input: { gatheringId: day.gathering.id, themes: [], visibility: 'EVERYONE', expectedVersion: 0 },
      });
      for (let i = 0; i < sessions; i++) {
        const id = await heldSession(t, day, `Session ${i}`, [day.ana], null);
        await t.dataSource.query(`INSERT INTO session_notes (session_id, author_id, text) VALUES ($1, $2, 'n')`, [id, day.ana.id]);
        await t.dataSource.query(`INSERT INTO session_actions (session_id, what, owner_name, created_by_id) VALUES ($1, 'a', 'x', $2)`, [
          id,
          day.ana.id,
        ]);
      }
      await day.connor.client.data(SET_STATUS, { input: { gatheringId: day.gathering.id, status: 'PUBLISHED', expectedVersion: 1 } });
      const asConvener = await counter.around(() => day.connor.client.data(HARVEST, { id: day.gathering.id }));
      const asReader = await counter.around(() => day.ana.client.data(HARVEST, { id: day.gathering.id }));
      const file = await counter.around(() => get(day.ana, day, 'harvest.md').then((r) => r.text()));
      return [asConvener.statements, asReader.statements, file.statements];
    };
    const few = await statements(1);
    const many = await statements(12);
    expect(many).toEqual(few);
    // Signing in, the gathering, the harvest and the viewer's standing, then sessions, notes and actions.
    expect(few[0]).toBeLessThanOrEqual(7);
  });
});
