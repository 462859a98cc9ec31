import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkQuery } from '../../../../gql/graphql';
import { formatDate } from '../../../../ui/dates';
import { stageLabel } from '../../utils/network-enums';

/** The stages a network has moved through, oldest first. */
export function LifecycleTimeline({ history }: { history: NetworkQuery['network']['lifecycleHistory'] }) {
  const { t, i18n } = useTranslation('networks');
  if (history.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="lifecycle-heading">
      <Title order={2} id="lifecycle-heading">
        {t('networks.lifecycle.historyTitle')}
      </Title>
      <List type="ordered" spacing="sm" data-testid="lifecycle-history">
        {history.map((event) => (
          <List.Item key={`${event.stage}-${event.at}`}>
            <Text fw={700}>{stageLabel(t, event.stage)}</Text>
            <Text size="sm" c="dimmed">
              <time dateTime={event.at}>{formatDate(event.at, i18n.language)}</time>
            </Text>
            {event.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {event.note}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
