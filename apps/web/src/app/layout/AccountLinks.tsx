import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentPerson } from '../../modules/accounts/hooks/use-current-person';

/** Who is signed in, or the ways to sign in. */
export function AccountLinks() {
  const { t } = useTranslation();
  const { person, loading } = useCurrentPerson();
  if (loading) return null;
  if (person) {
    return (
      <Text size="sm" data-testid="signed-in-as">
        {t('nav.signedInAs')}{' '}
        <Anchor component={Link} to="/account" fw={700} underline="always">
          {person.displayName}
        </Anchor>
      </Text>
    );
  }
  return (
    <Group gap="xs">
      <Button component={Link} to="/sign-in" variant="subtle" size="sm">
        {t('nav.signIn')}
      </Button>
      <Button component={Link} to="/sign-up" size="sm">
        {t('nav.signUp')}
      </Button>
    </Group>
  );
}
