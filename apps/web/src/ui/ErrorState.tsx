import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from './use-error-text';

interface ErrorStateProps {
  /** What the query threw, worded for the reader; without it, a general "something went wrong". */
  error?: unknown;
  onRetry?: () => void;
}

export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const message = error === undefined ? undefined : errorText(error);
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
