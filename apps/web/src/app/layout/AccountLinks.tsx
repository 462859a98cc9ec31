import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentPerson } from '../../modules/accounts';
import { routes } from '../routes';

/** Who is signed in, or the ways to sign in. */
export function AccountLinks() {
  const { t } = useTranslation();
  const { person, loading } = useCurrentPerson();
  if (loading) return null;
  if (person) {
    return (
      <Text size="sm" data-testid="signed-in-as">
        {t('nav.signedInAs')}{' '}
        <Anchor component={Link} to={routes.account()} fw={700} underline="always">
          {person.displayName}
        </Anchor>
      </Text>
    );
  }
  return (
    <Group gap="xs">
      <Button component={Link} to={routes.signIn()} variant="subtle" size="sm">
        {t('nav.signIn')}
      </Button>
      <Button component={Link} to={routes.signUp()} size="sm">
        {t('nav.signUp')}
      </Button>
    </Group>
  );
}
