import { createI18n } from '../../../i18n/i18n';
import { allMessages } from '../../../test/messages';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { isAnswerableTie, notificationLink, notificationText } from '../utils/notification-view';

const facts = {
  title: null,
  slug: null,
  networkName: null,
  networkSlug: null,
  networkId: null,
  otherNetworkName: null,
  otherNetworkSlug: null,
  role: null,
  answer: null,
  side: null,
  path: null,
};

const aNotification = (overrides: Partial<NotificationFieldsFragment>): NotificationFieldsFragment => ({
  id: 'n-1',
  kind: 'REGISTRATION_CONFIRMED',
  read: false,
  createdAt: '2026-12-06T16:30:00.000Z',
  subjectType: 'GATHERING',
  subjectId: 'g-1',
  actor: { id: 'p-1', displayName: 'Cora Convener' },
  tie: null,
  ...overrides,
  facts: { ...facts, ...overrides.facts },
});

describe('what a notification says and where it leads', () => {
  const en = createI18n({ lng: 'en', preloaded: allMessages }).getFixedT('en', 'notifications');
  const cy = createI18n({ lng: 'cy', preloaded: allMessages }).getFixedT('cy', 'notifications');

  it('names the gathering and links to it', () => {
    const n = aNotification({ kind: 'REGISTRATION_APPROVED', facts: { ...facts, title: 'Harbour Day', slug: 'harbour-day' } });
    expect(notificationText(n, en)).toBe('Cora Convener approved your registration: you have a place at Harbour Day.');
    expect(notificationText(n, cy)).toBe('Mae Cora Convener wedi cymeradwyo eich cofrestriad: mae gennych le yn Harbour Day.');
    expect(notificationLink(n)).toBe('/gatherings/harbour-day');
  });

  it('says which way a tie was proposed, and links to the ties of the network asked', () => {
    const tie = {
      ...facts,
      networkName: 'Valley Coalition',
      networkSlug: 'valley',
      otherNetworkName: 'River Hub',
      otherNetworkSlug: 'river',
    };
    const asksToJoin = aNotification({ kind: 'TIE_PROPOSED', facts: { ...tie, side: 'PARENT' } });
    const invites = aNotification({ kind: 'TIE_PROPOSED', facts: { ...tie, side: 'MEMBER' } });
    expect(notificationText(asksToJoin, en)).toBe('River Hub asks to join Valley Coalition.');
    expect(notificationText(invites, en)).toBe('River Hub invites Valley Coalition to join it.');
    expect(notificationLink(asksToJoin)).toBe('/networks/valley/manage?section=ties');
    const declined = aNotification({ kind: 'TIE_ANSWERED', facts: { ...tie, answer: 'DECLINED' } });
    expect(notificationText(declined, en)).toBe('River Hub declined the tie with Valley Coalition.');
    expect(notificationLink(declined)).toBe('/networks/river');
  });

  it('links to the page its module named, and never off the site', () => {
    const met = aNotification({
      kind: 'CONNECTION_PROPOSED',
      facts: { ...facts, title: 'Harbour Day', slug: 'harbour-day', path: '/people/met' },
    });
    expect(notificationText(met, en)).toBe('Cora Convener says you met at Harbour Day. Confirm it if you did.');
    expect(notificationLink(met)).toBe('/people/met');
    expect(notificationLink({ ...met, facts: { ...met.facts, path: '//evil.example/x' } })).toBe('/gatherings/harbour-day');
  });

  it('offers an answer only while the proposal waits for one', () => {
    const waiting = aNotification({ kind: 'TIE_PROPOSED', tie: { id: 't-1', status: 'REQUESTED' } });
    expect(isAnswerableTie(waiting)).toBe(true);
    expect(isAnswerableTie({ ...waiting, tie: { id: 't-1', status: 'ACTIVE' } })).toBe(false);
    // No tie behind it (the reader can no longer see both networks): nothing to answer.
    expect(isAnswerableTie({ ...waiting, tie: null })).toBe(false);
    expect(isAnswerableTie(aNotification({ kind: 'TIE_ANSWERED', tie: { id: 't-1', status: 'REQUESTED' } }))).toBe(false);
  });

  it('words invitations to a role and to co-convene, linking to where they are answered', () => {
    const role = aNotification({ kind: 'ROLE_INVITATION', facts: { ...facts, networkName: 'Quiet Circle', role: 'convener' } });
    expect(notificationText(role, en)).toBe('Cora Convener invited you to be a convener of Quiet Circle.');
    expect(notificationLink(role)).toBe('/account');
    const coConvene = aNotification({
      kind: 'CO_CONVENE_INVITATION',
      facts: { ...facts, title: 'Shared Day', slug: 'shared-day', networkName: 'Hillside Trust', networkId: 'net-9' },
    });
    expect(notificationText(coConvene, en)).toBe('Cora Convener invited Hillside Trust to co-convene Shared Day.');
    expect(notificationLink(coConvene)).toBe('/gatherings/shared-day?coconvene=net-9');
  });

  it('has words for Weave itself and for a gathering it cannot name', () => {
    const n = aNotification({ kind: 'REGISTRATION_CHANGED', actor: null });
    expect(notificationText(n, en)).toBe('Someone changed the time or place of a gathering.');
    expect(notificationLink(n)).toBeNull();
  });
});
