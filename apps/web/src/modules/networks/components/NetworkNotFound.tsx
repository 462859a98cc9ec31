import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../ui/use-page-title';
import { routes } from '../../../app/routes';

export function NetworkNotFound() {
  const { t } = useTranslation('networks');
  usePageTitle(t('networks.profile.notFoundTitle'));
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>{t('networks.profile.notFoundTitle')}</Title>
        <Text>{t('networks.profile.notFoundBody')}</Text>
        <Anchor component={Link} to={routes.directory()} underline="always">
          {t('networks.profile.backToDirectory')}
        </Anchor>
      </Stack>
    </Container>
  );
}
