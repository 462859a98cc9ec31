import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { JoinRoomMutation } from '../graphql/join-room.mutation';
import { JoinSomewhereNewMutation } from '../graphql/join-somewhere-new.mutation';
import { LeaveRoomMutation } from '../graphql/leave-room.mutation';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';
import { routes } from '../../../app/routes';

interface RoomPresenceProps {
  gathering: { id: string; slug: string };
  sessionId: string;
  here: boolean;
  /** Reads the room again after joining, so the person sees themselves in it at once. */
  reload: () => Promise<void>;
}

/** Join this room, or (once here) leave it or go somewhere new: the law of two feet. */
export function RoomPresence({ gathering, sessionId, here, reload }: RoomPresenceProps) {
  const { t } = useTranslation('open-space');
  const navigate = useNavigate();
  const action = useOpenSpaceAction();
  const [join] = useMutation(JoinRoomMutation);
  const [leave] = useMutation(LeaveRoomMutation);
  const [somewhereNew] = useMutation(JoinSomewhereNewMutation);

  const onJoin = async () => {
    const result = await action.run('join', () => join({ variables: { input: { sessionId } } }), t('openSpace.room.joined'));
    if (result?.data) await reload();
  };
  const onLeave = async () => {
    const result = await action.run('leave', () => leave({ variables: { input: { gatheringId: gathering.id } } }));
    if (result?.data) void navigate(routes.gatheringWall({ slug: gathering.slug }));
  };
  const onSomewhereNew = async () => {
    const result = await action.run('new', () => somewhereNew({ variables: { input: { gatheringId: gathering.id } } }));
    const next = result?.data?.joinSomewhereNew.session;
    if (next) void navigate(routes.gatheringRoom({ slug: gathering.slug, sessionId: next.id }));
  };

  return (
    <Stack gap="xs">
      <ActionStatusAlert status={action.status} />
      {here ? (
        <>
          <Text fw={600}>{t('openSpace.room.joined')}</Text>
          <Group gap="sm">
            <Button loading={action.pending === 'new'} onClick={() => void onSomewhereNew()}>
              {t('openSpace.room.somewhereNew')}
            </Button>
            <Button variant="default" loading={action.pending === 'leave'} onClick={() => void onLeave()}>
              {t('openSpace.room.leave')}
            </Button>
          </Group>
          <Text size="sm">{t('openSpace.room.somewhereNewHint')}</Text>
        </>
      ) : (
        <Button loading={action.pending === 'join'} onClick={() => void onJoin()} style={{ alignSelf: 'flex-start' }}>
          {t('openSpace.room.join')}
        </Button>
      )}
    </Stack>
  );
}
