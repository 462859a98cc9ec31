import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Checkbox, Container, Group, List, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { routes } from '../../../app/routes';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { useActionStatus } from '../../../ui/use-action-status';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { ConversationsQuery } from '../graphql/conversations.query';
import { StartConversationMutation } from '../graphql/start-conversation.mutation';
import { formatDateTime } from '../../../ui/dates';

function StartForm({ gatheringId }: { gatheringId: string | null }) {
  const { t } = useTranslation('conversations');
  const navigate = useNavigate();
  const action = useActionStatus();
  const [start] = useMutation(StartConversationMutation);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [isQuestion, setIsQuestion] = useState(true);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    let id: string | undefined;
    await action.run(
      'start',
      async () => {
        const result = await start({ variables: { input: { title, body, isQuestion, gatheringId } } });
        id = result.data?.startConversation.id;
      },
      t('conversations.start.done'),
    );
    if (id) await navigate(routes.conversation({ id }));
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="start-heading">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Title order={2} id="start-heading" fz="h3">
            {gatheringId ? t('conversations.start.titleGathering') : t('conversations.start.titleOpen')}
          </Title>
          <TextInput
            label={t('conversations.start.subject')}
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Textarea
            label={t('conversations.start.body')}
            required
            rows={3}
            maxLength={10000}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          <Checkbox
            label={t('conversations.start.question')}
            checked={isQuestion}
            onChange={(e) => setIsQuestion(e.currentTarget.checked)}
          />
          <ActionStatusAlert status={action.status} />
          <Button type="submit" loading={action.pending === 'start'} style={{ alignSelf: 'flex-start' }}>
            {t('conversations.start.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** /conversations — conversations you may read, the most recently active first (those of one gathering with ?gathering=). */
export function ConversationsPage() {
  const { t, i18n } = useTranslation('conversations');
  usePageTitle(t('conversations.title'));
  const [params] = useSearchParams();
  const gatheringId = params.get('gathering');
  const { person, loading: personLoading } = useCurrentPerson();
  const { data, loading, error, refetch, fetchMore } = useQuery(ConversationsQuery, {
    variables: { gatheringId, first: 20 },
    fetchPolicy: 'cache-and-network',
    skip: !person,
  });
  if (!personLoading && !person) return <Navigate to={routes.signIn({ next: routes.conversations({ gathering: gatheringId }) })} replace />;
  const list = data?.conversations;
  return (
    <Container size="md" py="xl">
      <Stack gap="xl">
        <Title order={1}>{gatheringId ? t('conversations.titleGathering') : t('conversations.title')}</Title>
        <Text>{t('conversations.intro')}</Text>
        {(loading || personLoading) && !data && <LoadingState />}
        {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
        {list && (
          <section aria-labelledby="list-heading">
            <Title order={2} id="list-heading" fz="h3" mb="sm">
              {t('conversations.listHeading', { count: list.totalCount })}
            </Title>
            {list.edges.length === 0 ? (
              <Text>{t('conversations.empty')}</Text>
            ) : (
              <List spacing="sm" listStyleType="none" data-testid="conversation-list">
                {list.edges.map(({ node }) => (
                  <List.Item key={node.id}>
                    <Group gap="xs" wrap="wrap">
                      <Anchor component={Link} to={routes.conversation({ id: node.id })} underline="always" fw={600}>
                        {node.title}
                      </Anchor>
                      {node.unreadCount > 0 && <Badge color="indigo">{t('conversations.unread', { count: node.unreadCount })}</Badge>}
                      {node.lockedAt && (
                        <Badge variant="filled" color="gray.8">
                          {t('conversations.lock.badge')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm">
                      {[
                        node.gathering?.name ?? node.network?.name,
                        t('conversations.counts', { count: node.postCount }),
                        t('conversations.lastPost', { when: formatDateTime(node.lastPostAt, i18n.language) }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
            {list.pageInfo.hasNextPage && (
              <LoadMoreButton onLoad={() => fetchMore({ variables: { after: list.pageInfo.endCursor } })}>
                {t('conversations.loadMore')}
              </LoadMoreButton>
            )}
          </section>
        )}
        {person && <StartForm gatheringId={gatheringId} />}
      </Stack>
    </Container>
  );
}
