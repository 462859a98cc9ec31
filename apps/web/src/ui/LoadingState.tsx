import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LoadingStateProps {
  label?: string;
}

export function LoadingState({ label }: LoadingStateProps) {
  const { t } = useTranslation();
  return (
    <Center role="status" py="xl">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{label ?? t('status.loading')}</VisuallyHidden>
    </Center>
  );
}
