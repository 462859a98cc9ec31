import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../../ui/FormAlert';
import { focusFirstError } from '../../../../ui/focus-first-error';
import { useServerErrors } from '../../../../ui/use-server-errors';
import { useCurrentPerson } from '../../../accounts';
import { ClaimNetworkMutation } from '../../graphql/claim-network.mutation';
import { routes } from '../../../../app/routes';

const FIELDS = ['message'] as const;

function ClaimForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation('networks');
  const [sent, setSent] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { message: '' },
    validate: { message: (value) => (value.trim() === '' ? t('validation.required') : null) },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const [claimNetwork, { loading }] = useMutation(ClaimNetworkMutation);

  const submit = form.onSubmit(
    async (values) => {
      serverErrors.clearError();
      try {
        await claimNetwork({ variables: { input: { networkId, message: values.message.trim() } } });
        setSent(true);
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  if (sent) return <FormAlert tone="success" message={t('networks.claim.sent')} />;
  return (
    <form onSubmit={submit} noValidate aria-label={t('networks.claim.submit')}>
      <Stack gap="sm">
        <FormAlert message={serverErrors.message} />
        <Textarea
          label={t('networks.claim.message')}
          description={t('networks.claim.messageHint')}
          name="message"
          required
          rows={3}
          key={form.key('message')}
          {...form.getInputProps('message')}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('networks.claim.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** An unclaimed listing: someone else added it. Its own people can claim it. */
export function ClaimNetworkNotice({ networkId, slug, isFacilitator }: { networkId: string; slug: string; isFacilitator: boolean }) {
  const { t } = useTranslation('networks');
  const { person } = useCurrentPerson();
  return (
    <Alert color="yellow" variant="light" title={t('networks.claim.title')} data-testid="unclaimed-notice">
      <Stack gap="sm">
        <Text size="sm">{t('networks.claim.body')}</Text>
        {person && !isFacilitator && <ClaimForm networkId={networkId} />}
        {!person && (
          <Anchor component={Link} to={routes.signIn({ next: routes.network({ slug }) })} underline="always" size="sm">
            {t('networks.claim.signIn')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
