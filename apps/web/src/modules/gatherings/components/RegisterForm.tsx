import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/use-server-errors';
import { GatheringQuery } from '../graphql/gathering.query';
import { MyNetworksQuery } from '../graphql/my-networks.query';
import { RegisterForGatheringMutation } from '../graphql/register-for-gathering.mutation';

interface RegisterFormValues {
  representingNetworkIds: string[];
  accessNeeds: string;
  shareAccessNeeds: boolean;
}

const FIELDS = ['representingNetworkIds', 'accessNeeds', 'shareAccessNeeds'] as const;
const legendStyles = { legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 8 } };

interface RegisterFormProps {
  gatheringId: string;
  slug: string;
  invitationCode?: string;
  submitLabel: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Which networks you come for, and what would help you take part (private unless you share it). */
export function RegisterForm({ gatheringId, slug, invitationCode, submitLabel, onDone, onCancel }: RegisterFormProps) {
  const { t } = useTranslation('gatherings');
  const [saving, setSaving] = useState(false);
  const { data } = useQuery(MyNetworksQuery, { fetchPolicy: 'cache-and-network' });
  const myNetworks = data?.myNetworks ?? [];
  const [register] = useMutation(RegisterForGatheringMutation, {
    refetchQueries: [{ query: GatheringQuery, variables: { slug } }],
    awaitRefetchQueries: true,
  });
  const form = useForm<RegisterFormValues>({
    mode: 'uncontrolled',
    initialValues: { representingNetworkIds: [], accessNeeds: '', shareAccessNeeds: false },
  });
  const serverErrors = useServerErrors(form, FIELDS);

  const submit = form.onSubmit(async (values) => {
    serverErrors.clearError();
    setSaving(true);
    try {
      await register({
        variables: {
          input: {
            gatheringId,
            invitationCode: invitationCode ?? null,
            representingNetworkIds: values.representingNetworkIds,
            accessNeeds: values.accessNeeds.trim() || null,
            shareAccessNeeds: values.shareAccessNeeds,
          },
        },
      });
      onDone();
    } catch (error) {
      serverErrors.showError(error);
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert message={serverErrors.message} />
        {myNetworks.length > 0 && (
          <Fieldset legend={t('gatherings.register.representing')} variant="unstyled" styles={legendStyles}>
            <Checkbox.Group
              description={t('gatherings.register.representingHint')}
              key={form.key('representingNetworkIds')}
              {...form.getInputProps('representingNetworkIds')}
            >
              <Stack gap="xs" mt="xs">
                {myNetworks.map((network) => (
                  <Checkbox key={network.id} name="representingNetworkIds" value={network.id} label={network.name} />
                ))}
              </Stack>
            </Checkbox.Group>
          </Fieldset>
        )}
        <Textarea
          label={t('gatherings.register.accessNeeds')}
          description={t('gatherings.register.accessNeedsHint')}
          name="accessNeeds"
          rows={3}
          key={form.key('accessNeeds')}
          {...form.getInputProps('accessNeeds')}
        />
        <Checkbox
          label={t('gatherings.register.share')}
          description={t('gatherings.register.shareHint')}
          name="shareAccessNeeds"
          key={form.key('shareAccessNeeds')}
          {...form.getInputProps('shareAccessNeeds', { type: 'checkbox' })}
        />
        <Text size="sm">{t('gatherings.register.privacy')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('confirm.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
