import { Box, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GatheringFieldsFragment, WallFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { CheckInQrCode } from '../../gatherings';
import { BoardUnplaced } from '../components/BoardUnplaced';
import { GatheringQrCode } from '../components/GatheringQrCode';
import { OpenSpaceGate } from '../components/OpenSpaceGate';
import { BoardNowNext } from '../components/BoardNowNext';
import { useLiveWall } from '../hooks/use-live-wall';
import { activeSessions } from '../utils/live-wall';

function Board({ gathering: read }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('open-space');
  usePageTitle(t('openSpace.board.title', { title: read.title }));
  const { wall, loading, error, refetch } = useLiveWall(read.id);
  // The wall carries the gathering's status live: opened or closed, the board changes without a reload.
  const gathering = wall ? { ...read, status: wall.gatheringStatus } : read;
  const pageUrl = `${window.location.origin}/gatherings/${gathering.slug}`;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xl">
        <Stack gap="xs">
          <Title order={1} fz={48} lh={1.1}>
            {t('openSpace.board.title', { title: gathering.title })}
          </Title>
          <Text fz={24}>{gathering.status === 'CLOSED' ? t('openSpace.board.closed') : t('openSpace.board.live')}</Text>
        </Stack>
        {/* Conveners run the projector: the QR code checks people in (and registers walk-ins while places last). */}
        <Box maw={380}>
          {gathering.viewerIsConvener && gathering.status !== 'CLOSED' ? (
            <CheckInQrCode gatheringId={gathering.id} size={150} captionSize={22} />
          ) : (
            <GatheringQrCode url={pageUrl} size={150} />
          )}
        </Box>
      </Group>
      {loading && <LoadingState />}
      {error && !wall && <ErrorState onRetry={() => void refetch()} />}
      {wall && <BoardWall wall={wall} timeZone={gathering.timeZone} />}
    </Stack>
  );
}

function BoardWall({ wall, timeZone }: { wall: WallFieldsFragment; timeZone: string }) {
  const sessions = activeSessions(wall);
  // What is not on the wall yet shares the screen only while there is some (the marketplace before the day).
  const unplaced = sessions.length === 0 || sessions.some((session) => session.slotId === null);
  if (!unplaced) return <BoardNowNext wall={wall} timeZone={timeZone} />;
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <BoardNowNext wall={wall} timeZone={timeZone} narrow />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <BoardUnplaced sessions={sessions} />
      </Grid.Col>
    </Grid>
  );
}

/** /gatherings/:slug/board — the wall full screen for a projector, and what is not on it yet: read-only, large type, live. */
export function BoardPage() {
  return (
    <Box component="main" p="xl" style={{ minHeight: '100vh' }}>
      <OpenSpaceGate>{({ gathering }) => <Board gathering={gathering} />}</OpenSpaceGate>
    </Box>
  );
}
