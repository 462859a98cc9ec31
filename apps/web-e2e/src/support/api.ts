import type { BrowserContext } from 'playwright-core';
import { NEW_ACCOUNT_PASSWORD } from './accounts.js';

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

/** Creates an account and signs the context in as that person. */
export async function signUpWithApi(context: BrowserContext, details: { email: string; displayName: string }): Promise<void> {
  await graphql(context, 'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }', {
    input: { ...details, password: NEW_ACCOUNT_PASSWORD },
  });
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
