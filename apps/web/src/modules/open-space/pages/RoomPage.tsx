import { Anchor, AspectRatio, Button, Container, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { GatheringFieldsFragment, RoomFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { zonePlaceName } from '../../gatherings';
import { ClosedNotice } from '../components/ClosedNotice';
import { OpenSpaceGate } from '../components/OpenSpaceGate';
import { RoomNotes } from '../components/RoomNotes';
import { RoomActions } from '../components/RoomActions';
import { RoomPeople } from '../components/RoomPeople';
import { RoomPresence } from '../components/RoomPresence';
import { SpaceTags } from '../components/SpaceTags';
import { useLiveRoom, type RoomDispatch } from '../hooks/use-live-room';
import { slotTime, spaceTagLabel } from '../utils/space-tags';
import { routes } from '../../../app/routes';

interface RoomViewProps {
  gathering: GatheringFieldsFragment;
  personId: string | null;
  room: RoomFieldsFragment;
  dispatch: RoomDispatch;
  reload: () => Promise<void>;
}

function RoomView({ gathering, personId, room, dispatch, reload }: RoomViewProps) {
  const { t, i18n } = useTranslation('open-space');
  const { session, people } = room;
  usePageTitle(session.title);
  // Where and when it runs (and the space's video link), null until placed.
  const { space, slot } = session;
  const here = personId !== null && people.some((person) => person.id === personId);
  const canWrite = gathering.status !== 'CLOSED';
  // Conveners, and the session's host, carry a breakout on (the API checks the same).
  const mayCarryOn = personId !== null && (gathering.viewerIsConvener || session.host.id === personId);
  const [callShown, setCallShown] = useState(false);

  // On a phone: where I am, the way to move (somewhere new) and the notes come first; the rest follows.
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text fw={600}>{t('openSpace.room.kicker')}</Text>
        <Title order={1}>{session.title}</Title>
        <Text>{t('openSpace.session.hostedBy', { name: session.host.displayName })}</Text>
        {(space || slot) && (
          <Text data-testid="room-where">
            {[slot && slotTime(slot, gathering.timeZone, i18n.language), space?.name].filter(Boolean).join(' · ')}
          </Text>
        )}
        {!canWrite && <ClosedNotice />}
      </Stack>
      {(space?.videoUrl || (personId !== null && gathering.status === 'LIVE')) && (
        <Group gap="md" align="flex-start" wrap="wrap">
          {personId !== null && gathering.status === 'LIVE' && (
            <RoomPresence gathering={gathering} sessionId={session.id} here={here} reload={reload} />
          )}
          {space?.videoUrl && (
            <Group gap="sm" align="center">
              <Anchor href={space.videoUrl} underline="always" target="_blank" rel="noreferrer" data-testid="room-video">
                {t('openSpace.room.video')} <VisuallyHidden>{t('openSpace.room.videoNewTab')}</VisuallyHidden>
              </Anchor>
              <Button variant="light" aria-expanded={callShown} aria-controls="room-call" onClick={() => setCallShown((shown) => !shown)}>
                {callShown ? t('openSpace.room.hideCall') : t('openSpace.room.showCall')}
              </Button>
            </Group>
          )}
        </Group>
      )}
      {/* Two columns from md up, who is here on the left (global.css's .room-columns: no grid code to download). */}
      <div className="room-columns">
        <Stack gap="xl">
          {space?.videoUrl && callShown && (
            // The space's call, embedded (a Jitsi-style server allows that); camera and microphone only when asked for.
            <AspectRatio ratio={16 / 9} id="room-call">
              <iframe
                src={space.videoUrl}
                title={t('openSpace.room.callTitle', { title: session.title })}
                allow="camera; microphone; fullscreen; display-capture; autoplay"
                style={{ border: 0 }}
                data-testid="room-call"
              />
            </AspectRatio>
          )}
          <RoomNotes
            sessionId={session.id}
            notes={room.notes}
            personId={personId}
            isConvener={gathering.viewerIsConvener}
            canWrite={canWrite}
            dispatch={dispatch}
            reload={() => void reload()}
          />
          <RoomActions
            gatheringId={gathering.id}
            sessionId={session.id}
            actions={room.actions}
            people={room.people}
            canWrite={canWrite}
            dispatch={dispatch}
          />
        </Stack>
        <Stack gap="md">
          <Paper withBorder p="md" component="section" aria-labelledby="here-heading">
            <Stack gap="sm">
              <RoomPeople room={room} personId={personId} closed={!canWrite} />
            </Stack>
          </Paper>
          <Stack gap={4}>
            {slot && <Text size="sm">{t('openSpace.wall.timesIn', { zone: zonePlaceName(gathering.timeZone) })}</Text>}
            {space && <SpaceTags tags={space.tags} />}
            {session.description && <Text style={{ whiteSpace: 'pre-line' }}>{session.description}</Text>}
            {session.needs.length > 0 && (
              <Text size="sm">{t('openSpace.session.needs', { needs: session.needs.map((tag) => spaceTagLabel(t, tag)).join(', ') })}</Text>
            )}
            <Anchor component={Link} to={routes.gatheringWall({ slug: gathering.slug })} underline="always">
              {t('openSpace.room.back')}
            </Anchor>
            {mayCarryOn && (
              <Group gap="sm" align="center">
                <Button component={Link} to={routes.carryOn({ slug: gathering.slug, sessionId: session.id })} variant="light">
                  {t('openSpace.room.carryOn')}
                </Button>
                <Text size="sm">{t('openSpace.room.carryOnHint')}</Text>
              </Group>
            )}
          </Stack>
        </Stack>
      </div>
    </Stack>
  );
}

interface LiveRoomProps {
  sessionId: string;
  gathering: GatheringFieldsFragment;
  personId: string | null;
}

function LiveRoom({ sessionId, gathering, personId }: LiveRoomProps) {
  const { room, loading, error, reload, dispatch } = useLiveRoom(sessionId);
  if (loading) return <LoadingState />;
  if (error && !room) return <ErrorState error={error} onRetry={() => void reload()} />;
  if (!room) return null;
  // The room carries the gathering's status live: opened or closed, the page changes without a reload.
  const now = { ...gathering, status: room.gatheringStatus };
  return <RoomView gathering={now} personId={personId} room={room} dispatch={dispatch} reload={reload} />;
}

/** /gatherings/:slug/rooms/:sessionId — a breakout room, live. */
export function RoomPage() {
  const { sessionId = '' } = useParams();
  return (
    <Container size="lg" py="md">
      <OpenSpaceGate>
        {/* Keyed by session: "somewhere new" opens another room, which starts from its own first read, not this one's. */}
        {({ gathering, person }) => <LiveRoom key={sessionId} sessionId={sessionId} gathering={gathering} personId={person?.id ?? null} />}
      </OpenSpaceGate>
    </Container>
  );
}
