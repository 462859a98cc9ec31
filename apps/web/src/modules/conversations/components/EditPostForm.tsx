import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { MentionPicker, type Mention } from './MentionPicker';

interface EditPostFormProps {
  post: PostFieldsFragment;
  conversationId: string;
  saving: boolean;
  onSave: (body: string, mentions: Mention[]) => void;
  onCancel: () => void;
}

/** The author changes a post's words and whom it mentions (those mentioned now are chosen already). */
export function EditPostForm({ post, conversationId, saving, onSave, onCancel }: EditPostFormProps) {
  const { t } = useTranslation('conversations');
  const [body, setBody] = useState(post.body ?? '');
  const [mentions, setMentions] = useState<Mention[]>(() => [
    ...post.mentionedPeople.map((p) => ({ kind: 'person' as const, id: p.id, name: p.displayName })),
    ...post.mentionedNetworks.map((n) => ({ kind: 'network' as const, id: n.id, name: n.name })),
  ]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave(body, mentions);
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('conversations.post.editLabel')}
          required
          rows={3}
          maxLength={10000}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <MentionPicker conversationId={conversationId} chosen={mentions} onChange={setMentions} />
        <Group gap="xs">
          <Button type="submit" size="compact-sm" loading={saving} disabled={body.trim() === ''}>
            {t('conversations.post.save')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onCancel}>
            {t('conversations.composer.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
