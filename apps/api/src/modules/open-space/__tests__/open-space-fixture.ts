import type { TestApp, TestPerson } from '../../../test/test-app.js';

export const SPACE = 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id name capacity tags videoUrl } }';
export const SLOT = 'mutation($input: CreateTimeSlotInput!) { createTimeSlot(input: $input) { id } }';
export const PROPOSE = 'mutation($input: ProposeSessionInput!) { proposeSession(input: $input) { id version host { displayName } } }';
export const PLACE = 'mutation($input: PlaceSessionInput!) { placeSession(input: $input) { id slotId spaceId capacity version } }';
export const JOIN = 'mutation($input: SessionIdInput!) { joinRoom(input: $input) { session { id headcount } } }';
export const STATUS = 'mutation($input: SetGatheringStatusInput!) { setGatheringStatus(input: $input) { status } }';
const REGISTER = 'mutation($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { status } }';

/** A published open-space day convened by Connor's network, with a grid of spaces and slots. */
export async function openSpaceDay(
  t: TestApp,
  spaces: { name: string; capacity: number; tags?: string[]; videoRoom?: string }[],
  slots = 2,
): Promise<{ connor: TestPerson; gatheringId: string; spaceIds: string[]; slotIds: string[] }> {
  const connor = await t.newPerson({ displayName: 'Connor Convener' });
  const network = await t.newNetwork(connor);
  const { createGathering } = await connor.client.data<{ createGathering: { id: string } }>(
    'mutation($input: CreateGatheringInput!) { createGathering(input: $input) { id } }',
    {
      input: {
        title: 'Open Space Day',
        format: 'HYBRID',
        startsAt: '2027-05-01T09:00:00Z',
        endsAt: '2027-05-01T17:00:00Z',
        timeZone: 'Europe/London',
        convenedByNetworkIds: [network.id],
      },
    },
  );
  const gatheringId = createGathering.id;
  await connor.client.data(STATUS, { input: { gatheringId, status: 'PUBLISHED' } });
  const spaceIds: string[] = [];
  for (const space of spaces) {
    const { createSpace } = await connor.client.data<{ createSpace: { id: string } }>(SPACE, {
      input: { gatheringId, tags: [], ...space },
    });
    spaceIds.push(createSpace.id);
  }
  const slotIds: string[] = [];
  for (let i = 0; i < slots; i++) {
    const { createTimeSlot } = await connor.client.data<{ createTimeSlot: { id: string } }>(SLOT, {
      input: { gatheringId, startsAt: `2027-05-01T${10 + i}:00:00Z`, endsAt: `2027-05-01T${10 + i}:50:00Z`, label: `Round ${i + 1}` },
    });
    slotIds.push(createTimeSlot.id);
  }
  return { connor, gatheringId, spaceIds, slotIds };
}

export async function registered(t: TestApp, gatheringId: string, displayName?: string): Promise<TestPerson> {
  const person = await t.newPerson(displayName ? { displayName } : undefined);
  await person.client.data(REGISTER, { input: { gatheringId } });
  return person;
}

/** Resolves once `check` holds, trying again as soon as each try ends (no fixed wait); fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not so after ${timeoutMs} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
