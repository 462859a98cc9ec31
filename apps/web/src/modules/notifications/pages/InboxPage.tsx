import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Container, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { routes } from '../../../app/routes';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { NotificationItem } from '../components/NotificationItem';
import { AnswerTieMutation } from '../graphql/answer-tie.mutation';
import { MarkAllNotificationsReadMutation } from '../graphql/mark-all-notifications-read.mutation';
import { MarkNotificationReadMutation } from '../graphql/mark-notification-read.mutation';
import { NotificationsQuery } from '../graphql/notifications.query';
import { useInboxLive } from '../hooks/use-inbox-live';

export const INBOX_PAGE_SIZE = 20;

function Inbox() {
  const { t } = useTranslation('notifications');
  const client = useApolloClient();
  const status = useActionStatus();
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: INBOX_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [markRead] = useMutation(MarkNotificationReadMutation);
  const [markAllRead] = useMutation(MarkAllNotificationsReadMutation);
  const [answerTie] = useMutation(AnswerTieMutation);
  const page = data?.notifications;
  const notifications = page?.edges.map((edge) => edge.node) ?? [];

  // Something new arrived (here or in another tab): read the first page again so it shows at the top.
  const { unreadCount } = useInboxLive(true, ({ latestId }) => {
    if (latestId && page && !page.edges.some((edge) => edge.node.id === latestId)) void refetch();
  });

  if (error && !page) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!page) return <LoadingState />;

  const setRead = (ids: string[]) => {
    for (const id of ids)
      client.cache.modify({ id: client.cache.identify({ __typename: 'Notification', id }), fields: { read: () => true } });
  };
  const readOne = (n: NotificationFieldsFragment) =>
    void status.run(`${n.id}-read`, () => markRead({ variables: { input: { notificationId: n.id } } }), t('inbox.markedRead'));
  const readAll = () =>
    void status.run(
      'all',
      async () => {
        await markAllRead();
        setRead(notifications.map((n) => n.id));
      },
      t('inbox.markedAllRead'),
    );
  const answer = (n: NotificationFieldsFragment, accept: boolean) => {
    const other = n.facts.otherNetworkName ?? t('inbox.aNetwork');
    void status.run(
      `${n.id}-${accept ? 'accept' : 'decline'}`,
      async () => {
        await answerTie({ variables: { input: { membershipId: n.tie!.id, accept } } });
        if (!n.read) await markRead({ variables: { input: { notificationId: n.id } } });
      },
      accept ? t('inbox.accepted', { other }) : t('inbox.declined', { other }),
    );
  };
  const anyUnread = (unreadCount ?? 0) > 0 || notifications.some((n) => !n.read);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('inbox.shownOf', { shown: notifications.length, total: page.totalCount })}
        </Text>
        <Button variant="outline" size="sm" disabled={!anyUnread} loading={status.pending === 'all'} onClick={readAll}>
          {t('inbox.markAllRead')}
        </Button>
      </Group>
      <ActionStatusAlert status={status.status} />
      {notifications.length === 0 ? (
        <Text>{t('inbox.empty')}</Text>
      ) : (
        <List listStyleType="none" p={0} spacing="sm" aria-label={t('inbox.listLabel')} data-testid="inbox-list">
          {notifications.map((n) => (
            <List.Item key={n.id} styles={{ itemWrapper: { display: 'block' }, itemLabel: { display: 'block' } }}>
              <NotificationItem
                notification={n}
                pending={status.pending?.startsWith(`${n.id}-`) ? status.pending.slice(n.id.length + 1) : undefined}
                onMarkRead={() => readOne(n)}
                onAnswer={(accept) => answer(n, accept)}
              />
            </List.Item>
          ))}
        </List>
      )}
      {page.pageInfo.hasNextPage && (
        <Button
          variant="outline"
          loading={loading}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
        >
          {t('inbox.loadMore')}
        </Button>
      )}
    </Stack>
  );
}

/** The signed-in person's notifications: newest first, unread marked, read one or all, answer tie proposals in place. */
export function InboxPage() {
  const { t } = useTranslation('notifications');
  usePageTitle(t('inbox.title'));
  const { person, loading } = useCurrentPerson();
  if (!loading && !person) return <Navigate to={routes.signIn({ next: routes.inbox() })} replace />;
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('inbox.title')}</Title>
          <Text mt="xs">{t('inbox.intro')}</Text>
        </div>
        {loading ? <LoadingState /> : <Inbox />}
      </Stack>
    </Container>
  );
}
