import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LifecycleStage, NetworkKind } from '../../../gql/graphql';
import { kindLabel, stageLabel } from '../utils/network-enums';

interface NetworkBadgesProps {
  kind: NetworkKind;
  isClosed: boolean;
  /** Shown when given (the profile); cards only need to know a network has closed. */
  lifecycleStage?: LifecycleStage;
}

// Sentence case, not Mantine's capitals: easier to read, especially with dyslexia.
const badgeProps = { variant: 'light', tt: 'none', size: 'lg', radius: 'sm' } as const;

export function NetworkBadges({ kind, isClosed, lifecycleStage }: NetworkBadgesProps) {
  const { t } = useTranslation('networks');
  return (
    <Group gap="xs">
      <Badge {...badgeProps} color="indigo">
        {kindLabel(t, kind)}
      </Badge>
      {lifecycleStage && !isClosed && (
        <Badge {...badgeProps} variant="default">
          {stageLabel(t, lifecycleStage)}
        </Badge>
      )}
      {isClosed && (
        <Badge {...badgeProps} variant="filled" color="gray.8">
          {t('networks.closed')}
        </Badge>
      )}
    </Group>
  );
}
