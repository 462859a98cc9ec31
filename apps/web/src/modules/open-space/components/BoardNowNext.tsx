import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WallFieldsFragment } from '../../../gql/graphql';
import { useSlotClock } from '../hooks/use-slot-clock';
import { sessionAt } from '../utils/live-wall';
import { boardColumns } from '../utils/slot-views';
import { slotTime } from '../utils/space-tags';

interface BoardNowNextProps {
  wall: WallFieldsFragment;
  timeZone: string;
  /** Fewer across when the list of sessions not on the wall yet shares the screen. */
  narrow?: boolean;
}

/**
 * The projector's view of the day: for every space, what is on now and what is next (before the day,
 * next and the one after), in type a room can read from the back; one screen for a dozen spaces.
 */
export function BoardNowNext({ wall, timeZone, narrow = false }: BoardNowNextProps) {
  const { t, i18n } = useTranslation('open-space');
  const { now } = useSlotClock(wall);
  if (wall.spaces.length === 0 || wall.slots.length === 0) {
    return (
      <Text fz={28} data-testid="wall-no-grid">
        {t('openSpace.wall.noGrid')}
      </Text>
    );
  }
  const live = wall.gatheringStatus === 'LIVE';
  // Until the gathering is open, no slot is "on now": the board shows what comes first.
  const columns = boardColumns(wall.slots, live ? now : Number.NEGATIVE_INFINITY);
  const [first, second] = columns;
  const label = (column: (typeof columns)[number]) =>
    t(`openSpace.board.column.${column.kind}`, { time: slotTime(column.slot, timeZone, i18n.language) });

  return (
    <Stack gap="md">
      <Group gap="xl" wrap="wrap">
        {columns.map((column) => (
          <Title order={2} fz={30} key={column.slot.id} data-testid={column.kind === 'now' ? 'slot-on-now' : `board-${column.kind}`}>
            {column.kind === 'now' ? (
              <Badge color="yellow.4" c="black" size="xl" mr="sm" style={{ verticalAlign: 'middle' }}>
                {t('openSpace.wall.onNow')}
              </Badge>
            ) : null}
            {label(column)}
          </Title>
        ))}
      </Group>
      <SimpleGrid
        component="ul"
        cols={narrow ? { base: 1, md: 2, xl: 3 } : { base: 1, md: 2, lg: 3, xl: 4 }}
        spacing="md"
        verticalSpacing="md"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        data-testid="board-spaces"
      >
        {wall.spaces.map((space) => {
          const on = sessionAt(wall, first.slot.id, space.id);
          const after = second ? sessionAt(wall, second.slot.id, space.id) : undefined;
          return (
            <Paper component="li" withBorder p="md" radius="md" key={space.id} data-testid={`board-space-${space.name}`}>
              <Stack gap={6}>
                <Group justify="space-between" gap="sm" wrap="nowrap" align="baseline">
                  <Text fz={24} fw={800} c="indigo.9" lh={1.15}>
                    {space.name}
                  </Text>
                  {on?.capacity != null && (
                    <Text fz={20} fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="board-headcount">
                      {t('openSpace.session.headcount', { count: on.headcount, capacity: on.capacity })}
                    </Text>
                  )}
                </Group>
                {on ? (
                  <Stack gap={2} data-testid={`session-${on.id}`}>
                    <Text fz={30} fw={700} lh={1.15} lineClamp={2}>
                      {on.title}
                    </Text>
                    <Text fz={20} lineClamp={1}>
                      {t('openSpace.session.hostedBy', { name: on.host.displayName })}
                    </Text>
                  </Stack>
                ) : (
                  <Text fz={26} c="gray.7">
                    {t('openSpace.wall.freeCell')}
                  </Text>
                )}
                {second && (
                  <Text fz={20} lineClamp={1} c="gray.8" data-testid={after ? `session-${after.id}` : undefined}>
                    {t(`openSpace.board.then.${second.kind}`)} {after ? after.title : t('openSpace.wall.freeCell')}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
