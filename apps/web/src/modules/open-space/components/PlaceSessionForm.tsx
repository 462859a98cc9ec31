import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFieldsFragment, WallFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { PlaceSessionMutation } from '../graphql/place-session.mutation';
import { UnplaceSessionMutation } from '../graphql/unplace-session.mutation';
import type { WallDispatch } from '../hooks/use-live-wall';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';
import { slotTime } from '../utils/space-tags';

interface PlaceSessionFormProps {
  wall: WallFieldsFragment;
  /** The sessions this person may place: their own, or all of them for conveners. */
  sessions: SessionFieldsFragment[];
  timeZone: string;
  dispatch: WallDispatch;
}

/** Places (or moves) a session at a time slot and space, with plain selects: no dragging needed. */
export function PlaceSessionForm({ wall, sessions, timeZone, dispatch }: PlaceSessionFormProps) {
  const { t, i18n } = useTranslation('open-space');
  const action = useOpenSpaceAction();
  const [sessionId, setSessionId] = useState('');
  const [slotId, setSlotId] = useState('');
  const [spaceId, setSpaceId] = useState('');
  const [place] = useMutation(PlaceSessionMutation);
  const [unplace] = useMutation(UnplaceSessionMutation);
  const chosen = sessions.find((session) => session.id === sessionId);

  const choose = (id: string) => {
    setSessionId(id);
    const session = sessions.find((candidate) => candidate.id === id);
    setSlotId(session?.slotId ?? '');
    setSpaceId(session?.spaceId ?? '');
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!chosen || !slotId || !spaceId) return;
    const result = await action.run(
      'place',
      () => place({ variables: { input: { sessionId: chosen.id, slotId, spaceId } } }),
      t('openSpace.place.done', { title: chosen.title }),
    );
    if (result?.data) dispatch({ type: 'sessions', sessions: [result.data.placeSession] });
  };

  const takeOff = async () => {
    if (!chosen) return;
    const result = await action.run(
      'unplace',
      () => unplace({ variables: { input: { sessionId: chosen.id } } }),
      t('openSpace.place.unplaced', { title: chosen.title }),
    );
    if (result?.data) dispatch({ type: 'sessions', sessions: [result.data.unplaceSession] });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="place-heading">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Title order={2} id="place-heading" fz="h3">
            {t('openSpace.place.title')}
          </Title>
          <Text size="sm">{t('openSpace.place.hint')}</Text>
          <ActionStatusAlert status={action.status} />
          <NativeSelect
            label={t('openSpace.place.session')}
            value={sessionId}
            onChange={(event) => choose(event.currentTarget.value)}
            required
          >
            <option value="">{t('openSpace.place.choose')}</option>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.slotId ? session.title : t('openSpace.place.unplacedOption', { title: session.title })}
              </option>
            ))}
          </NativeSelect>
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('openSpace.place.slot')}
              value={slotId}
              onChange={(event) => setSlotId(event.currentTarget.value)}
              required
            >
              <option value="">{t('openSpace.place.choose')}</option>
              {wall.slots.map((slot) => (
                <option key={slot.id} value={slot.id}>
                  {slotTime(slot, timeZone, i18n.language)}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect
              label={t('openSpace.place.space')}
              value={spaceId}
              onChange={(event) => setSpaceId(event.currentTarget.value)}
              required
            >
              <option value="">{t('openSpace.place.choose')}</option>
              {wall.spaces.map((space) => (
                <option key={space.id} value={space.id}>
                  {space.name}
                </option>
              ))}
            </NativeSelect>
          </Group>
          <Group gap="sm">
            <Button type="submit" loading={action.pending === 'place'} disabled={!chosen || !slotId || !spaceId}>
              {t('openSpace.place.submit')}
            </Button>
            {chosen?.slotId && (
              <Button variant="default" loading={action.pending === 'unplace'} onClick={() => void takeOff()}>
                {t('openSpace.place.unplace')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
