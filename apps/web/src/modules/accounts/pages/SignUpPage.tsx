import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { FormAlert } from '../../../ui/FormAlert';
import { PasswordField } from '../../../ui/PasswordField';
import { usePageTitle } from '../../../ui/use-page-title';
import { useServerErrors } from '../../../ui/use-server-errors';
import { AuthFormLayout } from '../components/AuthFormLayout';
import { CheckYourEmail } from '../components/CheckYourEmail';
import { focusFirstError } from '../../../ui/focus-first-error';
import { SignUpMutation } from '../graphql/sign-up.mutation';
import { useCurrentPerson } from '../hooks/use-current-person';
import { PASSWORD_MIN_LENGTH, emailRule, newPasswordRule, requiredRule } from '../utils/account-validators';
import { safeNextPath } from '../utils/safe-next-path';
import { routes } from '../../../app/routes';

const FIELDS = ['email', 'displayName', 'password'] as const;

export function SignUpPage() {
  const { t, i18n } = useTranslation('accounts');
  usePageTitle(t('signUp.title'));
  const [searchParams] = useSearchParams();
  const { person } = useCurrentPerson();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', displayName: '', password: '' },
    validate: { email: emailRule(t), displayName: requiredRule(t), password: newPasswordRule(t) },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const [signUp, { loading }] = useMutation(SignUpMutation);
  // The address the link went to: the page then says to look in that inbox (the same whether or not it had an account).
  const [sentTo, setSentTo] = useState<string>();

  const submit = form.onSubmit(
    async ({ email, displayName, password }) => {
      serverErrors.clearError();
      try {
        // Weave writes to them in the language they signed up in.
        const locale = i18n.resolvedLanguage === 'cy' ? 'cy' : 'en';
        // Where they were going comes back in the email's link (a path within Weave only, or none).
        const goingTo = searchParams.get('next');
        const returnTo = goingTo && safeNextPath(goingTo) === goingTo ? { next: goingTo } : {};
        const input = { email: email.trim(), displayName: displayName.trim(), password, locale, ...returnTo };
        await signUp({ variables: { input } });
        setSentTo(input.email);
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  const next = searchParams.get('next');
  // Already signed in: nothing to do here.
  if (person) return <Navigate to={safeNextPath(next)} replace />;
  const signInHref = routes.signIn({ next });
  if (sentTo) return <CheckYourEmail email={sentTo} />;

  return (
    <AuthFormLayout
      title={t('signUp.title')}
      footer={
        <>
          {t('signUp.haveAccount')}{' '}
          <Anchor component={Link} to={signInHref} underline="always">
            {t('signUp.signInLink')}
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={serverErrors.message} />
          <TextInput
            label={t('signUp.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('signUp.displayName')}
            description={t('signUp.displayNameHint')}
            name="displayName"
            autoComplete="nickname"
            required
            key={form.key('displayName')}
            {...form.getInputProps('displayName')}
          />
          <PasswordField
            label={t('signUp.password')}
            description={t('signUp.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            name="password"
            autoComplete="new-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading}>
            {t('signUp.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFormLayout>
  );
}
