import { useMutation } from '@apollo/client/react';
import { Button, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui/FormAlert';
import { PasswordField } from '../../../ui/PasswordField';
import { useServerErrors } from '../../../ui/use-server-errors';
import { ChangePasswordMutation } from '../graphql/change-password.mutation';
import { newPasswordRule, requiredRule } from '../utils/account-validators';
import { focusFirstError } from '../../../ui/focus-first-error';
import { NewPasswordField } from './NewPasswordField';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation('accounts');
  const [changed, setChanged] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: { currentPassword: requiredRule(t), newPassword: newPasswordRule(t) },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);

  const submit = form.onSubmit(
    async (input) => {
      serverErrors.clearError();
      setChanged(false);
      try {
        await changePassword({ variables: { input } });
        form.reset();
        setChanged(true);
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <section aria-labelledby="password-heading">
      <Title order={2} id="password-heading" mb="md">
        {t('account.passwordTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={serverErrors.message} />
          <FormAlert tone="success" message={changed ? t('account.passwordChanged') : undefined} />
          <PasswordField
            label={t('account.currentPassword')}
            name="currentPassword"
            autoComplete="current-password"
            required
            key={form.key('currentPassword')}
            {...form.getInputProps('currentPassword')}
          />
          <NewPasswordField key={form.key('newPassword')} {...form.getInputProps('newPassword')} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('account.changePassword')}
          </Button>
        </Stack>
      </form>
    </section>
  );
}
