import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError } from '../../../ui/focus-first-error';
import { usePageTitle } from '../../../ui/use-page-title';
import { useServerErrors } from '../../../ui/use-server-errors';
import { routes } from '../../../app/routes';
import { AuthFormLayout } from '../components/AuthFormLayout';
import { ResetPasswordMutation } from '../graphql/reset-password.mutation';
import { useAfterSignIn, writeCurrentPerson } from '../hooks/use-signed-in';
import { newPasswordRule } from '../utils/account-validators';
import { NewPasswordField } from '../components/NewPasswordField';

const FIELDS = ['newPassword'] as const;

/** Where a password-reset link lands: a new password, then signed in (every other session is signed out). */
export function ResetPasswordPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('resetPassword.title'));
  const [searchParams] = useSearchParams();
  const afterSignIn = useAfterSignIn();
  const form = useForm({ mode: 'uncontrolled', initialValues: { newPassword: '' }, validate: { newPassword: newPasswordRule(t) } });
  const serverErrors = useServerErrors(form, FIELDS);
  const [reset, { loading }] = useMutation(ResetPasswordMutation, {
    update: (cache, { data }) => {
      if (data) writeCurrentPerson(cache, data.resetPassword);
    },
  });

  const submit = form.onSubmit(
    async ({ newPassword }) => {
      serverErrors.clearError();
      try {
        const { data } = await reset({ variables: { input: { token: searchParams.get('token') ?? '', newPassword } } });
        if (data) afterSignIn(data.resetPassword);
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <AuthFormLayout
      title={t('resetPassword.title')}
      footer={
        <Anchor component={Link} to={routes.forgotPassword()} underline="always">
          {t('resetPassword.newLink')}
        </Anchor>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('resetPassword.intro')}</Text>
          <FormAlert message={serverErrors.message} />
          <NewPasswordField key={form.key('newPassword')} {...form.getInputProps('newPassword')} />
          <Button type="submit" loading={loading}>
            {t('resetPassword.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFormLayout>
  );
}
