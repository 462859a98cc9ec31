import { createTestApp, type TestApp } from '../../../../test/test-app.js';

const REGISTER = 'mutation($input: RegisterNetworkInput!) { registerNetwork(input: $input) { id slug } }';
const CLOSE = 'mutation($input: CloseNetworkInput!) { closeNetwork(input: $input) { lifecycleStage isClosed closingNote } }';
const UPDATE = 'mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { lifecycleStage } }';
const HISTORY = 'query($slug: String!) { network(slug: $slug) { isClosed closingNote lifecycleHistory { stage note } } }';

describe('network lifecycle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('moves through the stages from registering, closes with a closing note, and stays readable with its history', async () => {
    const faith = await t.newPerson();
    const { registerNetwork: network } = await faith.client.data<{ registerNetwork: { id: string; slug: string } }>(REGISTER, {
      input: { name: 'Valley Growers', kind: 'NETWORK' },
    });
    await faith.client.data(UPDATE, { input: { networkId: network.id, lifecycleStage: 'ACTIVE' } });
    await faith.client.data(UPDATE, { input: { networkId: network.id, lifecycleStage: 'TRANSITIONING' } });
    const note = 'We linked 40 groups; members moved to the Northern Alliance and the food hubs carry on.';
    expect(await faith.client.data(CLOSE, { input: { networkId: network.id, closingNote: note } })).toEqual({
      closeNetwork: { lifecycleStage: 'CLOSED', isClosed: true, closingNote: note },
    });
    expect(await t.client().data(HISTORY, { slug: network.slug })).toEqual({
      network: {
        isClosed: true,
        closingNote: note,
        lifecycleHistory: [
          { stage: 'FORMING', note: null },
          { stage: 'ACTIVE', note: null },
          { stage: 'TRANSITIONING', note: null },
          { stage: 'CLOSED', note },
        ],
      },
    });
  });

  it('needs a real closing note, refuses closing twice, and refuses reopening through update', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith);
    const short = await faith.client.error(CLOSE, { input: { networkId: network.id, closingNote: 'bye' } });
    expect(short.code).toBe('BAD_USER_INPUT');
    expect(short.extensions?.fields).toHaveProperty('closingNote');
    const note = 'Our work is done and the members carry it on elsewhere.';
    await faith.client.data(CLOSE, { input: { networkId: network.id, closingNote: note } });
    expect((await faith.client.error(CLOSE, { input: { networkId: network.id, closingNote: note } })).code).toBe('CONFLICT');
    expect((await faith.client.error(UPDATE, { input: { networkId: network.id, lifecycleStage: 'ACTIVE' } })).code).toBe('CONFLICT');
  });

  it('only facilitators close a network', async () => {
    const faith = await t.newPerson();
    const network = await t.newNetwork(faith);
    const other = await t.newPerson();
    expect(
      (await other.client.error(CLOSE, { input: { networkId: network.id, closingNote: 'Closing this on their behalf, sorry.' } })).code,
    ).toBe('FORBIDDEN');
  });
});
