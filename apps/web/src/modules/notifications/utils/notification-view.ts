import type { TFunction } from 'i18next';
import { routes } from '../../../app/routes';
import type { NotificationFieldsFragment } from '../../../gql/graphql';

/** Tie statuses still waiting for an answer. */
const WAITING = ['INVITED', 'REQUESTED'];

/** Where a notification leads: the page its module named, else its gathering, network, tie or invitation (null when it has no page). */
export function notificationLink(n: NotificationFieldsFragment): string | null {
  const { slug, networkSlug, networkId, otherNetworkSlug, path } = n.facts;
  if (path && path.startsWith('/') && !path.startsWith('//')) return path;
  switch (n.kind) {
    case 'ROLE_INVITATION':
      // Invitations to a role are answered on the account page.
      return routes.account();
    case 'CO_CONVENE_INVITATION':
      return slug ? routes.gathering({ slug, coconvene: networkId }) : null;
    case 'TIE_PROPOSED':
      return networkSlug ? routes.manageNetwork({ slug: networkSlug, section: 'ties' }) : null;
    case 'TIE_ANSWERED':
      return otherNetworkSlug ? routes.network({ slug: otherNetworkSlug }) : null;
    default:
      return slug ? routes.gathering({ slug }) : null;
  }
}

/** True when the notification is a tie proposal its reader can still answer (from the inbox). */
export function isAnswerableTie(n: NotificationFieldsFragment): boolean {
  return n.kind === 'TIE_PROPOSED' && n.tie !== null && n.tie !== undefined && WAITING.includes(n.tie.status);
}

/** What a notification says, in the reader's language. */
export function notificationText(n: NotificationFieldsFragment, t: TFunction<'notifications'>): string {
  const { facts } = n;
  const params = {
    actor: n.actor?.displayName ?? t('inbox.someone'),
    title: facts.title ?? t('inbox.aGathering'),
    network: facts.networkName ?? t('inbox.aNetwork'),
    other: facts.otherNetworkName ?? t('inbox.aNetwork'),
    role: facts.role ? t(`inbox.roles.${facts.role as 'facilitator' | 'convener' | 'member' | 'delegate'}`, facts.role) : '',
  };
  switch (n.kind) {
    case 'TIE_PROPOSED':
      return facts.side === 'MEMBER' ? t('inbox.kinds.TIE_PROPOSED_TO_MEMBER', params) : t('inbox.kinds.TIE_PROPOSED_TO_PARENT', params);
    case 'TIE_ANSWERED':
      return facts.answer === 'DECLINED' ? t('inbox.kinds.TIE_DECLINED', params) : t('inbox.kinds.TIE_ACCEPTED', params);
    default:
      return t(`inbox.kinds.${n.kind}`, params);
  }
}
