import { useMutation } from '@apollo/client/react';
import { Button, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkRole } from '../../../../gql/graphql';
import { FormAlert } from '../../../../ui/FormAlert';
import { focusFirstError } from '../../../../ui/focus-first-error';
import { useServerErrors } from '../../../../ui/use-server-errors';
import { HandOverRoleMutation } from '../../graphql/hand-over-role.mutation';
import { roleLabel } from '../../utils/network-enums';
import { refetchManagedNetwork, type ManagedNetwork } from './manage-network.types';

const FIELDS = ['role', 'toPersonId'] as const;

/** Hand your role to someone already in the network: both periods stay in the history. */
export function HandOverRoleForm({ network, personId }: { network: ManagedNetwork; personId: string }) {
  const { t } = useTranslation('networks');
  const [done, setDone] = useState(false);
  const others = [...new Map(network.people.filter((h) => h.person.id !== personId).map((h) => [h.person.id, h.person])).values()];
  const form = useForm<{ role: NetworkRole; toPersonId: string }>({
    mode: 'uncontrolled',
    initialValues: { role: network.viewerRoles[0] ?? 'FACILITATOR', toPersonId: others[0]?.id ?? '' },
    validate: { toPersonId: (value) => (value ? null : t('validation.required')) },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const [handOver, { loading }] = useMutation(HandOverRoleMutation, refetchManagedNetwork);

  const submit = form.onSubmit(
    async (values) => {
      serverErrors.clearError();
      setDone(false);
      try {
        await handOver({ variables: { input: { networkId: network.id, role: values.role, toPersonId: values.toPersonId } } });
        setDone(true);
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="hand-over-heading">
      <Title order={3} id="hand-over-heading" fz="h4">
        {t('networks.manage.people.handOverTitle')}
      </Title>
      <Text size="sm">{t('networks.manage.people.handOverIntro')}</Text>
      <FormAlert tone="success" message={done ? t('networks.manage.people.handedOver') : undefined} />
      {others.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('networks.manage.people.handOverNobody')}
        </Text>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormAlert message={serverErrors.message} />
            <NativeSelect label={t('networks.manage.people.yourRole')} name="role" key={form.key('role')} {...form.getInputProps('role')}>
              {network.viewerRoles.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(t, role)}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect
              label={t('networks.manage.people.handOverTo')}
              name="toPersonId"
              key={form.key('toPersonId')}
              {...form.getInputProps('toPersonId')}
            >
              {others.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
            </NativeSelect>
            <Button type="submit" loading={loading} variant="outline" style={{ alignSelf: 'flex-start' }}>
              {t('networks.manage.people.handOverSubmit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
