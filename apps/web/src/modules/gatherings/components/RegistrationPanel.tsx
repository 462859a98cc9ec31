import { useMutation } from '@apollo/client/react';
import { Button, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { useActionStatus } from '../../../ui/use-action-status';
import { CancelRegistrationMutation } from '../graphql/cancel-registration.mutation';
import { GatheringQuery } from '../graphql/gathering.query';
import { RegisterForm } from './RegisterForm';
import { routes } from '../../../app/routes';

interface RegistrationPanelProps {
  gathering: GatheringFieldsFragment;
  signedIn: boolean;
  /** The code from an invitation link (`?invite=`): it opens invitation-only gatherings. */
  invitationCode?: string;
}

type Stage =
  'draft' | 'closed' | 'signedOut' | 'invitationOnly' | 'open' | 'full' | 'approval' | 'registered' | 'waitlisted' | 'pending' | 'attended';

/** Where the viewer stands, which decides the words and the button. */
export function registrationStage(gathering: GatheringFieldsFragment, signedIn: boolean, invited = false): Stage {
  const mine = gathering.viewerRegistration;
  if (mine?.status === 'REGISTERED') return 'registered';
  if (mine?.status === 'WAITLISTED') return 'waitlisted';
  if (mine?.status === 'PENDING_APPROVAL') return 'pending';
  if (mine?.status === 'ATTENDED') return 'attended';
  if (gathering.status === 'DRAFT') return 'draft';
  if (gathering.status === 'CLOSED') return 'closed';
  if (!signedIn) return 'signedOut';
  // With an invitation link the API decides whether it is good; without one there is no way in.
  if (gathering.registrationMode === 'INVITATION_ONLY' && !invited) return 'invitationOnly';
  if (gathering.registrationMode === 'APPROVAL') return 'approval';
  return gathering.placesLeft === 0 ? 'full' : 'open';
}

/** The register button in all its states, with the viewer's place and a way to give it up. */
export function RegistrationPanel({ gathering, signedIn, invitationCode }: RegistrationPanelProps) {
  const { t } = useTranslation('gatherings');
  const [opened, { open, close }] = useDisclosure(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const action = useActionStatus();
  const [cancelRegistration] = useMutation(CancelRegistrationMutation, {
    refetchQueries: [{ query: GatheringQuery, variables: { slug: gathering.slug } }],
    awaitRefetchQueries: true,
  });
  const stage = registrationStage(gathering, signedIn, Boolean(invitationCode));
  const position = gathering.viewerRegistration?.waitlistPosition ?? 0;

  // The button that was pressed is gone once the state changes: put focus on the news instead.
  const focusStatus = () => setTimeout(() => statusRef.current?.focus(), 0);

  const cancel = async (successMessage: string) => {
    const done = await action.run(
      'cancel',
      () => cancelRegistration({ variables: { input: { gatheringId: gathering.id } } }),
      successMessage,
    );
    if (done) focusStatus();
  };

  const message: Record<Stage, string> = {
    draft: t('gatherings.register.draft'),
    closed: t('gatherings.register.closed'),
    signedOut: t('gatherings.register.signedOut'),
    invitationOnly: t('gatherings.register.invitationOnly'),
    open:
      gathering.placesLeft === null
        ? t('gatherings.register.openUnlimited')
        : t('gatherings.register.open', { count: gathering.placesLeft }),
    full: t('gatherings.register.full'),
    approval: t('gatherings.register.approval'),
    registered: t('gatherings.register.registered'),
    waitlisted: t('gatherings.register.waitlisted', { position }),
    pending: t('gatherings.register.pending'),
    attended: t('gatherings.register.attended'),
  };
  const submitLabel =
    stage === 'full'
      ? t('gatherings.register.joinWaitlist')
      : stage === 'approval'
        ? t('gatherings.register.ask')
        : t('gatherings.register.register');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="registration-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} id="registration-heading" fz="h3">
          {t('gatherings.register.title')}
        </Title>
        <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite" data-testid="registration-status">
          <Text fw={['registered', 'waitlisted', 'pending'].includes(stage) ? 700 : undefined}>{message[stage]}</Text>
        </div>
        <ActionStatusAlert status={action.status} />
        {stage === 'signedOut' && (
          <Button component={Link} to={routes.signIn({ next: routes.gathering({ slug: gathering.slug, invite: invitationCode }) })}>
            {t('gatherings.register.signIn')}
          </Button>
        )}
        {(stage === 'open' || stage === 'full' || stage === 'approval') && (
          <Button onClick={open} variant={stage === 'full' ? 'outline' : 'filled'}>
            {submitLabel}
          </Button>
        )}
        {stage === 'registered' && (
          <ConfirmButton
            variant="outline"
            color="red"
            loading={action.pending === 'cancel'}
            title={t('gatherings.register.cancelTitle')}
            body={t('gatherings.register.cancelBody')}
            confirmLabel={t('gatherings.register.cancelConfirm')}
            onConfirm={() => void cancel(t('gatherings.register.cancelled'))}
          >
            {t('gatherings.register.cancel')}
          </ConfirmButton>
        )}
        {stage === 'waitlisted' && (
          <ConfirmButton
            variant="outline"
            color="red"
            loading={action.pending === 'cancel'}
            title={t('gatherings.register.leaveTitle')}
            body={t('gatherings.register.leaveBody')}
            confirmLabel={t('gatherings.register.leave')}
            onConfirm={() => void cancel(t('gatherings.register.left'))}
          >
            {t('gatherings.register.leave')}
          </ConfirmButton>
        )}
        {stage === 'pending' && (
          <ConfirmButton
            variant="outline"
            color="red"
            loading={action.pending === 'cancel'}
            title={t('gatherings.register.withdrawTitle')}
            body={t('gatherings.register.withdrawBody')}
            confirmLabel={t('gatherings.register.withdraw')}
            onConfirm={() => void cancel(t('gatherings.register.withdrawn'))}
          >
            {t('gatherings.register.withdraw')}
          </ConfirmButton>
        )}
      </Stack>
      <Modal
        opened={opened}
        onClose={close}
        title={t('gatherings.register.formTitle', { title: gathering.title })}
        closeButtonProps={{ 'aria-label': t('confirm.close') }}
        size="lg"
      >
        <RegisterForm
          gatheringId={gathering.id}
          slug={gathering.slug}
          invitationCode={invitationCode}
          submitLabel={submitLabel}
          onCancel={close}
          onDone={() => {
            close();
            focusStatus();
          }}
        />
      </Modal>
    </Paper>
  );
}
