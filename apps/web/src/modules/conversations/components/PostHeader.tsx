import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/dates';

interface PostHeaderProps {
  post: PostFieldsFragment;
  author: string;
  /** It arrived since the reader last looked. */
  isNew: boolean;
}

/** Who wrote a post and when, and what kind of post it is (a question, new, edited). */
export function PostHeader({ post, author, isNew }: PostHeaderProps) {
  const { t, i18n } = useTranslation('conversations');
  return (
    <Group gap="xs" wrap="wrap">
      <Text fw={600}>{author}</Text>
      <Text size="sm" c="dimmed">
        {formatDateTime(post.createdAt, i18n.language)}
      </Text>
      {post.isQuestion && <Badge variant="default">{t('conversations.post.question')}</Badge>}
      {isNew && <Badge color="indigo">{t('conversations.post.new')}</Badge>}
      {post.editedAt && post.deletedAt === null && (
        <Text size="sm" c="dimmed">
          {t('conversations.post.edited')}
        </Text>
      )}
    </Group>
  );
}
