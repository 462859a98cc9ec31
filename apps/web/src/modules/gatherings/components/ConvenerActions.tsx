import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GatheringFieldsFragment, GatheringStatus } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { useActionStatus } from '../../../ui/use-action-status';
import { SetGatheringStatusMutation } from '../graphql/set-gathering-status.mutation';
import { routes } from '../../../app/routes';

// The moves the API allows from each status: DRAFT → PUBLISHED → LIVE → CLOSED.
const NEXT: Record<GatheringStatus, readonly GatheringStatus[]> = {
  DRAFT: ['PUBLISHED'],
  PUBLISHED: ['LIVE', 'CLOSED'],
  LIVE: ['CLOSED'],
  CLOSED: [],
};

type Move = 'PUBLISHED' | 'LIVE' | 'CLOSED';
const isMove = (status: GatheringStatus): status is Move => status !== 'DRAFT';

/** What conveners can do from the gathering page: move its status on, edit it, see who is coming. */
export function ConvenerActions({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('gatherings');
  const action = useActionStatus();
  // The mutation returns the gathering, so the cache (and the page) update by id.
  const [setStatus] = useMutation(SetGatheringStatusMutation);
  const moves = NEXT[gathering.status].filter(isMove);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="convener-heading">
      <Stack gap="sm">
        <Title order={2} id="convener-heading" fz="h3">
          {t('gatherings.convener.title')}
        </Title>
        {gathering.status === 'DRAFT' && <Text>{t('gatherings.convener.draftHint')}</Text>}
        <ActionStatusAlert status={action.status} />
        <Group gap="sm" wrap="wrap">
          {moves.map((status) => (
            <ConfirmButton
              key={status}
              variant={status === 'CLOSED' ? 'outline' : 'filled'}
              color={status === 'CLOSED' ? 'red' : undefined}
              loading={action.pending === status}
              title={t(`gatherings.convener.moves.${status}.title`)}
              body={t(`gatherings.convener.moves.${status}.body`)}
              confirmLabel={t(`gatherings.convener.moves.${status}.button`)}
              onConfirm={() =>
                void action.run(
                  status,
                  () => setStatus({ variables: { input: { gatheringId: gathering.id, status } } }),
                  t(`gatherings.convener.moves.${status}.done`),
                )
              }
            >
              {t(`gatherings.convener.moves.${status}.button`)}
            </ConfirmButton>
          ))}
          <Button component={Link} to={routes.editGathering({ slug: gathering.slug })} variant="default">
            {t('gatherings.convener.edit')}
          </Button>
          <Button component={Link} to={routes.gatheringDashboard({ slug: gathering.slug })} variant="default">
            {t('gatherings.convener.dashboard')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
