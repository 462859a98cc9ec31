import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { formatLabel, gatheringStatusLabel, modeLabel } from '../utils/gathering-enums';

// Filled badges carry white text: teal needs shade 9 for 5:1 (the theme's shade 8 gives 3.9:1, which axe fails).
const STATUS_COLOURS = { DRAFT: 'gray', PUBLISHED: 'indigo', LIVE: 'teal.9', CLOSED: 'dark' } as const;

export function GatheringBadges({ gathering }: { gathering: Pick<GatheringFieldsFragment, 'status' | 'format' | 'registrationMode'> }) {
  const { t } = useTranslation('gatherings');
  return (
    <Group gap="xs" data-testid="gathering-badges">
      <Badge color={STATUS_COLOURS[gathering.status]} variant="filled" radius="sm">
        {gatheringStatusLabel(t, gathering.status)}
      </Badge>
      <Badge color="gray" variant="outline" radius="sm" c="dark">
        {formatLabel(t, gathering.format)}
      </Badge>
      {gathering.registrationMode !== 'OPEN' && (
        <Badge color="gray" variant="outline" radius="sm" c="dark">
          {modeLabel(t, gathering.registrationMode)}
        </Badge>
      )}
    </Group>
  );
}
