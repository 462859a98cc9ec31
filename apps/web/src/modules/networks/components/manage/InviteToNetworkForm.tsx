import { useMutation } from '@apollo/client/react';
import { Button, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkRole } from '../../../../gql/graphql';
import { FormAlert } from '../../../../ui/FormAlert';
import { focusFirstError } from '../../../../ui/focus-first-error';
import { useServerErrors } from '../../../../ui/use-server-errors';
import { InviteToNetworkMutation } from '../../graphql/invite-to-network.mutation';
import { ROLES, roleHint, roleLabel } from '../../utils/network-enums';
import { refetchManagedNetwork } from './manage-network.types';

const FIELDS = ['email', 'role'] as const;

export function InviteToNetworkForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation('networks');
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm<{ email: string; role: NetworkRole }>({
    mode: 'uncontrolled',
    initialValues: { email: '', role: 'MEMBER' },
    validate: { email: isEmail(t('validation.email')) },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const [invite, { loading }] = useMutation(InviteToNetworkMutation, refetchManagedNetwork);

  const submit = form.onSubmit(
    async (values) => {
      serverErrors.clearError();
      setSentTo(undefined);
      try {
        const email = values.email.trim();
        await invite({ variables: { input: { networkId, email, role: values.role } } });
        setSentTo(email);
        form.reset();
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="invite-person-heading">
      <Title order={3} id="invite-person-heading" fz="h4">
        {t('networks.manage.people.inviteTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert message={serverErrors.message} />
          <FormAlert tone="success" message={sentTo ? t('networks.manage.people.invited', { email: sentTo }) : undefined} />
          <TextInput
            label={t('networks.manage.people.email')}
            description={t('networks.manage.people.emailHint')}
            name="email"
            type="email"
            autoComplete="off"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <NativeSelect
            label={t('networks.manage.people.role')}
            name="role"
            key={form.key('role')}
            description={t('networks.manage.people.roleHint')}
            {...form.getInputProps('role')}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {`${roleLabel(t, role)}: ${roleHint(t, role)}`}
              </option>
            ))}
          </NativeSelect>
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('networks.manage.people.inviteSubmit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
