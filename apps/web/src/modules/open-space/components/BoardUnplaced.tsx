import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionFieldsFragment } from '../../../gql/graphql';

/** Most starred first; proposal order among equals (sort is stable). */
const byStars = (a: SessionFieldsFragment, b: SessionFieldsFragment) => b.interestCount - a.interestCount;

/** On the board: the proposed sessions not on the wall yet, with their stars, in type a room can read. */
export function BoardUnplaced({ sessions }: { sessions: SessionFieldsFragment[] }) {
  const { t } = useTranslation('open-space');
  const unplaced = sessions.filter((session) => session.slotId === null).sort(byStars);
  return (
    <Stack gap="md" component="section" aria-labelledby="board-unplaced-heading">
      <Title order={2} id="board-unplaced-heading" fz={36} lh={1.2}>
        {t('openSpace.wall.unplacedTitle')}
      </Title>
      {sessions.length === 0 ? (
        <Text fz={24} data-testid="board-no-sessions">
          {t('openSpace.wall.noSessions')}
        </Text>
      ) : unplaced.length === 0 ? (
        <Text fz={24} data-testid="board-no-unplaced">
          {t('openSpace.wall.noUnplaced')}
        </Text>
      ) : (
        <>
          <Text fz={22}>{t('openSpace.board.unplacedHint')}</Text>
          <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="board-unplaced">
            {unplaced.map((session) => (
              <Paper withBorder p="md" radius="sm" component="li" key={session.id} data-testid={`board-unplaced-${session.id}`}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                  <Stack gap={4}>
                    <Text fw={700} fz={28} lh={1.25}>
                      {session.title}
                    </Text>
                    <Text fz={22}>{t('openSpace.session.hostedBy', { name: session.host.displayName })}</Text>
                  </Stack>
                  <Text fw={700} fz={28} style={{ whiteSpace: 'nowrap' }} data-testid="board-stars">
                    <span aria-hidden="true">★ </span>
                    {t('openSpace.board.stars', { count: session.interestCount })}
                  </Text>
                </Group>
              </Paper>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
