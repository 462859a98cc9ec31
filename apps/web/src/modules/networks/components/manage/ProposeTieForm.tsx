import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, Radio, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TieType } from '../../../../gql/graphql';
import { FormAlert } from '../../../../ui/FormAlert';
import { useServerErrors } from '../../../../ui/use-server-errors';
import { ProposeMembershipMutation } from '../../graphql/propose-membership.mutation';
import { TIE_TYPES, tieTypeHint, tieTypeLabel } from '../../utils/network-enums';
import { refetchManagedNetwork, type ManagedNetwork } from './manage-network.types';
import { NetworkPicker } from './NetworkPicker';

interface ProposeTieFormProps {
  network: ManagedNetwork;
  /** invite: the picked network would belong to this one; join: this one would belong to the picked one. */
  direction: 'invite' | 'join';
}

const legendStyles = { legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 8 } };
// Loop and duplicate messages name no form field: they go to the alert, in the server's words.
const NO_FIELDS: readonly string[] = [];

export function ProposeTieForm({ network, direction }: ProposeTieFormProps) {
  const { t } = useTranslation('networks');
  const [sent, setSent] = useState<string>();
  const form = useForm<{ otherNetworkId: string; tieType: TieType }>({
    mode: 'controlled',
    initialValues: { otherNetworkId: '', tieType: 'MEMBER' },
    validate: { otherNetworkId: (value) => (value ? null : t('networks.manage.ties.pickFirst')) },
  });
  const serverErrors = useServerErrors(form, NO_FIELDS);
  const [propose, { loading }] = useMutation(ProposeMembershipMutation, refetchManagedNetwork);
  const id = `propose-${direction}`;

  const submit = form.onSubmit(async (values) => {
    serverErrors.clearError();
    setSent(undefined);
    const input =
      direction === 'invite'
        ? { memberNetworkId: values.otherNetworkId, parentNetworkId: network.id, tieType: values.tieType }
        : { memberNetworkId: network.id, parentNetworkId: values.otherNetworkId, tieType: values.tieType };
    try {
      const { data } = await propose({ variables: { input } });
      const other = direction === 'invite' ? data?.proposeMembership.member : data?.proposeMembership.parent;
      setSent(other?.name ?? '');
      form.reset();
    } catch (error) {
      serverErrors.showError(error);
    }
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-heading`}>
      <Title order={3} id={`${id}-heading`} fz="h4">
        {direction === 'invite' ? t('networks.manage.ties.inviteTitle') : t('networks.manage.ties.joinTitle')}
      </Title>
      <Text size="sm">{direction === 'invite' ? t('networks.manage.ties.inviteIntro') : t('networks.manage.ties.joinIntro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert message={serverErrors.message} />
          <FormAlert
            tone="success"
            message={
              sent === undefined
                ? undefined
                : direction === 'invite'
                  ? t('networks.manage.ties.invited', { name: sent })
                  : t('networks.manage.ties.asked', { name: sent })
            }
          />
          <NetworkPicker
            id={id}
            excludeId={network.id}
            value={form.values.otherNetworkId}
            onChange={(value) => form.setFieldValue('otherNetworkId', value)}
            error={typeof form.errors.otherNetworkId === 'string' ? form.errors.otherNetworkId : undefined}
          />
          <Fieldset legend={t('networks.manage.ties.tieType')} variant="unstyled" styles={legendStyles}>
            <Radio.Group name={`${id}-tieType`} {...form.getInputProps('tieType')}>
              <Stack gap="xs">
                {TIE_TYPES.map((tieType) => (
                  <Radio key={tieType} value={tieType} label={tieTypeLabel(t, tieType)} description={tieTypeHint(t, tieType)} />
                ))}
              </Stack>
            </Radio.Group>
          </Fieldset>
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {direction === 'invite' ? t('networks.manage.ties.inviteSubmit') : t('networks.manage.ties.joinSubmit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
