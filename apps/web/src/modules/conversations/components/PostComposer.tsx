import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { useActionStatus } from '../../../ui/use-action-status';
import { AddPostMutation } from '../graphql/add-post.mutation';
import { MentionPicker, type Mention } from './MentionPicker';

interface PostComposerProps {
  conversationId: string;
  parentId?: string | null;
  /** Names the box: "Reply to Siân", or "Add to the conversation". */
  label: string;
  onPosted: (post: PostFieldsFragment) => void;
  onCancel?: () => void;
}

/** Writes a post or a reply, with mentions chosen from the picker. */
export function PostComposer({ conversationId, parentId = null, label, onPosted, onCancel }: PostComposerProps) {
  const { t } = useTranslation('conversations');
  const action = useActionStatus();
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [addPost] = useMutation(AddPostMutation);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    let posted: PostFieldsFragment | undefined;
    const ok = await action.run(
      'post',
      async () => {
        const result = await addPost({
          variables: {
            input: {
              conversationId,
              parentId,
              body,
              mentionedPersonIds: mentions.filter((m) => m.kind === 'person').map((m) => m.id),
              mentionedNetworkIds: mentions.filter((m) => m.kind === 'network').map((m) => m.id),
            },
          },
        });
        posted = result.data?.addPost;
      },
      t('conversations.composer.posted'),
    );
    if (ok && posted) {
      onPosted(posted);
      setBody('');
      setMentions([]);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack gap="xs">
        <Textarea label={label} required rows={3} maxLength={10000} value={body} onChange={(event) => setBody(event.currentTarget.value)} />
        <MentionPicker conversationId={conversationId} chosen={mentions} onChange={setMentions} />
        <ActionStatusAlert status={action.status} />
        <Group gap="xs">
          <Button type="submit" loading={action.pending === 'post'} disabled={body.trim() === ''}>
            {parentId ? t('conversations.composer.reply') : t('conversations.composer.post')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('conversations.composer.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
