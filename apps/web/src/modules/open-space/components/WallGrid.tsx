import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFieldsFragment, WallFieldsFragment } from '../../../gql/graphql';
import { sessionAt } from '../utils/live-wall';
import { slotTime } from '../utils/space-tags';
import { SpaceTags } from './SpaceTags';

interface WallGridProps {
  wall: WallFieldsFragment;
  timeZone: string;
  renderSession: (session: SessionFieldsFragment) => ReactNode;
  large?: boolean;
  /** The slot on now (by the server's clock), marked on its row. */
  currentSlotId?: string | null;
  /** Conveners: remove an empty space or time slot. */
  onRemoveSpace?: (space: WallFieldsFragment['spaces'][number]) => void;
  onRemoveSlot?: (slot: WallFieldsFragment['slots'][number], time: string) => void;
}

/** The agenda wall as a table: time slots as rows, spaces as columns, a session in each placed cell. */
export function WallGrid({ wall, timeZone, renderSession, large = false, currentSlotId, onRemoveSpace, onRemoveSlot }: WallGridProps) {
  const { t, i18n } = useTranslation('open-space');
  if (wall.spaces.length === 0 || wall.slots.length === 0) {
    return <Text data-testid="wall-no-grid">{t('openSpace.wall.noGrid')}</Text>;
  }
  const fz = large ? 22 : 'sm';
  return (
    <Table.ScrollContainer minWidth={Math.max(480, 200 * (wall.spaces.length + 1))}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" data-testid="wall-grid" fz={fz}>
        <Table.Caption>{t('openSpace.wall.gridCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('openSpace.wall.time')}</Table.Th>
            {wall.spaces.map((space) => (
              <Table.Th scope="col" key={space.id} data-testid={`space-${space.name}`}>
                <Stack gap={4}>
                  <Text fw={700} fz={large ? 26 : 'md'}>
                    {space.name}
                  </Text>
                  <Text fz={fz}>{t('openSpace.wall.upTo', { count: space.capacity })}</Text>
                  <SpaceTags tags={space.tags} size={large ? 'lg' : 'sm'} />
                  {space.videoUrl && (
                    <Anchor href={space.videoUrl} underline="always" fz={fz} target="_blank" rel="noreferrer">
                      {t('openSpace.wall.videoLink', { name: space.name })}
                    </Anchor>
                  )}
                  {onRemoveSpace && (
                    <Button size="compact-xs" variant="default" onClick={() => onRemoveSpace(space)}>
                      {t('openSpace.grid.removeSpace', { name: space.name })}
                    </Button>
                  )}
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {wall.slots.map((slot) => {
            const time = slotTime(slot, timeZone, i18n.language);
            const onNow = slot.id === currentSlotId;
            return (
              <Table.Tr key={slot.id} data-testid={onNow ? 'slot-on-now' : undefined} bg={onNow ? 'yellow.0' : undefined}>
                <Table.Th scope="row" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  <Stack gap={4}>
                    <Text fw={700} fz={large ? 26 : 'md'}>
                      {time}
                    </Text>
                    {onNow && (
                      <Badge color="yellow.4" c="black" size={large ? 'xl' : 'md'} style={{ alignSelf: 'flex-start' }}>
                        {t('openSpace.wall.onNow')}
                      </Badge>
                    )}
                    {onRemoveSlot && (
                      <Button size="compact-xs" variant="default" onClick={() => onRemoveSlot(slot, time)}>
                        {t('openSpace.grid.removeSlot', { time })}
                      </Button>
                    )}
                  </Stack>
                </Table.Th>
                {wall.spaces.map((space) => {
                  const session = sessionAt(wall, slot.id, space.id);
                  return (
                    <Table.Td key={space.id} style={{ verticalAlign: 'top' }}>
                      {session ? (
                        renderSession(session)
                      ) : (
                        <Text c="gray.7" fz={fz}>
                          {t('openSpace.wall.freeCell')}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
