import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationFieldsFragment, PostFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { useActionStatus } from '../../../ui/use-action-status';
import { DeletePostMutation } from '../graphql/delete-post.mutation';
import { EditPostMutation } from '../graphql/edit-post.mutation';
import { HidePostMutation } from '../graphql/hide-post.mutation';
import { formatDateTime } from '../../../ui/dates';
import type { Thread } from '../utils/threads';
import { PostComposer } from './PostComposer';
import { PostHistory } from './PostHistory';
import { Reactions } from './Reactions';

interface PostItemProps {
  thread: Thread;
  conversation: ConversationFieldsFragment;
  personId: string;
  /** Posts after this number arrived since the reader last looked. */
  readBefore: number;
  onChanged: (post: PostFieldsFragment) => void;
}

type Open = 'reply' | 'edit' | 'hide' | 'history' | null;

/** A post, what can be done with it, and its replies beneath it. */
export function PostItem({ thread, conversation, personId, readBefore, onChanged }: PostItemProps) {
  const { t, i18n } = useTranslation();
  const { post } = thread;
  const action = useActionStatus();
  const [open, setOpen] = useState<Open>(null);
  const [text, setText] = useState('');
  const [editPost] = useMutation(EditPostMutation);
  const [deletePost] = useMutation(DeletePostMutation);
  const [hidePost] = useMutation(HidePostMutation);
  const mine = post.author?.id === personId;
  const gone = post.deletedAt !== null;
  const writable = conversation.lockedAt === null;
  const author = post.author?.displayName ?? t('conversations.post.someone');

  const run = async (
    key: string,
    work: () => Promise<{ data?: unknown } | undefined>,
    pick: (data: never) => PostFieldsFragment,
    done: string,
  ) => {
    let changed: PostFieldsFragment | undefined;
    const ok = await action.run(
      key,
      async () => {
        const result = await work();
        if (result?.data) changed = pick(result.data as never);
      },
      done,
    );
    if (ok && changed) {
      onChanged(changed);
      setOpen(null);
    }
  };

  return (
    <li>
      <Paper
        withBorder
        p="sm"
        data-testid={`post-${post.seq}`}
        component="article"
        aria-label={t('conversations.post.label', { name: author, seq: post.seq })}
      >
        <Stack gap={6}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{author}</Text>
            <Text size="sm" c="dimmed">
              {formatDateTime(post.createdAt, i18n.language)}
            </Text>
            {post.isQuestion && <Badge variant="default">{t('conversations.post.question')}</Badge>}
            {post.seq > readBefore && <Badge color="indigo">{t('conversations.post.new')}</Badge>}
            {post.editedAt && !gone && (
              <Text size="sm" c="dimmed">
                {t('conversations.post.edited')}
              </Text>
            )}
          </Group>
          {gone ? (
            <Text fs="italic">{t('conversations.post.deleted')}</Text>
          ) : post.hidden ? (
            <Stack gap={2}>
              <Text fs="italic">{t('conversations.post.hidden', { reason: post.hidden.reason })}</Text>
              {post.body !== null && (
                <Text c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                  {post.body}
                </Text>
              )}
            </Stack>
          ) : (
            <Text style={{ whiteSpace: 'pre-line' }}>{post.body}</Text>
          )}
          {(post.mentionedPeople.length > 0 || post.mentionedNetworks.length > 0) && !gone && (
            <Text size="sm">
              {t('conversations.post.mentions', {
                names: [...post.mentionedPeople.map((p) => p.displayName), ...post.mentionedNetworks.map((n) => n.name)].join(', '),
              })}
            </Text>
          )}
          {!gone && !post.hidden && <Reactions post={post} canReact={writable} onChanged={onChanged} />}
          <ActionStatusAlert status={action.status} />
          <Group gap="xs" wrap="wrap">
            {writable && !gone && (
              <Button
                size="compact-sm"
                variant="default"
                aria-expanded={open === 'reply'}
                onClick={() => setOpen(open === 'reply' ? null : 'reply')}
              >
                {t('conversations.post.reply')}
              </Button>
            )}
            {mine && writable && !gone && !post.hidden && (
              <Button
                size="compact-sm"
                variant="default"
                aria-expanded={open === 'edit'}
                onClick={() => {
                  setText(post.body ?? '');
                  setOpen(open === 'edit' ? null : 'edit');
                }}
              >
                {t('conversations.post.edit')}
              </Button>
            )}
            {post.editedAt && !gone && (
              <Button
                size="compact-sm"
                variant="subtle"
                aria-expanded={open === 'history'}
                onClick={() => setOpen(open === 'history' ? null : 'history')}
              >
                {t('conversations.post.history')}
              </Button>
            )}
            {mine && !gone && (
              <ConfirmButton
                size="compact-sm"
                variant="default"
                color="red"
                title={t('conversations.post.deleteTitle')}
                body={t('conversations.post.deleteBody')}
                confirmLabel={t('conversations.post.delete')}
                loading={action.pending === 'delete'}
                onConfirm={() =>
                  void run(
                    'delete',
                    () => deletePost({ variables: { input: { postId: post.id } } }),
                    (d: { deletePost: PostFieldsFragment }) => d.deletePost,
                    t('conversations.post.deletedDone'),
                  )
                }
              >
                {t('conversations.post.delete')}
              </ConfirmButton>
            )}
            {conversation.viewerModerates && !gone && !post.hidden && (
              <Button
                size="compact-sm"
                variant="default"
                color="red"
                aria-expanded={open === 'hide'}
                onClick={() => {
                  setText('');
                  setOpen(open === 'hide' ? null : 'hide');
                }}
              >
                {t('conversations.post.hide')}
              </Button>
            )}
          </Group>
          {open === 'history' && <PostHistory postId={post.id} />}
          {open === 'reply' && (
            <PostComposer
              conversationId={conversation.id}
              parentId={post.id}
              label={t('conversations.composer.replyTo', { name: author })}
              onPosted={(reply) => {
                onChanged(reply);
                setOpen(null);
              }}
              onCancel={() => setOpen(null)}
            />
          )}
          {(open === 'edit' || open === 'hide') && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (open === 'edit')
                  void run(
                    'edit',
                    () =>
                      editPost({
                        variables: {
                          input: {
                            postId: post.id,
                            body: text,
                            mentionedPersonIds: post.mentionedPeople.map((p) => p.id),
                            mentionedNetworkIds: post.mentionedNetworks.map((n) => n.id),
                          },
                        },
                      }),
                    (d: { editPost: PostFieldsFragment }) => d.editPost,
                    t('conversations.post.saved'),
                  );
                else
                  void run(
                    'hide',
                    () => hidePost({ variables: { input: { postId: post.id, reason: text } } }),
                    (d: { hidePost: PostFieldsFragment }) => d.hidePost,
                    t('conversations.post.hiddenDone'),
                  );
              }}
            >
              <Stack gap="xs">
                {open === 'edit' ? (
                  <Textarea
                    label={t('conversations.post.editLabel')}
                    required
                    rows={3}
                    maxLength={10000}
                    value={text}
                    onChange={(e) => setText(e.currentTarget.value)}
                  />
                ) : (
                  <TextInput
                    label={t('conversations.post.hideReason')}
                    required
                    maxLength={500}
                    value={text}
                    onChange={(e) => setText(e.currentTarget.value)}
                  />
                )}
                <Group gap="xs">
                  <Button type="submit" size="compact-sm" loading={action.pending === open}>
                    {open === 'edit' ? t('conversations.post.save') : t('conversations.post.hide')}
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => setOpen(null)}>
                    {t('conversations.composer.cancel')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
      {thread.replies.length > 0 && (
        <ul
          className="conversation-replies"
          style={{ listStyle: 'none', paddingLeft: 'var(--mantine-spacing-lg)', margin: 'var(--mantine-spacing-xs) 0 0' }}
        >
          {thread.replies.map((reply) => (
            <PostItem
              key={reply.post.id}
              thread={reply}
              conversation={conversation}
              personId={personId}
              readBefore={readBefore}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
