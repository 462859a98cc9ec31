import { Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationFieldsFragment, PostFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { usePostActions } from '../hooks/use-post-actions';
import type { Thread } from '../utils/threads';
import { EditPostForm } from './EditPostForm';
import { HidePostForm } from './HidePostForm';
import { PostActions, type OpenPanel } from './PostActions';
import { PostComposer } from './PostComposer';
import { PostContent } from './PostContent';
import { PostHeader } from './PostHeader';
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

/** A post, what can be done with it (one panel open at a time), and its replies beneath it. */
export function PostItem({ thread, conversation, personId, readBefore, onChanged }: PostItemProps) {
  const { t } = useTranslation('conversations');
  const { post } = thread;
  const actions = usePostActions(post.id, onChanged);
  const [open, setOpen] = useState<OpenPanel>(null);
  const writable = conversation.lockedAt === null;
  const author = post.author?.displayName ?? t('conversations.post.someone');
  const close = (ok: boolean) => ok && setOpen(null);

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
          <PostHeader post={post} author={author} isNew={post.seq > readBefore} />
          <PostContent post={post} />
          {post.deletedAt === null && !post.hidden && <Reactions post={post} canReact={writable} onChanged={onChanged} />}
          <ActionStatusAlert status={actions.status} />
          <PostActions
            post={post}
            mine={post.author?.id === personId}
            writable={writable}
            moderates={conversation.viewerModerates}
            open={open}
            onToggle={(panel) => setOpen(open === panel ? null : panel)}
            deleting={actions.pending === 'delete'}
            onDelete={() => void actions.remove().then(close)}
          />
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
          {open === 'edit' && (
            <EditPostForm
              post={post}
              conversationId={conversation.id}
              saving={actions.pending === 'edit'}
              onSave={(body, mentions) => void actions.edit(body, mentions).then(close)}
              onCancel={() => setOpen(null)}
            />
          )}
          {open === 'hide' && (
            <HidePostForm
              hiding={actions.pending === 'hide'}
              onHide={(reason) => void actions.hide(reason).then(close)}
              onCancel={() => setOpen(null)}
            />
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
