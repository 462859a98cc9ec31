import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface DirectoryNoMatchesProps {
  filtered: boolean;
  onClearFilters: () => void;
  testId: string;
}

/** The directory found nothing for this search or these filters (the list and the map say it alike). */
export function DirectoryNoMatches({ filtered, onClearFilters, testId }: DirectoryNoMatchesProps) {
  const { t } = useTranslation('networks');
  return (
    <Stack gap="sm" align="flex-start" data-testid={testId}>
      <Title order={3}>{t('networks.directory.emptyTitle')}</Title>
      <Text>{filtered ? t('networks.directory.emptyWithFilters') : t('networks.directory.emptyNoFilters')}</Text>
      {filtered && (
        <Button variant="outline" onClick={onClearFilters}>
          {t('networks.directory.clearFilters')}
        </Button>
      )}
    </Stack>
  );
}
