import { GatheringEntity } from '../gathering.entity.js';
import { GatheringFormat, GatheringStatus } from '../gathering.enums.js';
import { createTestApp, type GatheringFixture, type TestApp, type TestPerson } from '../../../test/test-app.js';

const CREATE = `mutation($input: CreateGatheringInput!) { createGathering(input: $input) {
  id slug title status format capacity placesLeft timeZone startsAt endsAt accessFeatures viewerIsConvener convenedBy { name } onlineUrl } }`;
const UPDATE = 'mutation($input: UpdateGatheringInput!) { updateGathering(input: $input) { capacity title } }';
const STATUS = 'mutation($input: SetGatheringStatusInput!) { setGatheringStatus(input: $input) { status } }';
const GATHERING =
  'query($slug: String!) { gathering(slug: $slug) { title status onlineUrl placesLeft viewerRegistration { status waitlistPosition } } }';
const REGISTER =
  'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { status waitlistPosition accessNeeds } }';
const CANCEL = 'mutation($input: GatheringIdInput!) { cancelRegistration(input: $input) { status } }';
const REGISTRATIONS = 'query($id: UUID!) { gatheringRegistrations(gatheringId: $id) { personId status accessNeeds waitlistPosition } }';

describe('gatherings', () => {
  let t: TestApp;
  let connor: TestPerson;
  let network: { id: string; slug: string };

  const input = (overrides: Record<string, unknown> = {}) => ({
    title: 'Valleys Open Space',
    purpose: 'Meet the networks of the valleys',
    format: 'HYBRID',
    venue: 'Miners’ Institute, Ynysybwl',
    onlineUrl: 'https://meet.example.org/valleys',
    startsAt: '2027-03-14T10:00:00.000Z',
    endsAt: '2027-03-14T16:00:00.000Z',
    timeZone: 'Europe/London',
    capacity: 2,
    accessFeatures: ['STEP_FREE', 'HEARING_LOOP', 'STEP_FREE'],
    convenedByNetworkIds: [network.id],
    ...overrides,
  });
  // A fixture for the tests about registering and changing (creating one is tested through the API above them).
  const newGathering = (title: string, options: GatheringFixture = {}) =>
    t.build.gathering(connor, {
      title,
      format: GatheringFormat.HYBRID,
      venue: 'Miners’ Institute, Ynysybwl',
      onlineUrl: 'https://meet.example.org/valleys',
      startsAt: new Date('2027-03-14T10:00:00.000Z'),
      endsAt: new Date('2027-03-14T16:00:00.000Z'),
      capacity: 2,
      networkIds: [network.id],
      ...options,
    });
  const publish = (id: string) => connor.client.data(STATUS, { input: { gatheringId: id, status: 'PUBLISHED' } });

  beforeAll(async () => {
    t = await createTestApp();
    connor = await t.newPerson();
    network = await t.newNetwork(connor, { name: 'Valleys Network' });
  });
  afterAll(() => t.close());

  it('a convener of the network creates a draft, invisible to others until published', async () => {
    const { createGathering } = await connor.client.data<{ createGathering: Record<string, unknown> & { id: string; slug: string } }>(
      CREATE,
      { input: input() },
    );
    expect(createGathering).toMatchObject({
      slug: 'valleys-open-space',
      status: 'DRAFT',
      format: 'HYBRID',
      capacity: 2,
      placesLeft: 2,
      timeZone: 'Europe/London',
      startsAt: '2027-03-14T10:00:00.000Z',
      accessFeatures: ['STEP_FREE', 'HEARING_LOOP'],
      viewerIsConvener: true,
      convenedBy: [{ name: 'Valleys Network' }],
      onlineUrl: 'https://meet.example.org/valleys',
    });
    expect((await t.client().error(GATHERING, { slug: createGathering.slug })).code).toBe('NOT_FOUND');
    await publish(createGathering.id);
    expect(await t.client().data(GATHERING, { slug: createGathering.slug })).toEqual({
      gathering: { title: 'Valleys Open Space', status: 'PUBLISHED', onlineUrl: null, placesLeft: 2, viewerRegistration: null },
    });
  });

  it('refuses an end before the start, an unknown time zone, and networks the person does not convene', async () => {
    const endFirst = await connor.client.error(CREATE, { input: input({ endsAt: '2027-03-14T09:00:00.000Z' }) });
    expect(endFirst.extensions?.fields).toEqual({ endsAt: 'The end must be after the start.' });
    const zone = await connor.client.error(CREATE, { input: input({ timeZone: 'Mars/Olympus_Mons' }) });
    expect(zone.extensions?.fields).toEqual({ timeZone: 'Choose a time zone such as Europe/London.' });
    const other = await t.newPerson();
    const forbidden = await other.client.error(CREATE, { input: input() });
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.message).toContain('"Valleys Network"');
  });

  it('registers people until full, then waitlists them; a cancellation promotes the first in the queue', async () => {
    const gathering = await newGathering('Small Circle');
    const [a, b, c, d] = await Promise.all([t.newPerson(), t.newPerson(), t.newPerson(), t.newPerson()]);
    const register = (p: TestPerson, extra: Record<string, unknown> = {}) =>
      p.client
        .data<{ registerForGathering: { status: string; waitlistPosition: number | null } }>(REGISTER, {
          input: { gatheringId: gathering.id, ...extra },
        })
        .then((r) => r.registerForGathering);

    expect(await register(a, { accessNeeds: 'Step-free access please', shareAccessNeeds: true })).toEqual({
      status: 'REGISTERED',
      waitlistPosition: null,
      accessNeeds: 'Step-free access please',
    });
    expect((await register(b, { accessNeeds: 'Private need', shareAccessNeeds: false })).status).toBe('REGISTERED');
    expect(await register(c)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(await register(d)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
    expect((await a.client.error(REGISTER, { input: { gatheringId: gathering.id } })).code).toBe('CONFLICT');

    const list = (
      await connor.client.data<{ gatheringRegistrations: { personId: string; status: string; accessNeeds: string | null }[] }>(
        REGISTRATIONS,
        { id: gathering.id },
      )
    ).gatheringRegistrations;
    expect(list.map((r) => [r.personId, r.status, r.accessNeeds])).toEqual([
      [a.id, 'REGISTERED', 'Step-free access please'],
      [b.id, 'REGISTERED', null],
      [c.id, 'WAITLISTED', null],
      [d.id, 'WAITLISTED', null],
    ]);
    expect((await a.client.error(REGISTRATIONS, { id: gathering.id })).code).toBe('FORBIDDEN');

    expect(await b.client.data(CANCEL, { input: { gatheringId: gathering.id } })).toEqual({ cancelRegistration: { status: 'CANCELLED' } });
    const cView = await c.client.data<{ gathering: { viewerRegistration: { status: string }; onlineUrl: string | null } }>(GATHERING, {
      slug: gathering.slug,
    });
    expect(cView.gathering.viewerRegistration.status).toBe('REGISTERED');
    expect(cView.gathering.onlineUrl).toBe('https://meet.example.org/valleys');
    const dView = await d.client.data<{ gathering: { viewerRegistration: { waitlistPosition: number } } }>(GATHERING, {
      slug: gathering.slug,
    });
    expect(dView.gathering.viewerRegistration.waitlistPosition).toBe(1);
    expect((await t.dataSource.getRepository(GatheringEntity).findOneByOrFail({ id: gathering.id })).registeredCount).toBe(2);
    const told = (await t.outbox()).filter((m) => m.to === c.email && m.subject.startsWith('A place has opened up'));
    expect(told).toEqual([expect.objectContaining({ subject: 'A place has opened up for you at "Small Circle"' })]);
    expect(told[0].text).toContain(`/gatherings/${gathering.slug}`);
  });

  it('tells everyone registered or waiting when the time or place changes after publishing', async () => {
    const gathering = await newGathering('Moving Feast', { capacity: 1, status: GatheringStatus.DRAFT });
    await connor.client.data(UPDATE, { input: { gatheringId: gathering.id, venue: 'Draft change, nobody told' } });
    await publish(gathering.id);
    const [first, second] = [await t.newPerson(), await t.newPerson()];
    await first.client.data(REGISTER, { input: { gatheringId: gathering.id } });
    await second.client.data(REGISTER, { input: { gatheringId: gathering.id } });
    await connor.client.data(UPDATE, { input: { gatheringId: gathering.id, title: 'Moving Feast' } });
    expect((await t.outbox()).filter((m) => m.subject === 'Changed: Moving Feast')).toEqual([]);

    await connor.client.data(UPDATE, {
      input: {
        gatheringId: gathering.id,
        startsAt: '2027-03-14T11:00:00.000Z',
        endsAt: '2027-03-14T17:00:00.000Z',
        venue: 'Pontypridd Museum',
      },
    });
    const changed = (await t.outbox()).filter((m) => m.subject === 'Changed: Moving Feast');
    expect(changed.map((m) => m.to).sort()).toEqual([first.email, second.email].sort());
    expect(changed[0].text).toContain('When: Sunday, 14 March 2027, 11:00–17:00 (Europe/London)');
    expect(changed[0].text).toContain('Where: Pontypridd Museum');
  });

  it('refuses a capacity below the places taken, registering for a closed gathering, and a draft', async () => {
    const gathering = await newGathering('Tight Room', { capacity: 5, status: GatheringStatus.DRAFT });
    expect((await (await t.newPerson()).client.error(REGISTER, { input: { gatheringId: gathering.id } })).code).toBe('NOT_FOUND');
    await publish(gathering.id);
    const people = await Promise.all([t.newPerson(), t.newPerson(), t.newPerson()]);
    for (const p of people) await p.client.data(REGISTER, { input: { gatheringId: gathering.id } });
    const error = await connor.client.error(UPDATE, { input: { gatheringId: gathering.id, capacity: 2 } });
    expect(error.extensions?.fields).toEqual({ capacity: '3 people already have a place: the capacity cannot be lower than that.' });
    expect(await connor.client.data(UPDATE, { input: { gatheringId: gathering.id, capacity: 3 } })).toEqual({
      updateGathering: { capacity: 3, title: 'Tight Room' },
    });

    await connor.client.data(STATUS, { input: { gatheringId: gathering.id, status: 'CLOSED' } });
    const late = await (await t.newPerson()).client.error(REGISTER, { input: { gatheringId: gathering.id } });
    expect(late.code).toBe('CONFLICT');
    expect(late.message).toBe('Registration is not open: this gathering is closed.');
    expect((await connor.client.error(STATUS, { input: { gatheringId: gathering.id, status: 'PUBLISHED' } })).code).toBe('CONFLICT');
  });

  it('unlimited gatherings never waitlist; cancelling without a registration is NOT_FOUND', async () => {
    const gathering = await newGathering('Online Follow-up', { format: GatheringFormat.ONLINE, venue: undefined, capacity: null });
    const person = await t.newPerson();
    expect(
      (await person.client.data<{ registerForGathering: { status: string } }>(REGISTER, { input: { gatheringId: gathering.id } }))
        .registerForGathering.status,
    ).toBe('REGISTERED');
    expect((await (await t.newPerson()).client.error(CANCEL, { input: { gatheringId: gathering.id } })).code).toBe('NOT_FOUND');
  });
});
