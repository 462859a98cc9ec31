import type { BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD, NEW_ACCOUNT_PASSWORD } from './accounts.js';
import { linkFromMail } from './mail.js';

/**
 * Sends one GraphQL operation as the person signed in to `context` (its cookies go with it, and a
 * session cookie it sets comes back into the browser): quick set-up for a journey's own data.
 */
export async function graphql<T>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await context.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL set-up failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/**
 * Creates an account, proves its address with the link mailed to it (unless `verified: false`) and signs
 * the context in as that person; returns their id.
 */
export async function signUpWithApi(
  context: BrowserContext,
  details: { email: string; displayName: string },
  { verified = true } = {},
): Promise<string> {
  await graphql(context, 'mutation ($input: SignUpInput!) { signUp(input: $input) }', {
    input: { ...details, password: NEW_ACCOUNT_PASSWORD },
  });
  if (!verified) {
    const { signIn } = await graphql<{ signIn: { id: string } }>(
      context,
      'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
      {
        input: { email: details.email, password: NEW_ACCOUNT_PASSWORD },
      },
    );
    return signIn.id;
  }
  const token = new URL(await linkFromMail(details.email, '/verify-email'), 'http://weave').searchParams.get('token');
  const { verifyEmail } = await graphql<{ verifyEmail: { id: string } }>(
    context,
    'mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) { id } }',
    { input: { token, password: NEW_ACCOUNT_PASSWORD } },
  );
  return verifyEmail.id;
}

/** Registers a network as the signed-in person (its facilitator); returns its id and profile path. */
export async function registerNetworkWithApi(
  context: BrowserContext,
  input: { name: string; kind: 'COALITION' | 'NETWORK' | 'ORGANISATION'; purpose?: string },
): Promise<{ id: string; path: string }> {
  const { registerNetwork } = await graphql<{ registerNetwork: { id: string; slug: string } }>(
    context,
    'mutation ($input: RegisterNetworkInput!) { registerNetwork(input: $input) { id slug } }',
    { input },
  );
  return { id: registerNetwork.id, path: `/networks/${registerNetwork.slug}` };
}

/** A coalition's facilitator asks a network to join it (a MEMBER tie); returns the tie's id. */
export async function proposeMembershipWithApi(context: BrowserContext, parentNetworkId: string, memberNetworkId: string): Promise<string> {
  const { proposeMembership } = await graphql<{ proposeMembership: { id: string } }>(
    context,
    'mutation ($input: ProposeMembershipInput!) { proposeMembership(input: $input) { id } }',
    { input: { parentNetworkId, memberNetworkId } },
  );
  return proposeMembership.id;
}

/** The other network's facilitator accepts a proposed tie. */
export async function acceptMembershipWithApi(context: BrowserContext, membershipId: string): Promise<void> {
  await graphql(context, 'mutation ($input: RespondToMembershipInput!) { respondToMembership(input: $input) { id } }', {
    input: { membershipId, accept: true },
  });
}

/** A facilitator invites an email address to a role in their network. */
export async function inviteToNetworkWithApi(context: BrowserContext, networkId: string, email: string, role: string): Promise<void> {
  await graphql(context, 'mutation ($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { id } }', {
    input: { networkId, email, role },
  });
}

/** Signs the context in as an existing person (the demo's people by default password). */
export async function signInWithApi(context: BrowserContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  await graphql(context, 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password } });
}

/**
 * As the signed-in convener (the demo's Connor), makes a gathering on 13 June 2030, 10:00–16:00 in
 * London, convened by Weaving Together UK, and publishes it unless `draft`; returns its id and path,
 * and the convening network's id.
 */
export async function createGatheringWithApi(
  context: BrowserContext,
  title: string,
  { capacity, draft = false }: { capacity?: number; draft?: boolean } = {},
): Promise<{ id: string; path: string; networkId: string }> {
  const { myNetworks } = await graphql<{ myNetworks: Array<{ id: string; name: string }> }>(context, '{ myNetworks { id name } }');
  const convener = myNetworks.find((network) => network.name === 'Weaving Together UK');
  if (!convener) throw new Error('The signed-in person does not convene Weaving Together UK');
  const { createGathering } = await graphql<{ createGathering: { id: string; slug: string } }>(
    context,
    'mutation ($input: CreateGatheringInput!) { createGathering(input: $input) { id slug } }',
    {
      input: {
        title,
        purpose: 'A day for networks across the UK to meet and plan together.',
        venue: 'Temple of Peace, Cathays Park, Cardiff',
        format: 'IN_PERSON',
        startsAt: '2030-06-13T09:00:00.000Z',
        endsAt: '2030-06-13T15:00:00.000Z',
        timeZone: 'Europe/London',
        capacity: capacity ?? null,
        accessFeatures: ['STEP_FREE', 'HEARING_LOOP'],
        convenedByNetworkIds: [convener.id],
      },
    },
  );
  if (!draft) {
    await graphql(context, 'mutation ($input: SetGatheringStatusInput!) { setGatheringStatus(input: $input) { id } }', {
      input: { gatheringId: createGathering.id, status: 'PUBLISHED' },
    });
  }
  return { id: createGathering.id, path: `/gatherings/${createGathering.slug}`, networkId: convener.id };
}

/** Registers the signed-in person for a gathering (a place, or the waiting list when it is full). */
export async function registerWithApi(
  context: BrowserContext,
  gatheringId: string,
  { accessNeeds, invitationCode }: { accessNeeds?: string; invitationCode?: string } = {},
): Promise<void> {
  await graphql(context, 'mutation ($input: RegisterForGatheringInput!) { registerForGathering(input: $input) { id } }', {
    input: {
      gatheringId,
      invitationCode: invitationCode ?? null,
      accessNeeds: accessNeeds ?? null,
      shareAccessNeeds: accessNeeds !== undefined,
    },
  });
}

/** The signed-in person's invitation link to a gathering (on behalf of `networkId` if given); returns its code. */
export async function createInvitationWithApi(context: BrowserContext, gatheringId: string, networkId?: string): Promise<string> {
  const { createInvitation } = await graphql<{ createInvitation: { code: string } }>(
    context,
    'mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { code } }',
    { input: { gatheringId, networkId: networkId ?? null } },
  );
  return createInvitation.code;
}

/** Runs one gathering mutation that takes `{ input }`, for the set-up steps that need nothing back. */
export async function gatheringMutation(
  context: BrowserContext,
  name: 'setDelegatePlaces' | 'inviteCoConvener' | 'respondToCoConvening' | 'nominateDelegate' | 'setGatheringStatus',
  input: Record<string, unknown>,
): Promise<void> {
  const inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  await graphql(context, `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename } }`, { input });
}

/** Cancels the signed-in person's registration. */
export async function cancelRegistrationWithApi(context: BrowserContext, gatheringId: string): Promise<void> {
  await graphql(context, 'mutation ($input: GatheringIdInput!) { cancelRegistration(input: $input) { id } }', { input: { gatheringId } });
}

/** Runs one mutation `field(input: $input)` of input type `inputType`; returns its `id`. */
export async function mutate(context: BrowserContext, field: string, inputType: string, input: Record<string, unknown>): Promise<string> {
  const data = await graphql<Record<string, { id: string }>>(
    context,
    `mutation ($input: ${inputType}!) { ${field}(input: $input) { id } }`,
    {
      input,
    },
  );
  return data[field].id;
}
