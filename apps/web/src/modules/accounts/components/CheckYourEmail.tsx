import { Alert, Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../ui/use-page-title';
import { routes } from '../../../app/routes';

/** After sign-up: the next step is the link mailed to `email` (said the same whether or not it had an account). */
export function CheckYourEmail({ email }: { email: string }) {
  const { t } = useTranslation('accounts');
  usePageTitle(t('checkEmail.title'));
  return (
    <Container size="xs" py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('checkEmail.title')}</Title>
        <Alert role="status" color="teal" variant="light">
          <Stack gap="xs">
            <Text>{t('checkEmail.sent', { email })}</Text>
            <Text size="sm">{t('checkEmail.already')}</Text>
          </Stack>
        </Alert>
        <Text>
          <Anchor component={Link} to={routes.signIn()} underline="always">
            {t('checkEmail.signIn')}
          </Anchor>
        </Text>
      </Stack>
    </Container>
  );
}
