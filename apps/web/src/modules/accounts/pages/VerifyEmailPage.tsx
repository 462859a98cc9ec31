import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PasswordField } from '../../../ui/PasswordField';
import { focusFirstError } from '../../../ui/focus-first-error';
import { usePageTitle } from '../../../ui/use-page-title';
import { useServerErrors } from '../../../ui/use-server-errors';
import { routes } from '../../../app/routes';
import { VerifyEmailMutation } from '../graphql/verify-email.mutation';
import { useCurrentPerson } from '../hooks/use-current-person';
import { writeCurrentPerson } from '../hooks/use-signed-in';
import { requiredRule } from '../utils/account-validators';
import { safeNextPath } from '../utils/safe-next-path';

/**
 * Where the link that proves an email address lands. Signed in to the account
 * it is for, it proves the address at once; signed out, it asks for the
 * account's password first (so nobody proves an address for an account a
 * stranger made with it).
 */
const FIELDS = ['password'] as const;

export function VerifyEmailPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('verifyEmail.title'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  // Where they were going when they signed up (the email's link carries it): offered once the address is confirmed.
  const asked = searchParams.get('next');
  const next = asked && safeNextPath(asked) === asked ? asked : null;
  const { person, loading } = useCurrentPerson();
  const [done, setDone] = useState(false);
  const form = useForm({ mode: 'uncontrolled', initialValues: { password: '' }, validate: { password: requiredRule(t) } });
  const serverErrors = useServerErrors(form, FIELDS);
  const [verify, { loading: verifying }] = useMutation(VerifyEmailMutation, {
    update: (cache, { data }) => {
      if (data) writeCurrentPerson(cache, data.verifyEmail);
    },
  });
  // The token works once: StrictMode's second effect run must not spend it again.
  const started = useRef(false);

  useEffect(() => {
    if (loading || !person || started.current) return;
    started.current = true;
    verify({ variables: { input: { token } } })
      .then(() => setDone(true))
      .catch((error: unknown) => serverErrors.showError(error));
  }, [loading, person, token, verify, serverErrors]);

  const submit = form.onSubmit(
    async ({ password }) => {
      serverErrors.clearError();
      try {
        await verify({ variables: { input: { token, password } } });
        setDone(true);
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  let body;
  if (done) {
    body = (
      <Alert role="status" color="teal" variant="light">
        <Stack gap="sm">
          <Text>{t('verifyEmail.done')}</Text>
          {next && (
            <Anchor component={Link} to={next} underline="always" fw={600}>
              {t('verifyEmail.carryOn')}
            </Anchor>
          )}
          <Anchor component={Link} to={routes.account()} underline="always">
            {t('verifyEmail.toAccount')}
          </Anchor>
        </Stack>
      </Alert>
    );
  } else if (loading || (person && !serverErrors.message)) {
    body = <LoadingState label={t('verifyEmail.working')} />;
  } else if (person) {
    body = <FormAlert message={serverErrors.message} />;
  } else {
    body = (
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('verifyEmail.passwordIntro')}</Text>
          <FormAlert message={serverErrors.message} />
          <PasswordField
            label={t('verifyEmail.password')}
            name="password"
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={verifying}>
            {t('verifyEmail.submit')}
          </Button>
          <Anchor component={Link} to={routes.forgotPassword()} underline="always" size="sm">
            {t('signIn.forgotPassword')}
          </Anchor>
        </Stack>
      </form>
    );
  }

  return (
    <Container size="xs" py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('verifyEmail.title')}</Title>
        {body}
      </Stack>
    </Container>
  );
}
