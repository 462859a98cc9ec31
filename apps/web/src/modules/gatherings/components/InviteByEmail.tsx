import { useMutation } from '@apollo/client/react';
import { Button, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteByEmailMutation as InviteByEmailResult } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/FormAlert';
import { useActionStatus } from '../../../ui/use-action-status';
import { InviteByEmailMutation } from '../graphql/invite-by-email.mutation';

export const MAX_EMAIL_LINES = 500;

type Result = InviteByEmailResult['inviteByEmail'];

/** What happened to each line: how many were sent, who was already coming, and which lines (by number) were not addresses. */
export function InviteByEmailResultSummary({ result }: { result: Result }) {
  const { t } = useTranslation('gatherings');
  return (
    <Stack gap="xs" role="status" data-testid="email-invite-result">
      <Text fw={700}>{t('gatherings.emailInvite.sent', { count: result.sent })}</Text>
      {result.alreadyRegistered.length > 0 && (
        <div>
          <Text>{t('gatherings.emailInvite.alreadyRegistered', { count: result.alreadyRegistered.length })}</Text>
          <List spacing={2} data-testid="email-invite-already">
            {result.alreadyRegistered.map((email) => (
              <List.Item key={email}>{email}</List.Item>
            ))}
          </List>
        </div>
      )}
      {result.invalid.length > 0 && (
        <div>
          <Text>{t('gatherings.emailInvite.invalid', { count: result.invalid.length })}</Text>
          <List spacing={2} data-testid="email-invite-invalid">
            {result.invalid.map((bad) => (
              <List.Item key={bad.line}>
                {t('gatherings.emailInvite.invalidLine', { line: bad.line, value: bad.value, reason: bad.reason })}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

const countLines = (text: string) => text.split('\n').filter((line) => line.trim() !== '').length;

/** Conveners paste addresses, one a line; each gets an invitation link by email. */
export function InviteByEmail({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('gatherings');
  const [emails, setEmails] = useState('');
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<Result>();
  const action = useActionStatus();
  const [invite] = useMutation(InviteByEmailMutation);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    const lines = countLines(emails);
    if (lines === 0) return setError(t('gatherings.emailInvite.none'));
    if (lines > MAX_EMAIL_LINES) return setError(t('gatherings.emailInvite.tooMany', { max: MAX_EMAIL_LINES, lines }));
    setError(undefined);
    const done = await action.run(
      'invite',
      async () => {
        const response = await invite({ variables: { input: { gatheringId, emails } } });
        setResult(response.data?.inviteByEmail);
      },
      '',
    );
    if (done) setEmails('');
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="email-invite-heading">
      <Title order={2} id="email-invite-heading">
        {t('gatherings.emailInvite.title')}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm" align="flex-start">
          {action.status?.tone === 'error' && <FormAlert message={action.status.message} />}
          <Textarea
            label={t('gatherings.emailInvite.label')}
            description={t('gatherings.emailInvite.hint', { max: MAX_EMAIL_LINES })}
            name="emails"
            rows={6}
            w="100%"
            value={emails}
            error={error}
            onChange={(event) => setEmails(event.currentTarget.value)}
          />
          <Button type="submit" loading={action.pending === 'invite'}>
            {t('gatherings.emailInvite.send')}
          </Button>
        </Stack>
      </form>
      {result && <InviteByEmailResultSummary result={result} />}
    </Stack>
  );
}
