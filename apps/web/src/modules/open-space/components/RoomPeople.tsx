import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoomFieldsFragment } from '../../../gql/graphql';

interface RoomPeopleProps {
  room: RoomFieldsFragment;
  personId: string | null;
  /** After the day: who came, instead of who is here now. */
  closed: boolean;
}

/** Who is in the room now (on the day), or who came to it (once the gathering has closed). */
export function RoomPeople({ room, personId, closed }: RoomPeopleProps) {
  const { t } = useTranslation('open-space');
  const { session, people, whoCame } = room;
  const shown = closed ? whoCame : people;
  return (
    <>
      <Title order={2} id="here-heading" fz="h3">
        {closed ? t('openSpace.room.whoCameTitle') : t('openSpace.room.hereTitle')}
      </Title>
      {!closed && session.capacity !== null && (
        <Text fw={700} fz="xl" data-testid="room-headcount" role="status">
          {t('openSpace.session.headcount', { count: people.length, capacity: session.capacity })}
        </Text>
      )}
      {shown.length === 0 ? (
        <Text>{closed ? t('openSpace.room.nobodyCame') : t('openSpace.room.nobody')}</Text>
      ) : (
        // A plain list (Mantine's List would be one more download for every room).
        <Stack component="ul" gap={2} m={0} pl="md" data-testid={closed ? 'room-who-came' : 'room-people'}>
          {shown.map((person) => (
            <li key={person.id}>{person.id === personId ? t('openSpace.room.you', { name: person.displayName }) : person.displayName}</li>
          ))}
        </Stack>
      )}
    </>
  );
}
