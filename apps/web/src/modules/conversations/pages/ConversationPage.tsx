import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { routes } from '../../../app/routes';
import type { ConversationFieldsFragment, PostFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { CopyableLink } from '../../../ui/CopyableLink';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { PostComposer } from '../components/PostComposer';
import { PostItem } from '../components/PostItem';
import { CreateConversationInvitationMutation } from '../graphql/create-conversation-invitation.mutation';
import { FollowConversationMutation } from '../graphql/follow-conversation.mutation';
import { SetConversationLockedMutation } from '../graphql/set-conversation-locked.mutation';
import { useLiveConversation } from '../hooks/use-live-conversation';
import { threadsOf } from '../utils/threads';

function Where({ conversation }: { conversation: ConversationFieldsFragment }) {
  const { t } = useTranslation('conversations');
  const { gathering, session, network } = conversation;
  if (gathering?.slug)
    return (
      <Text>
        {session ? t('conversations.where.session', { session: session.name }) + ' · ' : ''}
        <Anchor component={Link} to={routes.gathering({ slug: gathering.slug })} underline="always">
          {gathering.name}
        </Anchor>
      </Text>
    );
  if (network?.slug)
    return (
      <Anchor component={Link} to={routes.network({ slug: network.slug })} underline="always">
        {network.name}
      </Anchor>
    );
  return <Text>{conversation.kind === 'OPEN' ? t('conversations.where.open') : t('conversations.where.members')}</Text>;
}

function Controls({
  conversation,
  onChanged,
}: {
  conversation: ConversationFieldsFragment;
  onChanged: (c: ConversationFieldsFragment) => void;
}) {
  const { t } = useTranslation('conversations');
  const action = useActionStatus();
  const [follow] = useMutation(FollowConversationMutation);
  const [lock] = useMutation(SetConversationLockedMutation);
  const [invite] = useMutation(CreateConversationInvitationMutation);
  const [link, setLink] = useState<string>();
  const id = conversation.id;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Button
          variant="default"
          aria-pressed={conversation.viewerFollows}
          loading={action.pending === 'follow'}
          onClick={() =>
            void action.run(
              'follow',
              async () => {
                const result = await follow({ variables: { input: { conversationId: id, follow: !conversation.viewerFollows } } });
                if (result.data) onChanged(result.data.followConversation);
              },
              conversation.viewerFollows ? t('conversations.follow.stopped') : t('conversations.follow.started'),
            )
          }
        >
          {conversation.viewerFollows ? t('conversations.follow.unfollow') : t('conversations.follow.follow')}
        </Button>
        {conversation.viewerModerates && (
          <Button
            variant="default"
            color="red"
            loading={action.pending === 'lock'}
            onClick={() =>
              void action.run(
                'lock',
                async () => {
                  const result = await lock({ variables: { input: { conversationId: id, locked: conversation.lockedAt === null } } });
                  if (result.data) onChanged(result.data.setConversationLocked);
                },
                conversation.lockedAt === null ? t('conversations.lock.locked') : t('conversations.lock.unlocked'),
              )
            }
          >
            {conversation.lockedAt === null ? t('conversations.lock.lock') : t('conversations.lock.unlock')}
          </Button>
        )}
        {!link && (
          <Button
            variant="default"
            loading={action.pending === 'invite'}
            onClick={() =>
              void action.run(
                'invite',
                async () => {
                  const result = await invite({ variables: { input: { conversationId: id } } });
                  if (result.data)
                    setLink(`${window.location.origin}${routes.joinConversation({ code: result.data.createConversationInvitation.code })}`);
                },
                t('conversations.invite.made'),
              )
            }
          >
            {t('conversations.invite.make')}
          </Button>
        )}
      </Group>
      {link && <CopyableLink label={t('conversations.invite.label')} value={link} testId="conversation-invite-link" />}
      <ActionStatusAlert status={action.status} />
    </Stack>
  );
}

function LiveConversation({ conversationId, personId }: { conversationId: string; personId: string }) {
  const { t } = useTranslation('conversations');
  const live = useLiveConversation(conversationId);
  const { conversation, posts } = live;
  usePageTitle(conversation?.title ?? t('conversations.title'));
  if (live.loading) return <LoadingState />;
  if (live.error && !conversation) return <ErrorState error={live.error} onRetry={() => void live.refetch()} />;
  if (!conversation) return null;
  const onChanged = (post: PostFieldsFragment) => live.showPost(post);
  const unread = posts.filter((p) => p.seq > live.readBefore).length;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={routes.conversations()} underline="always">
          {t('conversations.back')}
        </Anchor>
        <Title order={1}>{conversation.title}</Title>
        <Where conversation={conversation} />
        <Group gap="xs">
          {conversation.lockedAt && (
            <Badge variant="filled" color="gray.8">
              {t('conversations.lock.badge')}
            </Badge>
          )}
          <Text size="sm" role="status" data-testid="conversation-counts">
            {t('conversations.counts', { count: conversation.postCount })}
            {unread > 0 ? ` · ${t('conversations.unread', { count: unread })}` : ''}
          </Text>
        </Group>
      </Stack>
      <Controls conversation={conversation} onChanged={live.setConversation} />
      <section aria-labelledby="posts-heading">
        <Title order={2} id="posts-heading" fz="h3" mb="sm">
          {t('conversations.posts')}
        </Title>
        <ul
          style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}
          data-testid="conversation-posts"
        >
          {threadsOf(posts).map((thread) => (
            <PostItem
              key={thread.post.id}
              thread={thread}
              conversation={conversation}
              personId={personId}
              readBefore={live.readBefore}
              onChanged={onChanged}
            />
          ))}
        </ul>
        {live.hasMore && (
          <Button mt="sm" variant="default" loading={live.loadingMore} onClick={() => void live.loadMore()}>
            {t('conversations.loadMore')}
          </Button>
        )}
        {live.moreError !== undefined && <ErrorState error={live.moreError} onRetry={() => void live.loadMore()} />}
      </section>
      {conversation.lockedAt ? (
        <Text>{t('conversations.lock.explain')}</Text>
      ) : (
        !live.hasMore && (
          <Paper withBorder p="md" component="section" aria-label={t('conversations.composer.section')}>
            <PostComposer conversationId={conversation.id} label={t('conversations.composer.label')} onPosted={onChanged} />
          </Paper>
        )
      )}
    </Stack>
  );
}

/** /conversations/:id — a conversation, its threads live. */
export function ConversationPage() {
  const { id = '' } = useParams();
  const { person, loading } = useCurrentPerson();
  if (!loading && !person) return <Navigate to={routes.signIn({ next: routes.conversation({ id }) })} replace />;
  return (
    <Container size="md" py="xl">
      {loading || !person ? <LoadingState /> : <LiveConversation key={id} conversationId={id} personId={person.id} />}
    </Container>
  );
}
