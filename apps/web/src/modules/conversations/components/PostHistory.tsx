import { useQuery } from '@apollo/client/react';
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../ui/LoadingState';
import { ErrorState } from '../../../ui/ErrorState';
import { PostHistoryQuery } from '../graphql/post-history.query';
import { formatDateTime } from '../../../ui/dates';

/** What a post said before each edit, oldest first. */
export function PostHistory({ postId }: { postId: string }) {
  const { t, i18n } = useTranslation('conversations');
  const { data, loading, error, refetch } = useQuery(PostHistoryQuery, { variables: { postId }, fetchPolicy: 'network-only' });
  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data || data.postHistory.length === 0) return <Text size="sm">{t('conversations.history.none')}</Text>;
  return (
    <List spacing={4} size="sm" aria-label={t('conversations.history.title')}>
      {data.postHistory.map((edit) => (
        <List.Item key={edit.editedAt}>
          <Text size="sm" c="dimmed">
            {t('conversations.history.until', {
              written: formatDateTime(edit.writtenAt, i18n.language),
              edited: formatDateTime(edit.editedAt, i18n.language),
            })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {edit.body}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
