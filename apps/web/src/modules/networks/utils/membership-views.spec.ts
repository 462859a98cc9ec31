import type { MembershipFieldsFragment, MembershipStatus } from '../../../gql/graphql';
import { answersHandshake, handshakeViews, otherSide } from './membership-views';

const summary = (id: string) => ({ id, slug: id, name: id, kind: 'NETWORK' as const, isClosed: false });

function tie(id: string, status: MembershipStatus, member: string, parent: string): MembershipFieldsFragment {
  return {
    id,
    status,
    tieType: 'MEMBER',
    since: null,
    until: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    member: summary(member),
    parent: summary(parent),
  };
}

describe('answersHandshake', () => {
  it('has the member answer an invitation and the parent answer a request', () => {
    expect(answersHandshake(tie('1', 'INVITED', 'me', 'coalition'), 'me')).toBe(true);
    expect(answersHandshake(tie('2', 'INVITED', 'other', 'me'), 'me')).toBe(false);
    expect(answersHandshake(tie('3', 'REQUESTED', 'other', 'me'), 'me')).toBe(true);
    expect(answersHandshake(tie('4', 'REQUESTED', 'me', 'coalition'), 'me')).toBe(false);
  });

  it('is false for ties already answered', () => {
    expect(answersHandshake(tie('5', 'ACTIVE', 'me', 'coalition'), 'me')).toBe(false);
  });
});

describe('handshakeViews', () => {
  it('sorts ties into waiting, sent, members and belongs-to, leaving out declined and ended ones', () => {
    const views = handshakeViews(
      [
        tie('invited-us', 'INVITED', 'me', 'a'),
        tie('we-invited', 'INVITED', 'b', 'me'),
        tie('asked-us', 'REQUESTED', 'c', 'me'),
        tie('member', 'ACTIVE', 'd', 'me'),
        tie('parent', 'ACTIVE', 'me', 'e'),
        tie('declined', 'DECLINED', 'f', 'me'),
        tie('ended', 'ENDED', 'me', 'g'),
      ],
      'me',
    );
    expect(views.awaitingAnswer.map((t) => t.id)).toEqual(['invited-us', 'asked-us']);
    expect(views.sent.map((t) => t.id)).toEqual(['we-invited']);
    expect(views.members.map((t) => t.id)).toEqual(['member']);
    expect(views.belongsTo.map((t) => t.id)).toEqual(['parent']);
  });
});

describe('otherSide', () => {
  it('gives the network that is not this one', () => {
    expect(otherSide(tie('1', 'ACTIVE', 'me', 'a'), 'me').id).toBe('a');
    expect(otherSide(tie('1', 'ACTIVE', 'b', 'me'), 'me').id).toBe('b');
  });
});
