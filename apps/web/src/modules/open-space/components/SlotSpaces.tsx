import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFieldsFragment, WallFieldsFragment } from '../../../gql/graphql';
import { sessionAt } from '../utils/live-wall';
import { SpaceTags } from './SpaceTags';

type Space = WallFieldsFragment['spaces'][number];

interface SlotSpacesProps {
  wall: WallFieldsFragment;
  slotId: string;
  renderSession: (session: SessionFieldsFragment) => ReactNode;
  onRemoveSpace?: (space: Space) => void;
}

/** One time slot of the wall: every space as a card with what is on in it, as many across as the screen holds. */
export function SlotSpaces({ wall, slotId, renderSession, onRemoveSpace }: SlotSpacesProps) {
  const { t } = useTranslation('open-space');
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 1, xs: 2, md: 3, lg: 4 }}
      spacing="sm"
      verticalSpacing="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      data-testid="slot-spaces"
    >
      {wall.spaces.map((space) => {
        const session = sessionAt(wall, slotId, space.id);
        return (
          <Paper component="li" withBorder p="xs" radius="sm" key={space.id} bg="gray.0" data-testid={`slot-space-${space.name}`}>
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Title order={3} fz="md">
                  {space.name}
                </Title>
                <Text fz="sm">{t('openSpace.wall.upTo', { count: space.capacity })}</Text>
              </Group>
              <SpaceTags tags={space.tags} size="sm" />
              {space.videoUrl && (
                <Anchor href={space.videoUrl} underline="always" fz="sm" target="_blank" rel="noreferrer">
                  {t('openSpace.wall.videoLink', { name: space.name })}
                </Anchor>
              )}
              {session ? renderSession(session) : <Text c="gray.7">{t('openSpace.wall.freeCell')}</Text>}
              {onRemoveSpace && (
                <Button size="compact-xs" variant="default" onClick={() => onRemoveSpace(space)} style={{ alignSelf: 'flex-start' }}>
                  {t('openSpace.grid.removeSpace', { name: space.name })}
                </Button>
              )}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
