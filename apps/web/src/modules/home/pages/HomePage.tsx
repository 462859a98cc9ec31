import { Button, Container, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentPerson } from '../../accounts';
import { usePageTitle } from '../../../ui/use-page-title';
import { routes } from '../../../app/routes';

const FEATURES = [
  ['home.graphTitle', 'home.graphBody'],
  ['home.convenersTitle', 'home.convenersBody'],
  ['home.gatheringsTitle', 'home.gatheringsBody'],
  ['home.openSpaceTitle', 'home.openSpaceBody'],
  ['home.harvestTitle', 'home.harvestBody'],
  ['home.fundersTitle', 'home.fundersBody'],
] as const;

function CallToAction() {
  const { t } = useTranslation('home');
  const { person, loading } = useCurrentPerson();
  if (loading) return null;
  if (person) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text>{t('home.ctaSignedIn', { name: person.displayName })}</Text>
        <Button component={Link} to={routes.account()}>
          {t('home.goToAccount')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="sm" align="flex-start">
      <Text>{t('home.ctaSignedOut')}</Text>
      <Group>
        <Button component={Link} to={routes.signUp()}>
          {t('nav.signUp')}
        </Button>
        <Button component={Link} to={routes.signIn()} variant="outline">
          {t('nav.signIn')}
        </Button>
      </Group>
    </Stack>
  );
}

export function HomePage() {
  const { t } = useTranslation('home');
  usePageTitle(t('nav.home'));
  return (
    <Container size="lg" py="xl">
      <Stack gap="xl">
        <Stack gap="md" maw={720}>
          <Title order={1}>{t('home.title')}</Title>
          <Text size="lg">{t('home.intro')}</Text>
        </Stack>
        <section aria-labelledby="cta-heading">
          <Title order={2} id="cta-heading" mb="sm">
            {t('home.ctaTitle')}
          </Title>
          <CallToAction />
        </section>
        <section aria-labelledby="features-heading">
          <Title order={2} id="features-heading" mb="md">
            {t('home.featuresTitle')}
          </Title>
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {FEATURES.map(([title, body]) => (
              <Paper component="li" key={title} withBorder p="md" radius="md">
                <Title order={3} size="h4" mb="xs">
                  {t(title)}
                </Title>
                <Text>{t(body)}</Text>
              </Paper>
            ))}
          </SimpleGrid>
        </section>
      </Stack>
    </Container>
  );
}
