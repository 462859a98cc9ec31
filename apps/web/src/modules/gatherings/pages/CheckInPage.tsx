import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { useErrorText } from '../../../ui/use-error-text';
import { usePageTitle } from '../../../ui/use-page-title';
import { GatheringGate } from '../components/GatheringGate';
import { CheckInWithCodeMutation } from '../graphql/check-in-with-code.mutation';
import { GatheringQuery } from '../graphql/gathering.query';
import { formatDayAndTime } from '../../../ui/dates';
import { routes } from '../../../app/routes';

type Stage = 'noCode' | 'closed' | 'done' | 'checkIn' | 'register' | 'waitlisted' | 'pending' | 'full' | 'invitationOnly';

/** What the person at the door can do, from the gathering and their registration. */
export function checkInStage(gathering: GatheringFieldsFragment, code: string): Stage {
  const mine = gathering.viewerRegistration;
  if (mine?.status === 'ATTENDED') return 'done';
  if (!code) return 'noCode';
  if (gathering.status === 'CLOSED') return 'closed';
  if (mine?.status === 'REGISTERED') return 'checkIn';
  if (mine?.status === 'WAITLISTED') return 'waitlisted';
  if (mine?.status === 'PENDING_APPROVAL') return 'pending';
  if (gathering.registrationMode !== 'OPEN') return 'invitationOnly';
  return gathering.placesLeft === 0 ? 'full' : 'register';
}

function CheckIn({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t, i18n } = useTranslation('gatherings');
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const [failure, setFailure] = useState<string>();
  const doneRef = useRef<HTMLDivElement>(null);
  const [checkInWithCode, { loading }] = useMutation(CheckInWithCodeMutation, {
    refetchQueries: [{ query: GatheringQuery, variables: { slug: gathering.slug } }],
    awaitRefetchQueries: true,
  });
  const stage = checkInStage(gathering, code);
  const mine = gathering.viewerRegistration;

  const tap = async (register: boolean) => {
    setFailure(undefined);
    try {
      await checkInWithCode({ variables: { input: { gatheringId: gathering.id, code, register } } });
      setTimeout(() => doneRef.current?.focus(), 0);
    } catch (error) {
      setFailure(errorText(error));
    }
  };

  const message: Partial<Record<Stage, string>> = {
    noCode: t('gatherings.checkIn.noCode'),
    closed: t('gatherings.checkIn.closed'),
    waitlisted: t('gatherings.checkIn.waitlisted'),
    pending: t('gatherings.checkIn.pending'),
    full: t('gatherings.checkIn.full'),
    invitationOnly: t('gatherings.checkIn.invitationOnly'),
  };

  return (
    <Stack gap="md">
      <Title order={1} fz="h2">
        {t('gatherings.checkIn.title', { title: gathering.title })}
      </Title>
      {stage === 'done' && mine?.checkIn ? (
        <Alert color="green" variant="light" role="status" ref={doneRef} tabIndex={-1} data-testid="checked-in">
          <Text fw={700} fz="lg">
            {t('gatherings.checkIn.done')}
          </Text>
          <Text>
            {t('gatherings.checkIn.doneAt', {
              how: t(`gatherings.checkIn.methods.${mine.checkIn.method}`),
              time: formatDayAndTime(mine.checkIn.checkedInAt, gathering.timeZone, i18n.language),
            })}
          </Text>
        </Alert>
      ) : message[stage] ? (
        <Alert color="yellow" variant="light" data-testid="check-in-blocked">
          {message[stage]}
        </Alert>
      ) : (
        <>
          <Text>{stage === 'register' ? t('gatherings.checkIn.notRegistered') : t('gatherings.checkIn.intro')}</Text>
          <Button size="xl" fullWidth loading={loading} onClick={() => void tap(stage === 'register')} data-testid="check-in-button">
            {stage === 'register' ? t('gatherings.checkIn.registerAndCheckIn') : t('gatherings.checkIn.checkIn')}
          </Button>
        </>
      )}
      {failure && (
        <Alert color="red" variant="light" role="alert" data-testid="check-in-error">
          {failure}
        </Alert>
      )}
      <Anchor component={Link} to={routes.gathering({ slug: gathering.slug })} underline="always">
        {t('gatherings.checkIn.back')}
      </Anchor>
    </Stack>
  );
}

/** /gatherings/:slug/check-in?code=… — where the QR code at the door leads: phone-first, one tap. Signed-out people sign in and come back. */
export function CheckInPage() {
  const { t } = useTranslation('gatherings');
  usePageTitle(t('gatherings.checkIn.pageTitle'));
  return (
    <Container size="xs" py="lg" px="md">
      <GatheringGate signedIn>{({ gathering }) => <CheckIn gathering={gathering} />}</GatheringGate>
    </Container>
  );
}
