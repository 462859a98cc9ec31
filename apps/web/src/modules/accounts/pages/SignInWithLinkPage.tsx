import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorText } from '../../../ui/graphql-errors';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { SignInWithLinkMutation } from '../graphql/sign-in-with-link.mutation';
import { useAfterSignIn, writeCurrentPerson } from '../hooks/use-signed-in';
import { safeNextPath } from '../utils/safe-next-path';
import { routes } from '../../../app/routes';

/** Where the one-time link in an email lands: signs in with its token, then goes on to `next`. */
export function SignInWithLinkPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('signInLink.title'));
  const [searchParams] = useSearchParams();
  const afterSignIn = useAfterSignIn();
  const [failure, setFailure] = useState<string>();
  const [signInWithLink] = useMutation(SignInWithLinkMutation, {
    update: (cache, { data }) => {
      if (data) writeCurrentPerson(cache, data.signInWithLink);
    },
  });
  // The token works once: StrictMode's second effect run (and any re-render) must not spend it again.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    signInWithLink({ variables: { input: { token: searchParams.get('token') ?? '' } } })
      .then(({ data }) => {
        if (data) afterSignIn(data.signInWithLink);
      })
      .catch((error: unknown) => {
        setFailure(errorText(error, t));
      });
  }, [signInWithLink, searchParams, afterSignIn, t]);

  return (
    <Container size="xs" py="xl">
      <Stack gap="lg">
        <Title order={1}>{failure ? t('signInLink.failedTitle') : t('signInLink.title')}</Title>
        {failure ? (
          <Alert role="alert" color="red" variant="light">
            <Stack gap="sm">
              <Text size="sm">{failure}</Text>
              <Anchor component={Link} to={routes.signIn({ next: safeNextPath(searchParams.get('next')) })} underline="always" size="sm">
                {t('signInLink.signInInstead')}
              </Anchor>
            </Stack>
          </Alert>
        ) : (
          <LoadingState label={t('signInLink.working')} />
        )}
      </Stack>
    </Container>
  );
}
