import { useMutation } from '@apollo/client/react';
import { Alert, Button, Container, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/graphql-errors';
import { ResendVerificationEmailMutation } from '../graphql/resend-verification-email.mutation';
import { useCurrentPerson } from '../hooks/use-current-person';

/** Shown to a signed-in person who has not proved their address: invitations to it wait until they do. */
export function VerifyEmailBanner() {
  const { t } = useTranslation();
  const { person } = useCurrentPerson();
  const [resend, { loading }] = useMutation(ResendVerificationEmailMutation);
  const [outcome, setOutcome] = useState<{ tone: 'sent' | 'failed'; text: string }>();
  if (!person || person.emailVerified !== false) return null;

  const send = async () => {
    try {
      await resend();
      setOutcome({ tone: 'sent', text: t('verifyBanner.sent', { email: person.email ?? '' }) });
    } catch (error) {
      setOutcome({ tone: 'failed', text: errorText(error, t) });
    }
  };

  return (
    <Container size="lg" pt="md">
      <Alert color="yellow" variant="light" data-testid="verify-email-banner">
        <Group justify="space-between" gap="sm">
          <div>
            <Text fw={700}>{t('verifyBanner.title')}</Text>
            <Text size="sm">{t('verifyBanner.body', { email: person.email ?? '' })}</Text>
          </div>
          <Button size="xs" variant="outline" color="dark" loading={loading} onClick={() => void send()}>
            {t('verifyBanner.resend')}
          </Button>
        </Group>
        <Text size="sm" mt="xs" role={outcome?.tone === 'failed' ? 'alert' : 'status'}>
          {outcome?.text}
        </Text>
      </Alert>
    </Container>
  );
}
