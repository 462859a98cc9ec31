import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../ui/use-page-title';
import { routes } from '../../../app/routes';

export function GatheringNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.gathering.title'));
  return (
    <Container size="md" py="xl">
      <Stack gap="md">
        <Title order={1}>{t('notFound.gathering.title')}</Title>
        <Text>{t('notFound.gathering.body')}</Text>
        <Anchor component={Link} to={routes.home()} underline="always">
          {t('notFound.home')}
        </Anchor>
      </Stack>
    </Container>
  );
}
