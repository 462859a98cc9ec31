import { useMutation } from '@apollo/client/react';
import { Button, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceTag } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { isLocalDateTime, utcToZonedLocal, zonedLocalToUtc, zonePlaceName } from '../../gatherings';
import { CreateSpaceMutation } from '../graphql/create-space.mutation';
import { CreateTimeSlotMutation } from '../graphql/create-time-slot.mutation';
import type { WallDispatch } from '../hooks/use-live-wall';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';
import { slotTime } from '../utils/space-tags';
import { TagCheckboxes } from './TagCheckboxes';

interface GridSetupProps {
  gathering: { id: string; startsAt: string; timeZone: string };
  dispatch: WallDispatch;
}

function AddSpaceForm({ gatheringId, dispatch }: { gatheringId: string; dispatch: WallDispatch }) {
  const { t } = useTranslation('open-space');
  const action = useOpenSpaceAction();
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('');
  const [tags, setTags] = useState<SpaceTag[]>([]);
  const [videoRoom, setVideoRoom] = useState('');
  const [create] = useMutation(CreateSpaceMutation);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const spaceName = name.trim();
    const input = { gatheringId, name: spaceName, capacity: Number(capacity), tags, videoRoom: videoRoom.trim() || null };
    const result = await action.run('space', () => create({ variables: { input } }), t('openSpace.grid.spaceAdded', { name: spaceName }));
    if (!result?.data) return;
    dispatch({ type: 'spaceAdded', space: result.data.createSpace });
    setName('');
    setCapacity('');
    setTags([]);
    setVideoRoom('');
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="add-space-heading">
      <Stack gap="sm">
        <Title order={3} id="add-space-heading" fz="h4">
          {t('openSpace.grid.addSpace')}
        </Title>
        <ActionStatusAlert status={action.status} />
        <TextInput
          label={t('openSpace.grid.name')}
          name="spaceName"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <TextInput
          label={t('openSpace.grid.capacity')}
          name="capacity"
          inputMode="numeric"
          required
          value={capacity}
          onChange={(event) => setCapacity(event.currentTarget.value)}
        />
        <TagCheckboxes legend={t('openSpace.grid.tags')} value={tags} onChange={setTags} />
        {tags.includes('ONLINE') && (
          <TextInput
            label={t('openSpace.grid.videoRoom')}
            description={t('openSpace.grid.videoRoomHint')}
            name="videoRoom"
            value={videoRoom}
            onChange={(event) => setVideoRoom(event.currentTarget.value)}
          />
        )}
        <Button type="submit" variant="default" loading={action.pending === 'space'} style={{ alignSelf: 'flex-start' }}>
          {t('openSpace.grid.saveSpace')}
        </Button>
      </Stack>
    </form>
  );
}

function AddSlotForm({ gathering, dispatch }: GridSetupProps) {
  const { t, i18n } = useTranslation('open-space');
  const action = useOpenSpaceAction();
  const day = utcToZonedLocal(gathering.startsAt, gathering.timeZone).slice(0, 11);
  const [startsAt, setStartsAt] = useState(`${day}10:00`);
  const [endsAt, setEndsAt] = useState(`${day}11:00`);
  const [label, setLabel] = useState('');
  const [create] = useMutation(CreateTimeSlotMutation);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!isLocalDateTime(startsAt) || !isLocalDateTime(endsAt)) {
      action.fail(t('validation.dateTimeNeeded'));
      return;
    }
    const input = {
      gatheringId: gathering.id,
      startsAt: zonedLocalToUtc(startsAt, gathering.timeZone),
      endsAt: zonedLocalToUtc(endsAt, gathering.timeZone),
      label: label.trim() || null,
    };
    const time = slotTime({ ...input, label: input.label }, gathering.timeZone, i18n.language);
    const result = await action.run('slot', () => create({ variables: { input } }), t('openSpace.grid.slotAdded', { time }));
    if (!result?.data) return;
    dispatch({ type: 'slotAdded', slot: result.data.createTimeSlot });
    setLabel('');
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="add-slot-heading">
      <Stack gap="sm">
        <Title order={3} id="add-slot-heading" fz="h4">
          {t('openSpace.grid.addSlot')}
        </Title>
        <Text size="sm">{t('openSpace.grid.timesIn', { zone: zonePlaceName(gathering.timeZone) })}</Text>
        <ActionStatusAlert status={action.status} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label={t('openSpace.grid.startsAt')}
            name="slotStartsAt"
            required
            value={startsAt}
            onChange={(event) => setStartsAt(event.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t('openSpace.grid.endsAt')}
            name="slotEndsAt"
            required
            value={endsAt}
            onChange={(event) => setEndsAt(event.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput
          label={t('openSpace.grid.label')}
          name="slotLabel"
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
        />
        <Button type="submit" variant="default" loading={action.pending === 'slot'} style={{ alignSelf: 'flex-start' }}>
          {t('openSpace.grid.saveSlot')}
        </Button>
      </Stack>
    </form>
  );
}

/** Conveners add spaces and time slots (removing them is on the grid itself). */
export function GridSetup({ gathering, dispatch }: GridSetupProps) {
  const { t } = useTranslation('open-space');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="grid-setup-heading">
      <Stack gap="md">
        <Title order={2} id="grid-setup-heading" fz="h3">
          {t('openSpace.grid.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <AddSpaceForm gatheringId={gathering.id} dispatch={dispatch} />
          <AddSlotForm gathering={gathering} dispatch={dispatch} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
