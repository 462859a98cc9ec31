import type { TestApp, TestNetwork, TestPerson } from '../../../test/test-app.js';

// What the asks-and-offers tests share: their operations and a valley of networks with realistic posts.

export const FIELDS = `id side kind title description themes area endsOn status viewerMayEdit createdAt closedAt
  network { id name } postedBy { id displayName } gathering { id title } metByOffer { id title } metByNetwork { id name }`;
export const POST = `mutation($input: PostAskOfferInput!) { postAskOffer(input: $input) { ${FIELDS} } }`;
export const UPDATE = `mutation($input: UpdateAskOfferInput!) { updateAskOffer(input: $input) { ${FIELDS} } }`;
export const CLOSE = `mutation($input: CloseAskOfferInput!) { closeAskOffer(input: $input) { ${FIELDS} } }`;
export const ONE = `query($id: UUID!) { askOffer(id: $id) { ${FIELDS} } }`;
export const LIST = `query($filter: AskOfferFilterInput, $first: Int, $after: String) { asksOffers(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } } }`;
export const MATCHES = `query($id: UUID!, $first: Int) { askOfferMatches(id: $id, first: $first) {
  score isGood sameNetwork introductionConversationId match { id title network { name } } } }`;
export const INTRODUCE = `mutation($input: AskAndOfferInput!) { introduceAskOffer(input: $input) { conversationId isNew } }`;
export const MET = `mutation($input: AskAndOfferInput!) { markAskMet(input: $input) { ${FIELDS} } }`;
export const RECIPROCITY = `query($id: UUID!) { networkReciprocity(networkId: $id) {
  metForCount metByCount metFor { count network { id name } } metBy { count network { id name } } } }`;

export const LATER = '2027-06-30';

export interface Posted {
  id: string;
  title: string;
}

export interface PostFixture {
  side?: 'ASK' | 'OFFER';
  kind?: 'SKILLS' | 'SPACE' | 'EQUIPMENT' | 'TIME' | 'OTHER';
  title: string;
  description?: string;
  themes?: string[];
  area?: string;
  endsOn?: string;
  networkId?: string | null;
  gatheringId?: string | null;
}

export async function post(person: TestPerson, fixture: PostFixture): Promise<Posted> {
  const { postAskOffer } = await person.client.data<{ postAskOffer: Posted }>(POST, {
    input: { side: 'OFFER', kind: 'OTHER', description: '', themes: [], area: '', endsOn: LATER, ...fixture },
  });
  return postAskOffer;
}

/** Networks of one valley, each with a facilitator, and a person of their own. */
export interface Valley {
  foodBankFacilitator: TestPerson;
  foodBank: TestNetwork;
  churchFacilitator: TestPerson;
  church: TestNetwork;
  transportFacilitator: TestPerson;
  transport: TestNetwork;
  trainer: TestPerson;
  outsider: TestPerson;
}

export async function valley(t: TestApp): Promise<Valley> {
  const [foodBankFacilitator, churchFacilitator, transportFacilitator, trainer, outsider] = await Promise.all([
    t.newPerson({ displayName: 'Fran Foodbank' }),
    t.newPerson({ displayName: 'Carys Chapel' }),
    t.newPerson({ displayName: 'Tom Transport' }),
    t.newPerson({ displayName: 'Hywel Hygiene' }),
    t.newPerson({ displayName: 'Olly Outsider' }),
  ]);
  const [foodBank, church, transport] = await Promise.all([
    t.newNetwork(foodBankFacilitator, { name: 'Cynon Valley Food Bank', themes: ['food', 'poverty'] }),
    t.newNetwork(churchFacilitator, { name: 'Bethel Chapel Aberdare', themes: ['faith', 'food'] }),
    t.newNetwork(transportFacilitator, { name: 'Valley Community Transport', themes: ['transport'] }),
  ]);
  return { foodBankFacilitator, foodBank, churchFacilitator, church, transportFacilitator, transport, trainer, outsider };
}

export const notices = async (t: TestApp, kind: string, subjectId: string): Promise<string[]> =>
  (
    await t.dataSource.query(`SELECT recipient_id FROM notifications WHERE kind = $1 AND subject_id = $2 ORDER BY recipient_id`, [
      kind,
      subjectId,
    ])
  ).map((r: { recipient_id: string }) => r.recipient_id);
