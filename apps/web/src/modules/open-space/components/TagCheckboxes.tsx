import { Checkbox, Fieldset, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SpaceTag } from '../../../gql/graphql';
import { isSpaceTag, SPACE_TAGS, spaceTagLabel } from '../utils/space-tags';

interface TagCheckboxesProps {
  legend: string;
  value: SpaceTag[];
  onChange: (tags: SpaceTag[]) => void;
}

/** Step-free, quiet, captioned, online: as ticks in a labelled group. */
export function TagCheckboxes({ legend, value, onChange }: TagCheckboxesProps) {
  const { t } = useTranslation('open-space');
  return (
    <Fieldset legend={legend} variant="unstyled" styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)' } }}>
      <Checkbox.Group value={value} onChange={(tags) => onChange(tags.filter(isSpaceTag))}>
        <Group gap="md" mt={4}>
          {SPACE_TAGS.map((tag) => (
            <Checkbox key={tag} value={tag} label={spaceTagLabel(t, tag)} />
          ))}
        </Group>
      </Checkbox.Group>
    </Fieldset>
  );
}
