import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { useActionStatus } from '../../../ui/use-action-status';
import { usePageTitle } from '../../../ui/use-page-title';
import { CheckInQrCode } from '../components/CheckInQrCode';
import { GatheringGate } from '../components/GatheringGate';
import { GatheringWhen } from '../components/GatheringWhen';
import { CheckInCodeQuery } from '../graphql/check-in-code.query';
import { RegenerateCheckInCodeMutation } from '../graphql/regenerate-check-in-code.mutation';
import { routes } from '../../../app/routes';

function Door({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('gatherings');
  const action = useActionStatus();
  const [regenerate] = useMutation(RegenerateCheckInCodeMutation, {
    refetchQueries: [{ query: CheckInCodeQuery, variables: { gatheringId: gathering.id } }],
    awaitRefetchQueries: true,
  });
  return (
    <Stack gap="lg" align="center" ta="center">
      <Group className="no-print" justify="space-between" w="100%">
        <Anchor component={Link} to={routes.gatheringDashboard({ slug: gathering.slug })} underline="always">
          {t('gatherings.door.back')}
        </Anchor>
        <Button variant="default" onClick={() => window.print()}>
          {t('gatherings.door.print')}
        </Button>
      </Group>
      <Title order={1} fz={40}>
        {t('gatherings.door.title', { title: gathering.title })}
      </Title>
      <GatheringWhen gathering={gathering} />
      <CheckInQrCode gatheringId={gathering.id} size={360} />
      <Text fz="lg" maw={560}>
        {t('gatherings.door.instructions')}
      </Text>
      <Stack className="no-print" gap="xs" align="center" maw={560}>
        <ConfirmButton
          title={t('gatherings.door.regenerateTitle')}
          body={t('gatherings.door.regenerateHint')}
          variant="default"
          loading={action.pending === 'regenerate'}
          confirmLabel={t('gatherings.door.regenerate')}
          onConfirm={() =>
            void action.run(
              'regenerate',
              () => regenerate({ variables: { input: { gatheringId: gathering.id } } }),
              t('gatherings.door.regenerated'),
            )
          }
        >
          {t('gatherings.door.regenerate')}
        </ConfirmButton>
        <ActionStatusAlert status={action.status} />
      </Stack>
    </Stack>
  );
}

/** /gatherings/:slug/door — a page to print and stick by the door (conveners): the check-in QR code, large. */
export function DoorPage() {
  const { t } = useTranslation('gatherings');
  usePageTitle(t('gatherings.door.pageTitle'));
  return (
    <Container size="md" py="xl">
      <GatheringGate signedIn>
        {({ gathering }) =>
          gathering.viewerIsConvener ? (
            <Door gathering={gathering} />
          ) : (
            <Stack gap="md">
              <Title order={1}>{t('gatherings.door.forbiddenTitle')}</Title>
              <Text>{t('gatherings.door.forbiddenBody')}</Text>
            </Stack>
          )
        }
      </GatheringGate>
    </Container>
  );
}
