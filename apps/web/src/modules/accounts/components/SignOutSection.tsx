import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../../ui/FormAlert';
import { errorText } from '../../../ui/graphql-errors';
import { SignOutMutation } from '../graphql/sign-out.mutation';
import { writeCurrentPerson } from '../hooks/use-signed-in';
import { routes } from '../../../app/routes';

export function SignOutSection() {
  const { t } = useTranslation('accounts');
  const navigate = useNavigate();
  const [message, setMessage] = useState<string>();
  const [signOut, { loading, client }] = useMutation(SignOutMutation);

  const handleSignOut = async () => {
    setMessage(undefined);
    try {
      await signOut();
      // Leave the page first so it does not bounce to sign-in, then forget
      // everything cached for this person; resetStore refetches what is on
      // screen (the header's `me`), now as a signed-out visitor.
      writeCurrentPerson(client.cache, null);
      await navigate(routes.home(), { replace: true });
      await client.resetStore();
    } catch (error) {
      setMessage(errorText(error, t));
    }
  };

  return (
    <section aria-labelledby="sign-out-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} id="sign-out-heading">
          {t('account.signOutTitle')}
        </Title>
        <Text>{t('account.signOutBody')}</Text>
        <FormAlert message={message} />
        <Button variant="outline" onClick={() => void handleSignOut()} loading={loading}>
          {t('account.signOut')}
        </Button>
      </Stack>
    </section>
  );
}
