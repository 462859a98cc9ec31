import { useMutation } from '@apollo/client/react';
import { Anchor, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { GatheringFieldsFragment, SessionFieldsFragment, WallFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { isParticipant, zonePlaceName } from '../../gatherings';
import { GridSetup } from '../components/GridSetup';
import { MergeSessionsForm } from '../components/MergeSessionsForm';
import { OpenSpaceGate } from '../components/OpenSpaceGate';
import { PlaceSessionForm } from '../components/PlaceSessionForm';
import { ProposeSessionForm } from '../components/ProposeSessionForm';
import { SessionCard } from '../components/SessionCard';
import { SuggestSchedule } from '../components/SuggestSchedule';
import { MyDay } from '../components/MyDay';
import { WallBySlot } from '../components/WallBySlot';
import { DeleteSpaceMutation } from '../graphql/delete-space.mutation';
import { DeleteTimeSlotMutation } from '../graphql/delete-time-slot.mutation';
import { JoinRoomMutation } from '../graphql/join-room.mutation';
import { StarSessionMutation } from '../graphql/star-session.mutation';
import { useLiveWall, type WallDispatch } from '../hooks/use-live-wall';
import { useSlotClock } from '../hooks/use-slot-clock';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';
import { ClosedNotice } from '../components/ClosedNotice';
import { activeSessions } from '../utils/live-wall';
import { openingSlot } from '../utils/slot-views';
import { slotTime } from '../utils/space-tags';
import { routes } from '../../../app/routes';
import { GatheringAsksOffers } from '../../asks-offers';

interface WallViewProps {
  gathering: GatheringFieldsFragment;
  personId: string | null;
  wall: WallFieldsFragment;
  dispatch: WallDispatch;
}

function WallView({ gathering, personId, wall, dispatch }: WallViewProps) {
  const { t, i18n } = useTranslation('open-space');
  const navigate = useNavigate();
  const action = useOpenSpaceAction();
  const [star] = useMutation(StarSessionMutation);
  const [join] = useMutation(JoinRoomMutation);
  const [deleteSpace] = useMutation(DeleteSpaceMutation);
  const [deleteSlot] = useMutation(DeleteTimeSlotMutation);

  const participant = personId !== null && isParticipant(gathering);
  const open = gathering.status !== 'CLOSED';
  const live = gathering.status === 'LIVE';
  const convener = gathering.viewerIsConvener && open;
  const sessions = activeSessions(wall);
  const unplaced = sessions.filter((session) => session.slotId === null);
  const placeable = sessions.filter((session) => gathering.viewerIsConvener || session.host.id === personId);
  const starred = new Set(wall.starredSessionIds);
  const { current, now } = useSlotClock(wall);
  const opening = openingSlot(wall.slots, now);
  // A room as the wall names it: its time slot and space.
  const whereIs = ({ slotId, spaceId }: { slotId: string | null; spaceId: string | null }) => {
    const slot = wall.slots.find((s) => s.id === slotId);
    const space = wall.spaces.find((s) => s.id === spaceId);
    return [slot && slotTime(slot, gathering.timeZone, i18n.language), space?.name].filter(Boolean).join(' · ') || null;
  };

  const onStar = async (session: SessionFieldsFragment, on: boolean) => {
    const result = await action.run(`star-${session.id}`, () => star({ variables: { input: { sessionId: session.id, starred: on } } }));
    if (!result?.data) return;
    dispatch({ type: 'sessions', sessions: [result.data.starSession] });
    dispatch({ type: 'starred', sessionId: session.id, starred: on });
  };

  const onJoin = async (session: SessionFieldsFragment) => {
    const result = await action.run(`join-${session.id}`, () => join({ variables: { input: { sessionId: session.id } } }));
    if (result?.data) void navigate(routes.gatheringRoom({ slug: gathering.slug, sessionId: session.id }));
  };

  const card = (session: SessionFieldsFragment) => (
    <SessionCard
      session={session}
      starred={starred.has(session.id)}
      busy={action.pending === `star-${session.id}` || action.pending === `join-${session.id}`}
      compact
      onStar={participant && open ? (on) => void onStar(session, on) : undefined}
      onJoin={participant && live && session.slotId !== null ? () => void onJoin(session) : undefined}
      // After the day the rooms are read, not joined.
      roomHref={
        participant && !open && session.slotId !== null ? routes.gatheringRoom({ slug: gathering.slug, sessionId: session.id }) : undefined
      }
    />
  );

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Title order={1} fz={{ base: 26, sm: 34 }}>
          {t('openSpace.wall.title', { title: gathering.title })}
        </Title>
        <Group gap="md" fz="sm">
          <Anchor component={Link} to={routes.gathering({ slug: gathering.slug })} underline="always">
            {t('openSpace.wall.back')}
          </Anchor>
          <Anchor component={Link} to={routes.gatheringBoard({ slug: gathering.slug })} underline="always">
            {t('openSpace.wall.board')}
          </Anchor>
        </Group>
        <Text size="sm">{t('openSpace.wall.timesIn', { zone: zonePlaceName(gathering.timeZone) })}</Text>
        {!live && open && <Text size="sm">{t('openSpace.wall.roomsOpenLater')}</Text>}
        {!open && <ClosedNotice />}
      </Stack>
      <ActionStatusAlert status={action.status} />
      {participant && live && <MyDay gathering={gathering} whereIs={whereIs} />}
      <Stack gap="sm" component="section" aria-labelledby="wall-grid-heading">
        <Title order={2} id="wall-grid-heading">
          {t('openSpace.wall.gridTitle')}
        </Title>
        <WallBySlot
          openingSlotId={opening?.id ?? null}
          wall={wall}
          timeZone={gathering.timeZone}
          currentSlotId={live ? current?.id : null}
          renderSession={card}
          onRemoveSpace={
            convener
              ? (space) =>
                  void action.run(
                    `space-${space.id}`,
                    async () => {
                      await deleteSpace({ variables: { input: { spaceId: space.id } } });
                      dispatch({ type: 'spaceRemoved', spaceId: space.id });
                    },
                    t('openSpace.grid.spaceRemoved', { name: space.name }),
                  )
              : undefined
          }
          onRemoveSlot={
            convener
              ? (slot) =>
                  void action.run(
                    `slot-${slot.id}`,
                    async () => {
                      await deleteSlot({ variables: { input: { slotId: slot.id } } });
                      dispatch({ type: 'slotRemoved', slotId: slot.id });
                    },
                    t('openSpace.grid.slotRemoved'),
                  )
              : undefined
          }
        />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="unplaced-heading">
        <Title order={2} id="unplaced-heading">
          {t('openSpace.wall.unplacedTitle')}
        </Title>
        {sessions.length === 0 ? (
          <Text data-testid="no-sessions">{t('openSpace.wall.noSessions')}</Text>
        ) : unplaced.length === 0 ? (
          <Text>{t('openSpace.wall.noUnplaced')}</Text>
        ) : (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 4 }}
            spacing="xs"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid="unplaced-sessions"
          >
            {unplaced.map((session) => (
              <li key={session.id}>{card(session)}</li>
            ))}
          </SimpleGrid>
        )}
      </Stack>
      {participant && <GatheringAsksOffers gatheringId={gathering.id} />}
      {participant && open && <ProposeSessionForm gatheringId={gathering.id} dispatch={dispatch} />}
      {open && placeable.length > 0 && wall.slots.length > 0 && wall.spaces.length > 0 && (
        <PlaceSessionForm wall={wall} sessions={placeable} timeZone={gathering.timeZone} dispatch={dispatch} />
      )}
      {convener && wall.slots.length > 0 && wall.spaces.length > 0 && (
        <SuggestSchedule wall={wall} timeZone={gathering.timeZone} dispatch={dispatch} />
      )}
      {convener && sessions.length > 1 && <MergeSessionsForm sessions={sessions} dispatch={dispatch} />}
      {convener && <GridSetup gathering={gathering} dispatch={dispatch} />}
    </Stack>
  );
}

function LiveWall({ gathering, personId }: { gathering: GatheringFieldsFragment; personId: string | null }) {
  const { wall, loading, error, refetch, dispatch } = useLiveWall(gathering.id);
  if (loading) return <LoadingState />;
  if (error && !wall) return <ErrorState onRetry={() => void refetch()} />;
  if (!wall) return null;
  // The wall carries the gathering's status live: opened or closed, the page changes without a reload.
  return <WallView gathering={{ ...gathering, status: wall.gatheringStatus }} personId={personId} wall={wall} dispatch={dispatch} />;
}

function Titled({ gathering, personId }: { gathering: GatheringFieldsFragment; personId: string | null }) {
  const { t } = useTranslation('open-space');
  usePageTitle(t('openSpace.wall.title', { title: gathering.title }));
  return <LiveWall gathering={gathering} personId={personId} />;
}

/** /gatherings/:slug/wall — the agenda wall, live. */
export function WallPage() {
  return (
    <Container size="xl" py="md">
      <OpenSpaceGate>{({ gathering, person }) => <Titled gathering={gathering} personId={person?.id ?? null} />}</OpenSpaceGate>
    </Container>
  );
}
