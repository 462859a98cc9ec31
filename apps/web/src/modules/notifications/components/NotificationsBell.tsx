import { Anchor, Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { routes } from '../../../app/routes';
import { useCurrentPerson } from '../../accounts';
import { useInboxLive } from '../hooks/use-inbox-live';

function BellIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The header's bell: a link to the inbox whose name says how many are unread, kept live. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const { person } = useCurrentPerson();
  const { unreadCount } = useInboxLive(Boolean(person));
  if (!person) return null;
  const count = unreadCount ?? 0;
  return (
    <Anchor
      component={NavLink}
      to={routes.inbox()}
      c="indigo.9"
      underline="never"
      aria-label={count > 0 ? t('nav.bellLabelUnread', { count }) : t('nav.bellLabel')}
      data-testid="notifications-bell"
      data-unread={count}
    >
      <Group gap={4} wrap="nowrap" align="center">
        <BellIcon />
        {count > 0 && (
          <Badge color="red.8" size="sm" circle={count < 10} aria-hidden="true">
            {count > 99 ? '99+' : count}
          </Badge>
        )}
      </Group>
    </Anchor>
  );
}
