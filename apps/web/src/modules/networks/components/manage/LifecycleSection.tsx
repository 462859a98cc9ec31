import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, Group, Modal, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LifecycleStage } from '../../../../gql/graphql';
import { FormAlert } from '../../../../ui/FormAlert';
import { focusFirstError } from '../../../../ui/focus-first-error';
import { useServerErrors } from '../../../../ui/use-server-errors';
import { CloseNetworkMutation } from '../../graphql/close-network.mutation';
import { UpdateNetworkMutation } from '../../graphql/update-network.mutation';
import { OPEN_STAGES, stageLabel } from '../../utils/network-enums';
import { refetchManagedNetwork, type ManagedNetwork } from './manage-network.types';

export const CLOSING_NOTE_MIN = 20;
const legendStyles = { legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 8 } };

function StageForm({ network }: { network: ManagedNetwork }) {
  const { t } = useTranslation('networks');
  const [saved, setSaved] = useState(false);
  const form = useForm<{ lifecycleStage: LifecycleStage }>({
    mode: 'uncontrolled',
    initialValues: { lifecycleStage: network.lifecycleStage },
  });
  const serverErrors = useServerErrors(form, ['lifecycleStage']);
  const [updateNetwork, { loading }] = useMutation(UpdateNetworkMutation, refetchManagedNetwork);

  const submit = form.onSubmit(async (values) => {
    serverErrors.clearError();
    setSaved(false);
    try {
      await updateNetwork({ variables: { input: { networkId: network.id, lifecycleStage: values.lifecycleStage } } });
      setSaved(true);
    } catch (error) {
      serverErrors.showError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert message={serverErrors.message} />
        <FormAlert tone="success" message={saved ? t('networks.lifecycle.stageSaved') : undefined} />
        <Fieldset legend={t('networks.lifecycle.stageLegend')} variant="unstyled" styles={legendStyles}>
          <Radio.Group name="lifecycleStage" key={form.key('lifecycleStage')} {...form.getInputProps('lifecycleStage')}>
            <Stack gap="xs">
              {OPEN_STAGES.map((stage) => (
                <Radio key={stage} value={stage} label={stageLabel(t, stage)} />
              ))}
            </Stack>
          </Radio.Group>
        </Fieldset>
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('networks.lifecycle.stageSubmit')}
        </Button>
      </Stack>
    </form>
  );
}

function CloseNetworkForm({ network }: { network: ManagedNetwork }) {
  const { t } = useTranslation('networks');
  const [confirming, setConfirming] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { closingNote: '' },
    validate: {
      closingNote: (value: string) =>
        value.trim().length >= CLOSING_NOTE_MIN ? null : t('networks.lifecycle.closingNoteLength', { count: CLOSING_NOTE_MIN }),
    },
  });
  const serverErrors = useServerErrors(form, ['closingNote']);
  const [closeNetwork, { loading }] = useMutation(CloseNetworkMutation, refetchManagedNetwork);

  const confirm = async () => {
    setConfirming(false);
    serverErrors.clearError();
    try {
      await closeNetwork({ variables: { input: { networkId: network.id, closingNote: form.getValues().closingNote.trim() } } });
    } catch (error) {
      serverErrors.showError(error);
    }
  };

  return (
    <form
      onSubmit={form.onSubmit(
        () => setConfirming(true),
        (errors) => focusFirstError(form, errors),
      )}
      noValidate
    >
      <Stack gap="sm">
        <FormAlert message={serverErrors.message} />
        <Textarea
          label={t('networks.lifecycle.closingNote')}
          description={t('networks.lifecycle.closingNoteHint', { count: CLOSING_NOTE_MIN })}
          name="closingNote"
          required
          rows={5}
          key={form.key('closingNote')}
          {...form.getInputProps('closingNote')}
        />
        <Button type="submit" color="red" variant="outline" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('networks.lifecycle.closeSubmit')}
        </Button>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('networks.lifecycle.confirmTitle', { name: network.name })}
        closeButtonProps={{ 'aria-label': t('confirm.close') }}
      >
        <Stack gap="md">
          <Text>{t('networks.lifecycle.confirmBody')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('confirm.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirm()}>
              {t('networks.lifecycle.confirmClose')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}

export function LifecycleSection({ network }: { network: ManagedNetwork }) {
  const { t } = useTranslation('networks');
  if (network.isClosed) {
    return (
      <Stack gap="sm" component="section" aria-labelledby="lifecycle-manage-heading">
        <Title order={2} id="lifecycle-manage-heading" fz="h3">
          {t('networks.lifecycle.title')}
        </Title>
        <FormAlert tone="success" message={t('networks.lifecycle.closedNow')} />
      </Stack>
    );
  }
  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="lifecycle-manage-heading">
        <Title order={2} id="lifecycle-manage-heading" fz="h3">
          {t('networks.lifecycle.title')}
        </Title>
        <Text size="sm">{t('networks.lifecycle.intro')}</Text>
        <StageForm network={network} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="close-network-heading">
        <Title order={2} id="close-network-heading" fz="h3">
          {t('networks.lifecycle.closeTitle')}
        </Title>
        <Text size="sm">{t('networks.lifecycle.closeIntro')}</Text>
        <CloseNetworkForm network={network} />
      </Stack>
    </Stack>
  );
}
