import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { FormAlert } from '../../../ui/FormAlert';
import { PasswordField } from '../../../ui/PasswordField';
import { usePageTitle } from '../../../ui/use-page-title';
import { useServerErrors } from '../../../ui/use-server-errors';
import { AuthFormLayout } from '../components/AuthFormLayout';
import { focusFirstError } from '../../../ui/focus-first-error';
import { SignInMutation } from '../graphql/sign-in.mutation';
import { useCurrentPerson } from '../hooks/use-current-person';
import { useAfterSignIn, writeCurrentPerson } from '../hooks/use-signed-in';
import { emailRule, requiredRule } from '../utils/account-validators';
import { safeNextPath } from '../utils/safe-next-path';
import { routes } from '../../../app/routes';

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('signIn.title'));
  const [searchParams] = useSearchParams();
  const afterSignIn = useAfterSignIn();
  const { person } = useCurrentPerson();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: { email: emailRule(t), password: requiredRule(t) },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const [signIn, { loading }] = useMutation(SignInMutation, {
    update: (cache, { data }) => {
      if (data) writeCurrentPerson(cache, data.signIn);
    },
  });

  const submit = form.onSubmit(
    async ({ email, password }) => {
      serverErrors.clearError();
      try {
        const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
        if (data) afterSignIn(data.signIn);
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  const next = searchParams.get('next');
  // Already signed in (or just signed in): nothing to do here.
  if (person) return <Navigate to={safeNextPath(next)} replace />;
  const signUpHref = routes.signUp({ next });

  return (
    <AuthFormLayout
      title={t('signIn.title')}
      footer={
        <>
          {t('signIn.noAccount')}{' '}
          <Anchor component={Link} to={signUpHref} underline="always">
            {t('signIn.signUpLink')}
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
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
          <PasswordField
            label={t('signIn.password')}
            name="password"
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading}>
            {t('signIn.submit')}
          </Button>
          <Anchor component={Link} to={routes.forgotPassword()} underline="always" size="sm">
            {t('signIn.forgotPassword')}
          </Anchor>
        </Stack>
      </form>
    </AuthFormLayout>
  );
}
