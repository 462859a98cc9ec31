import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment } from '../../../gql/graphql';

/** A post's words (or the mark left when it was deleted or hidden) and whom it mentions. */
export function PostContent({ post }: { post: PostFieldsFragment }) {
  const { t } = useTranslation('conversations');
  if (post.deletedAt !== null) return <Text fs="italic">{t('conversations.post.deleted')}</Text>;
  const mentioned = [...post.mentionedPeople.map((p) => p.displayName), ...post.mentionedNetworks.map((n) => n.name)];
  return (
    <>
      {post.hidden ? (
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
      {mentioned.length > 0 && <Text size="sm">{t('conversations.post.mentions', { names: mentioned.join(', ') })}</Text>}
    </>
  );
}
