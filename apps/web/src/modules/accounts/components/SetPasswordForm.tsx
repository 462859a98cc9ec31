import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError } from '../../../ui/focus-first-error';
import { useServerErrors } from '../../../ui/use-server-errors';
import { MeQuery } from '../graphql/me.query';
import { SetPasswordMutation } from '../graphql/set-password.mutation';
import { newPasswordRule } from '../utils/account-validators';
import { NewPasswordField } from './NewPasswordField';

const FIELDS = ['newPassword'] as const;

/** For an account made through a sign-in link: a first password (then the account page offers to change it). */
export function SetPasswordForm() {
  const { t } = useTranslation('accounts');
  const form = useForm({ mode: 'uncontrolled', initialValues: { newPassword: '' }, validate: { newPassword: newPasswordRule(t) } });
  const serverErrors = useServerErrors(form, FIELDS);
  const [setPassword, { loading }] = useMutation(SetPasswordMutation, { refetchQueries: [MeQuery], awaitRefetchQueries: true });

  const submit = form.onSubmit(
    async (input) => {
      serverErrors.clearError();
      try {
        await setPassword({ variables: { input } });
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <section aria-labelledby="set-password-heading">
      <Title order={2} id="set-password-heading" mb="md">
        {t('account.setPasswordTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('account.setPasswordIntro')}</Text>
          <FormAlert message={serverErrors.message} />
          <NewPasswordField key={form.key('newPassword')} {...form.getInputProps('newPassword')} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('account.setPassword')}
          </Button>
        </Stack>
      </form>
    </section>
  );
}
