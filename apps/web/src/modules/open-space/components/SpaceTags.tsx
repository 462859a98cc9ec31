import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SpaceTag } from '../../../gql/graphql';
import { spaceTagLabel } from '../utils/space-tags';

export function SpaceTags({ tags, size = 'sm' }: { tags: readonly SpaceTag[]; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation('open-space');
  if (tags.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {tags.map((tag) => (
        <Badge key={tag} size={size} color="gray" variant="outline" radius="sm" c="dark">
          {spaceTagLabel(t, tag)}
        </Badge>
      ))}
    </Group>
  );
}
