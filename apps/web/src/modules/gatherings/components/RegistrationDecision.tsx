import { useMutation } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationFieldsFragment } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import type { useActionStatus } from '../../../ui/use-action-status';
import { DecideRegistrationMutation } from '../graphql/decide-registration.mutation';

interface RegistrationDecisionProps {
  gatheringId: string;
  registration: RegistrationFieldsFragment;
  /** The table's status, so the news stays put when the row moves or is filtered away. */
  action: ReturnType<typeof useActionStatus>;
}

/** Approve or decline someone waiting for approval; the row updates in the cache by id. */
export function RegistrationDecision({ gatheringId, registration, action }: RegistrationDecisionProps) {
  const { t } = useTranslation('gatherings');
  const [decide] = useMutation(DecideRegistrationMutation);
  const name = registration.personName;
  const run = (approve: boolean, message: string) =>
    void action.run(
      `${registration.id}:${approve}`,
      () => decide({ variables: { input: { gatheringId, registrationId: registration.id, approve } } }),
      message,
    );

  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        aria-label={t('gatherings.decide.approveFor', { name })}
        loading={action.pending === `${registration.id}:true`}
        onClick={() => run(true, t('gatherings.decide.approved', { name }))}
      >
        {t('gatherings.decide.approve')}
      </Button>
      <ConfirmButton
        size="xs"
        variant="outline"
        color="red"
        aria-label={t('gatherings.decide.declineFor', { name })}
        loading={action.pending === `${registration.id}:false`}
        title={t('gatherings.decide.declineTitle', { name })}
        body={t('gatherings.decide.declineBody')}
        confirmLabel={t('gatherings.decide.decline')}
        onConfirm={() => run(false, t('gatherings.decide.declined', { name }))}
      >
        {t('gatherings.decide.decline')}
      </ConfirmButton>
    </Group>
  );
}
