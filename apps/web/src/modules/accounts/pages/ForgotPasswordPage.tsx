import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError } from '../../../ui/focus-first-error';
import { usePageTitle } from '../../../ui/use-page-title';
import { useServerErrors } from '../../../ui/use-server-errors';
import { routes } from '../../../app/routes';
import { AuthFormLayout } from '../components/AuthFormLayout';
import { RequestPasswordResetMutation } from '../graphql/request-password-reset.mutation';
import { emailRule } from '../utils/account-validators';

const FIELDS = ['email'] as const;

/** Asks for a link to set a new password; says the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('forgotPassword.title'));
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm({ mode: 'uncontrolled', initialValues: { email: '' }, validate: { email: emailRule(t) } });
  const serverErrors = useServerErrors(form, FIELDS);
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);

  const submit = form.onSubmit(
    async ({ email }) => {
      serverErrors.clearError();
      try {
        await request({ variables: { input: { email: email.trim() } } });
        setSentTo(email.trim());
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <AuthFormLayout
      title={t('forgotPassword.title')}
      footer={
        <Anchor component={Link} to={routes.signIn()} underline="always">
          {t('forgotPassword.backToSignIn')}
        </Anchor>
      }
    >
      {sentTo ? (
        <FormAlert tone="success" message={t('forgotPassword.sent', { email: sentTo })} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('forgotPassword.intro')}</Text>
            <FormAlert message={serverErrors.message} />
            <TextInput
              label={t('signIn.email')}
              name="email"
              type="email"
              autoComplete="email"
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={loading}>
              {t('forgotPassword.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthFormLayout>
  );
}
