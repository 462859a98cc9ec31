import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { isParticipant } from '../utils/participation';
import { routes } from '../../../app/routes';

/** From the gathering page to its agenda wall and its projector board (participants and conveners; anyone once live). */
export function OpenSpaceLinks({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('open-space');
  if (!isParticipant(gathering) && gathering.status !== 'LIVE') return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="open-space-heading">
      <Stack gap="sm">
        <Title order={2} id="open-space-heading" fz="h3">
          {t('openSpace.links.title')}
        </Title>
        <Text>{t('openSpace.links.hint')}</Text>
        <Group gap="sm">
          <Button component={Link} to={routes.gatheringWall({ slug: gathering.slug })}>
            {t('openSpace.links.wall')}
          </Button>
          <Button component={Link} to={routes.gatheringBoard({ slug: gathering.slug })} variant="default">
            {t('openSpace.links.board')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
