import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Why nothing can be added or changed: the gathering has closed, and what it made stays to read. */
export function ClosedNotice() {
  const { t } = useTranslation('open-space');
  return (
    <Paper withBorder p="sm" role="note" data-testid="closed-notice">
      <Text fw={700}>{t('openSpace.closed.title')}</Text>
      <Text size="sm">{t('openSpace.closed.body')}</Text>
    </Paper>
  );
}
