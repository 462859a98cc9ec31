import { Anchor, Badge, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/dates';
import { isAnswerableTie, notificationLink, notificationText } from '../utils/notification-view';

interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  /** Which of this item's buttons is busy ('read', 'accept', 'decline'), if any. */
  pending?: string;
  onMarkRead: () => void;
  onAnswer: (accept: boolean) => void;
}

/** One notification: what happened (a link to its page), when, whether it is unread, and a tie proposal's answer buttons. */
export function NotificationItem({ notification: n, pending, onMarkRead, onAnswer }: NotificationItemProps) {
  const { t, i18n } = useTranslation('notifications');
  const text = notificationText(n, t);
  const link = notificationLink(n);
  const other = n.facts.otherNetworkName ?? t('inbox.aNetwork');
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      bg={n.read ? undefined : 'indigo.0'}
      style={n.read ? undefined : { borderLeft: '4px solid var(--mantine-color-indigo-7)' }}
      data-testid="notification"
      data-read={n.read}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {!n.read && (
            <Badge color="indigo.8" size="sm" variant="filled" style={{ flexShrink: 0 }}>
              {t('inbox.new')}
            </Badge>
          )}
          <Text fw={n.read ? 400 : 700} style={{ overflowWrap: 'anywhere' }}>
            {!n.read && <VisuallyHidden>{t('inbox.unread')}: </VisuallyHidden>}
            {link ? (
              <Anchor component={Link} to={link} underline="always" c="inherit" onClick={() => !n.read && onMarkRead()}>
                {text}
              </Anchor>
            ) : (
              text
            )}
          </Text>
        </Group>
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed" component="time" dateTime={n.createdAt}>
            {formatDateTime(n.createdAt, i18n.language)}
          </Text>
          <Group gap="xs" wrap="wrap">
            {isAnswerableTie(n) && (
              <>
                <Button
                  size="xs"
                  loading={pending === 'accept'}
                  aria-label={t('inbox.acceptLabel', { other })}
                  onClick={() => onAnswer(true)}
                >
                  {t('inbox.accept')}
                </Button>
                <Button
                  size="xs"
                  variant="outline"
                  loading={pending === 'decline'}
                  aria-label={t('inbox.declineLabel', { other })}
                  onClick={() => onAnswer(false)}
                >
                  {t('inbox.decline')}
                </Button>
              </>
            )}
            {!n.read && (
              <Button
                size="xs"
                variant="subtle"
                loading={pending === 'read'}
                aria-label={t('inbox.markReadLabel', { text })}
                onClick={onMarkRead}
              >
                {t('inbox.markRead')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
