import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ErrorStateProps {
  message?: string;
  onRetry?: () => void;
}

export function ErrorState({ message, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert role="alert" color="red" variant="light" title={t('status.errorTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message ?? t('errors.unexpected')}</Text>
        {onRetry && (
          <Button variant="outline" color="red" size="xs" onClick={onRetry}>
            {t('status.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
