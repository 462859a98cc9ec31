import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { formatLabel, gatheringStatusLabel, modeLabel } from '../utils/gathering-enums';

const STATUS_COLOURS = { DRAFT: 'gray', PUBLISHED: 'indigo', LIVE: 'teal', CLOSED: 'dark' } as const;

export function GatheringBadges({ gathering }: { gathering: Pick<GatheringFieldsFragment, 'status' | 'format' | 'registrationMode'> }) {
  const { t } = useTranslation();
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
