import type { MembershipFieldsFragment } from '../../../gql/graphql';

export interface HandshakeViews {
  /** Proposals the other side made: this network answers them. */
  awaitingAnswer: MembershipFieldsFragment[];
  /** Proposals this network made, still waiting for the other side. */
  sent: MembershipFieldsFragment[];
  /** Active ties where this network is the parent. */
  members: MembershipFieldsFragment[];
  /** Active ties where this network is the member. */
  belongsTo: MembershipFieldsFragment[];
}

const isPending = (tie: MembershipFieldsFragment) => tie.status === 'INVITED' || tie.status === 'REQUESTED';

/**
 * Who has to answer a pending tie: INVITED means the parent asked, so the
 * member answers; REQUESTED means the member asked, so the parent answers.
 */
export function answersHandshake(tie: MembershipFieldsFragment, networkId: string): boolean {
  if (tie.status === 'INVITED') return tie.member.id === networkId;
  if (tie.status === 'REQUESTED') return tie.parent.id === networkId;
  return false;
}

/** Sorts a network's handshakes into what the Ties section shows. */
export function handshakeViews(handshakes: readonly MembershipFieldsFragment[], networkId: string): HandshakeViews {
  const views: HandshakeViews = { awaitingAnswer: [], sent: [], members: [], belongsTo: [] };
  for (const tie of handshakes) {
    if (isPending(tie)) {
      (answersHandshake(tie, networkId) ? views.awaitingAnswer : views.sent).push(tie);
    } else if (tie.status === 'ACTIVE') {
      (tie.parent.id === networkId ? views.members : views.belongsTo).push(tie);
    }
  }
  return views;
}

/** The network on the other side of a tie. */
export function otherSide(tie: MembershipFieldsFragment, networkId: string) {
  return tie.parent.id === networkId ? tie.member : tie.parent;
}
